package io.adtopo.core.replication;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import io.adtopo.core.internal.SafeXml;

/**
 * Reads one msDS-NCReplInboundNeighbors value: a {@code <DS_REPL_NEIGHBOR>} element whose children are named
 * and ordered like the fields of DS_REPL_NEIGHBORW (MS-ADTS 3.1.1.3.2.28, MS-DRSR 4.1.13.1.7), in no namespace,
 * times as {@code 2026-11-26T10:15:00Z} with {@code 1601-01-01T00:00:00Z} for never. The value Windows returns
 * may end in a NUL character, which is ignored. Document type declarations are refused.
 */
public final class NeighborXmlParser {

    /** Values longer than this (in characters) are refused unread. */
    public static final int MAX_CHARS = 64 * 1024;

    private static final String ROOT = "DS_REPL_NEIGHBOR";
    private static final Instant NEVER = Instant.parse("1601-01-01T00:00:00Z");
    private static final Pattern GUID = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,20}");
    private static final int MAX_QUOTED = 80;


    private final String dcName;
    private String namingContext;

    private NeighborXmlParser(String dcName) {
        this.dcName = dcName;
    }

    /**
     * Reads one value returned by {@code dcName}. The link's version is 1 and its schedule all zero (the XML
     * form carries none); {@code usnLastObjChangeSynced} and {@code usnAttributeFilter} become
     * {@link ReplicaLink#usnHighObjUpdate()} and {@link ReplicaLink#usnHighPropUpdate()}.
     *
     * @throws ReplicaLinkException when the value is not well-formed, declares a DOCTYPE, has another root, lacks
     *         one of pszNamingContext, pszSourceDsaDN, ftimeLastSyncSuccess, ftimeLastSyncAttempt,
     *         dwLastSyncResult, cNumConsecutiveSyncFailures, repeats an element or holds a malformed value
     */
    public static ReplicaLink parse(String xml, String dcName) throws ReplicaLinkException {
        NeighborXmlParser parser = new NeighborXmlParser(dcName);
        try {
            return parser.read(xml);
        } catch (RuntimeException e) {
            // A safety net only; the cause keeps the details for the log, the message stays plain.
            throw parser.fail("the whole value", "an internal error while reading", e);
        }
    }

    private ReplicaLink read(String xml) throws ReplicaLinkException {
        if (xml == null || xml.isBlank()) {
            throw fail("the whole value", "the value is empty", null);
        }
        if (xml.length() > MAX_CHARS) {
            throw fail("the whole value", "the value has " + xml.length() + " characters, more than the limit of "
                    + MAX_CHARS, null);
        }
        Element root = document(trimTrailingNuls(xml));
        if (!ROOT.equals(root.getLocalName()) || root.getNamespaceURI() != null) {
            throw fail("root element", "the root element is <" + quote(root.getTagName()) + ">"
                    + (root.getNamespaceURI() == null ? "" : " in namespace \"" + quote(root.getNamespaceURI()) + "\"")
                    + "; expected <" + ROOT + "> in no namespace", null);
        }
        Map<String, String> fields = children(root);
        String nc = required(fields, "pszNamingContext");
        String sourceDsaDn = required(fields, "pszSourceDsaDN");
        Optional<Instant> lastSuccess = time(fields, "ftimeLastSyncSuccess");
        Optional<Instant> lastAttempt = time(fields, "ftimeLastSyncAttempt");
        int result = (int) number(fields, "dwLastSyncResult", true, Integer.MIN_VALUE, 0xFFFF_FFFFL, 0);
        long failures = number(fields, "cNumConsecutiveSyncFailures", true, 0, 0xFFFF_FFFFL, 0);
        int flags = (int) number(fields, "dwReplicaFlags", false, Integer.MIN_VALUE, 0xFFFF_FFFFL, 0);
        long usnObj = number(fields, "usnLastObjChangeSynced", false, Long.MIN_VALUE, Long.MAX_VALUE, 0);
        long usnProp = number(fields, "usnAttributeFilter", false, Long.MIN_VALUE, Long.MAX_VALUE, 0);
        return ReplicaLink.builder().version(1).namingContext(nc).sourceDsaDn(sourceDsaDn)
                .sourceAddress(fields.getOrDefault("pszSourceDsaAddress", "")).consecutiveFailures(failures)
                .lastSuccess(lastSuccess).lastAttempt(lastAttempt).lastResult(result).replicaFlags(flags)
                .usnHighObjUpdate(usnObj).usnHighPropUpdate(usnProp)
                .sourceDsaGuid(guid(fields, "uuidSourceDsaObjGuid"))
                .sourceInvocationId(guid(fields, "uuidSourceDsaInvocationID"))
                .transportGuid(guid(fields, "uuidAsyncIntersiteTransportObjGuid")).build();
    }

    private static String trimTrailingNuls(String xml) {
        int end = xml.length();
        while (end > 0 && (xml.charAt(end - 1) == '\0' || Character.isWhitespace(xml.charAt(end - 1)))) {
            end--;
        }
        return xml.substring(0, end);
    }

    private Element document(String xml) throws ReplicaLinkException {
        try {
            return builder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (SAXParseException e) {
            String where = "line " + e.getLineNumber() + ", column " + e.getColumnNumber();
            if (xml.contains("<!DOCTYPE") || String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                // No cause and no parser text, so nothing an entity might have read reaches the message.
                throw fail(where, "the value declares a DOCTYPE; document type declarations are refused", null);
            }
            throw fail(where, "the value is not well-formed XML: " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw fail("the whole value", "the value could not be read as XML: " + e.getMessage(), e);
        }
    }

    private DocumentBuilder builder() throws ReplicaLinkException {
        try {
            return SafeXml.documentBuilder();
        } catch (ParserConfigurationException e) {
            throw fail("the whole value", "no secure XML parser is available: " + e.getMessage(), e);
        }
    }

    private Map<String, String> children(Element root) throws ReplicaLinkException {
        Map<String, String> fields = new HashMap<>();
        for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            Element child = (Element) node;
            String name = child.getLocalName();
            if (child.getNamespaceURI() != null) {
                throw fail("element <" + quote(child.getTagName()) + ">", "the element is in namespace \""
                        + quote(child.getNamespaceURI()) + "\"; DS_REPL_NEIGHBOR's elements have none", null);
            }
            String value = child.getTextContent().trim();
            if (fields.put(name, value) != null) {
                throw fail("element <" + quote(name) + ">", "the element occurs more than once", null);
            }
            if ("pszNamingContext".equals(name) && !value.isEmpty()) {
                namingContext = printable(value); // from here on, messages name it
            }
        }
        return fields;
    }

    private String required(Map<String, String> fields, String name) throws ReplicaLinkException {
        String value = fields.get(name);
        if (value == null || value.isEmpty()) {
            throw fail("element <" + name + ">", value == null ? "the element is missing" : "the element is empty",
                    null);
        }
        return value;
    }

    private Optional<Instant> time(Map<String, String> fields, String name) throws ReplicaLinkException {
        String text = required(fields, name);
        Instant value;
        try {
            value = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw fail("element <" + name + ">", "\"" + quote(text)
                    + "\" is not a UTC time such as 2026-11-26T10:15:00Z", null);
        }
        if (value.isBefore(NEVER) || value.getEpochSecond() > RepsFromLayout.MAX_DSTIME
                - RepsFromLayout.SECONDS_1601_TO_1970) {
            throw fail("element <" + name + ">", "\"" + quote(text) + "\" lies outside the years 1601-9999", null);
        }
        return value.equals(NEVER) ? Optional.empty() : Optional.of(value);
    }

    private long number(Map<String, String> fields, String name, boolean mandatory, long min, long max,
            long fallback) throws ReplicaLinkException {
        String text = mandatory ? required(fields, name) : fields.get(name);
        if (text == null || (!mandatory && text.isEmpty())) {
            return fallback;
        }
        if (INTEGER.matcher(text).matches()) {
            try {
                long value = Long.parseLong(text);
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
        }
        throw fail("element <" + name + ">", "\"" + quote(text) + "\" is not a whole number between " + min
                + " and " + max, null);
    }

    private UUID guid(Map<String, String> fields, String name) throws ReplicaLinkException {
        String text = fields.get(name);
        if (text == null || text.isEmpty()) {
            return ReplicaLink.NIL;
        }
        if (!GUID.matcher(text).matches()) {
            throw fail("element <" + name + ">", "\"" + quote(text) + "\" is not a GUID", null);
        }
        return UUID.fromString(text);
    }

    private ReplicaLinkException fail(String where, String problem, Throwable cause) {
        return ReplicaLinkException.inXml(dcName, namingContext, where, problem, cause);
    }

    private static String quote(String text) {
        return printable(text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text);
    }

    /** The text with control characters (a terminal escape, a line break) shown as '?'. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return out.toString();
    }
}
