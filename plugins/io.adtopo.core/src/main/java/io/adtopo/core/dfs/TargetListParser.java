package io.adtopo.core.dfs;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import io.adtopo.core.internal.SafeXml;

/** Reads msDFS-TargetListv2 values: UTF-16 XML with a byte-order mark (MS-DFSNM 2.3, Appendix C). */
public final class TargetListParser {

    /** The namespace of the {@code targets} element. */
    public static final String NAMESPACE = "http://schemas.microsoft.com/dfs/2007/03";

    /** Values larger than this are refused before they are decoded. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    /** How many of the first bytes a message shows when the value does not start as it should. */
    private static final int SHOWN_BYTES = 4;
    private static final int MAX_QUOTED = 120;
    private static final String CLASS_NAMES = Stream.of(PriorityClass.values()).map(PriorityClass::xmlName)
            .collect(Collectors.joining(", "));


    private TargetListParser() {
    }

    /**
     * Decodes one msDFS-TargetListv2 value.
     *
     * @throws TargetListException when the value is empty, too large, not UTF-16 with a byte-order mark, not
     *         well-formed XML, has a DOCTYPE, or does not follow the schema; the message says which
     */
    public static TargetList parse(byte[] value) throws TargetListException {
        try {
            return read(value);
        } catch (RuntimeException e) {
            // A safety net only; the cause keeps the details for the log, the message stays plain.
            throw new TargetListException("The target list could not be read (an internal error).", e);
        }
    }

    private static TargetList read(byte[] value) throws TargetListException {
        if (value == null || value.length == 0) {
            throw new TargetListException("The target list is empty.");
        }
        if (value.length > MAX_BYTES) {
            throw new TargetListException("The target list is " + value.length + " bytes, more than the limit of "
                    + MAX_BYTES + " bytes (2 MB); it was not read.");
        }
        Element root = parseXml(decode(value)).getDocumentElement();
        if (!"targets".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
            throw new TargetListException("The root element is <" + quote(root.getTagName()) + "> in "
                    + namespace(root.getNamespaceURI()) + "; expected <targets> in namespace \"" + NAMESPACE
                    + "\".");
        }
        int major = number(root, "majorVersion");
        if (major != 2) {
            throw new TargetListException("The target list has majorVersion " + major
                    + "; adtopo reads version 2 only.");
        }
        int minor = number(root, "minorVersion");
        List<Element> elements = new ArrayList<>();
        for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element && "target".equals(node.getLocalName())
                    && NAMESPACE.equals(node.getNamespaceURI())) {
                elements.add((Element) node);
            }
        }
        if (root.hasAttribute("targetCount")) {
            int declared = number(root, "targetCount");
            if (declared != elements.size()) {
                throw new TargetListException("The target list declares targetCount=\"" + declared
                        + "\" but holds " + elements.size() + " <target> elements.");
            }
        }
        // totalStringLengthInBytes is not checked: its exact meaning (which strings, terminators or not) could
        // not be confirmed from MS-DFSNM, and a wrong check would reject values Windows accepts.
        List<DfsTarget> targets = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            targets.add(target(elements.get(i), i + 1));
        }
        return new TargetList(major, minor, targets);
    }

    private static String decode(byte[] value) throws TargetListException {
        Charset charset;
        if (startsWith(value, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
        } else if (startsWith(value, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
        } else {
            throw new TargetListException("The target list is not UTF-16 with a byte-order mark" + guess(value)
                    + "; msDFS-TargetListv2 values are UTF-16LE XML starting with FF FE, and this one starts with "
                    + firstBytes(value) + ".");
        }
        boolean littleEndian = charset.equals(StandardCharsets.UTF_16LE);
        if (littleEndian ? startsWith(value, 0xFF, 0xFE, 0, '<') : startsWith(value, 0xFE, 0xFF, '<', 0)) {
            throw new TargetListException("The target list starts with the " + charset.name()
                    + " byte-order mark but the text after it is " + (littleEndian ? "UTF-16BE" : "UTF-16LE")
                    + " (it starts with " + firstBytes(value) + ").");
        }
        if (value.length % 2 != 0) {
            throw new TargetListException("The target list starts with a " + charset.name()
                    + " byte-order mark but is not valid " + charset.name() + ": it has an odd number of bytes ("
                    + value.length + "), so its last byte, at byte " + (value.length - 1) + ", is half a character.");
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(value, 2, value.length - 2);
        CharBuffer out = CharBuffer.allocate(value.length / 2);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new TargetListException("The target list starts with a " + charset.name()
                    + " byte-order mark but is not valid " + charset.name() + ": an unpaired surrogate at byte "
                    + in.position() + ".");
        }
        return out.flip().toString();
    }

    /** The first few bytes in hex, for saying how a value starts: "3C 00 3F 00". */
    private static String firstBytes(byte[] value) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.min(SHOWN_BYTES, value.length); i++) {
            hex.append(i == 0 ? "" : " ").append(String.format("%02X", value[i] & 0xFF));
        }
        return hex.toString();
    }

    private static String guess(byte[] value) {
        if (startsWith(value, 0xEF, 0xBB, 0xBF)) {
            return ": it starts with a UTF-8 byte-order mark, so it looks like UTF-8 XML";
        }
        if (startsWith(value, '<', 0)) {
            return ": it looks like UTF-16LE XML without the mark";
        }
        if (startsWith(value, 0, '<')) {
            return ": it looks like UTF-16BE XML without the mark";
        }
        if (startsWith(value, '<')) {
            return ": it looks like UTF-8 or ASCII XML";
        }
        return "";
    }

    private static boolean startsWith(byte[] value, int... prefix) {
        if (value.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((value[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Document parseXml(String text) throws TargetListException {
        DocumentBuilder builder = newBuilder();
        try {
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            String where = "line " + e.getLineNumber() + ", column " + e.getColumnNumber();
            if (text.contains("<!DOCTYPE") || String.valueOf(e.getMessage()).contains("disallow-doctype-decl")) {
                // No cause and no parser text: nothing of what an entity might have named reaches the message.
                throw new TargetListException("The target list declares a DOCTYPE (" + where
                        + "). Document type declarations are refused: they can read files or expand entities"
                        + " without bound.");
            }
            throw new TargetListException("The target list is not well-formed XML (" + where + "): "
                    + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new TargetListException("The target list could not be read as XML: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder newBuilder() throws TargetListException {
        try {
            return SafeXml.documentBuilder();
        } catch (ParserConfigurationException e) {
            throw new TargetListException("The XML parser cannot be set up to refuse DTDs and external entities;"
                    + " the target list was not read.", e);
        }
    }

    private static int number(Element element, String name) throws TargetListException {
        if (!element.hasAttribute(name)) {
            throw new TargetListException("The <targets> element has no " + name + " attribute.");
        }
        String text = element.getAttribute(name);
        if (DIGITS.matcher(text).matches() && !NUMBER.matcher(text).matches()) {
            throw new TargetListException("The <targets> element's " + name + " \"" + quote(text)
                    + "\" is not a whole number from 0 to 999999999.");
        }
        if (!NUMBER.matcher(text).matches()) {
            throw new TargetListException("The <targets> element's " + name + " \"" + quote(text)
                    + "\" is not a number.");
        }
        return Integer.parseInt(text);
    }

    private static DfsTarget target(Element element, int position) throws TargetListException {
        StringBuilder path = new StringBuilder();
        boolean markup = false;
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Text) {
                path.append(node.getNodeValue());
            } else if (node instanceof Element) {
                markup = true;
            }
        }
        String unc = path.toString();
        String who = "Target " + position + (unc.isEmpty() ? "" : " (" + quote(unc) + ")");
        if (markup) {
            throw new TargetListException(who + " contains elements where its \\\\server\\share path belongs.");
        }
        String stateText = attribute(element, "state", who);
        TargetState state = TargetState.parse(stateText).orElseThrow(() -> new TargetListException(
                who + " has state \"" + quote(stateText) + "\"; expected online or offline."));
        String classText = attribute(element, "priorityClass", who);
        PriorityClass priorityClass = PriorityClass.parse(classText).orElseThrow(() -> new TargetListException(
                who + " has priorityClass \"" + quote(classText) + "\"; expected one of " + CLASS_NAMES + "."));
        String rankText = attribute(element, "priorityRank", who);
        int rank = NUMBER.matcher(rankText).matches() ? Integer.parseInt(rankText) : -1;
        if (rank < 0 || rank > DfsTarget.MAX_RANK) {
            throw new TargetListException(who + " has priorityRank \"" + quote(rankText)
                    + "\"; expected a number from 0 to " + DfsTarget.MAX_RANK + ".");
        }
        if (unc.isEmpty()) {
            throw new TargetListException(who + " has no path; expected \\\\server\\share.");
        }
        try {
            return new DfsTarget(unc, state, priorityClass, rank);
        } catch (IllegalArgumentException e) {
            throw new TargetListException(who + " is not a \\\\server\\share path.", e);
        }
    }

    private static String attribute(Element element, String name, String who) throws TargetListException {
        if (!element.hasAttribute(name)) {
            throw new TargetListException(who + " has no " + name + " attribute.");
        }
        return element.getAttribute(name);
    }

    private static String namespace(String uri) {
        return uri == null ? "no namespace" : "namespace \"" + quote(uri) + "\"";
    }

    /** Long values are cut so that a message stays readable; control characters are shown as '?'. */
    private static String quote(String text) {
        String shown = text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "...";
        StringBuilder out = new StringBuilder(shown.length());
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return out.toString();
    }
}
