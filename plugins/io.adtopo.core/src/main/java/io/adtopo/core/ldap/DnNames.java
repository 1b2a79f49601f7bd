package io.adtopo.core.ldap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Small operations on distinguished names as strings (RFC 4514), without a schema: split into RDNs with
 * escapes honoured, compare without regard to case or spacing, take the parent and the first RDN's value.
 * AD compares DNs case-insensitively, so {@link #key(String)} is what maps are keyed by.
 */
public final class DnNames {

    private DnNames() {
    }

    /** The RDNs of a DN, first (leftmost) first, each as written (escapes kept), trimmed. */
    public static List<String> rdns(String dn) {
        if (dn == null || dn.isBlank()) {
            return List.of();
        }
        List<String> rdns = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < dn.length(); i++) {
            char c = dn.charAt(i);
            if (c == '\\' && i + 1 < dn.length()) {
                current.append(c).append(dn.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
                current.append(c);
            } else if ((c == ',' || c == ';') && !quoted) {
                rdns.add(trimRdn(current.toString()));
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        rdns.add(trimRdn(current.toString()));
        return Collections.unmodifiableList(rdns);
    }

    /** The DN without its first RDN; empty for a single-RDN DN. */
    public static String parent(String dn) {
        List<String> rdns = rdns(dn);
        return rdns.size() <= 1 ? "" : String.join(",", rdns.subList(1, rdns.size()));
    }

    /** The DN's ancestor {@code levels} up (1 = parent). */
    public static String ancestor(String dn, int levels) {
        List<String> rdns = rdns(dn);
        return rdns.size() <= levels ? "" : String.join(",", rdns.subList(levels, rdns.size()));
    }

    /**
     * The unescaped value of the first RDN ("CN=DC1,CN=Servers,..." gives "DC1"); of a multi-valued first RDN,
     * the value of its first part ("CN=Lab+OU=Research,..." gives "Lab").
     */
    public static String firstValue(String dn) {
        List<String> rdns = rdns(dn);
        if (rdns.isEmpty()) {
            return "";
        }
        String rdn = splitUnescaped(rdns.get(0), '+').get(0);
        int eq = indexOfUnescaped(rdn, '=');
        return eq < 0 ? rdn : unescape(trimRdn(rdn.substring(eq + 1)));
    }

    /**
     * A comparison key: attribute types and values lower-cased, spacing around separators removed, and every
     * value escaped one way ({@code \2C} and {@code \,} both become {@code \,}), so that an escaped comma can
     * never pass for a separator.
     */
    public static String key(String dn) {
        return String.join(",", rdnKeys(dn));
    }

    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    /** True when {@code dn} is {@code base} or lies under it, compared RDN by RDN. */
    public static boolean isWithin(String dn, String base) {
        List<String> d = rdnKeys(dn);
        List<String> b = rdnKeys(base);
        return d.size() >= b.size() && d.subList(d.size() - b.size(), d.size()).equals(b);
    }

    /** "DC=contoso,DC=test" gives "contoso.test"; RDNs other than DC= are ignored. */
    public static String dnsNameOf(String dn) {
        List<String> labels = new ArrayList<>();
        for (String rdn : rdns(dn)) {
            int eq = indexOfUnescaped(rdn, '=');
            if (eq > 0 && rdn.substring(0, eq).trim().equalsIgnoreCase("DC")) {
                labels.add(unescape(trimRdn(rdn.substring(eq + 1))));
            }
        }
        return String.join(".", labels);
    }

    /** Escapes a value for use in an RDN (RFC 4514 section 2.4). */
    public static String escapeValue(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean edgeSpace = c == ' ' && (i == 0 || i == value.length() - 1);
            if (",+\"\\<>;=".indexOf(c) >= 0 || edgeSpace || (c == '#' && i == 0)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static List<String> rdnKeys(String dn) {
        List<String> keys = new ArrayList<>();
        for (String rdn : rdns(dn)) {
            keys.add(rdnKey(rdn));
        }
        return keys;
    }

    private static String rdnKey(String rdn) {
        // Multi-valued RDNs (a+b) keep their order: AD never emits them, other servers keep their own order.
        StringBuilder key = new StringBuilder(rdn.length());
        for (String part : splitUnescaped(rdn, '+')) {
            if (key.length() > 0) {
                key.append('+');
            }
            int eq = indexOfUnescaped(part, '=');
            if (eq < 0) {
                key.append(part.trim().toLowerCase(Locale.ROOT));
            } else {
                key.append(part.substring(0, eq).trim().toLowerCase(Locale.ROOT)).append('=')
                        .append(escapeValue(unescape(trimRdn(part.substring(eq + 1))).toLowerCase(Locale.ROOT)));
            }
        }
        return key.toString();
    }

    private static List<String> splitUnescaped(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == separator) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static int indexOfUnescaped(String text, char wanted) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** Strips leading spaces and trailing spaces that are not escaped ("CN=a\\ " keeps its space). */
    private static String trimRdn(String rdn) {
        String trimmed = rdn.stripLeading();
        int end = trimmed.length();
        while (end > 0 && trimmed.charAt(end - 1) == ' ' && !isEscaped(trimmed, end - 1)) {
            end--;
        }
        return trimmed.substring(0, end);
    }

    private static boolean isEscaped(String text, int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** Resolves RFC 4514 escapes: {@code \,} and {@code \2C} style hex pairs (UTF-8). */
    static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return stripQuotes(value);
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char n = value.charAt(i + 1);
                if (i + 2 < value.length() && isHex(n) && isHex(value.charAt(i + 2))) {
                    bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    writeUtf8(bytes, String.valueOf(n));
                    i++;
                }
            } else {
                writeUtf8(bytes, String.valueOf(c));
            }
        }
        return new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String stripQuotes(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    private static void writeUtf8(java.io.ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
