package io.adtopo.core.ldap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Says what is wrong with a DN that is not one (RFC 4514), and where: which RDN, and at which character
 * (counted from 1). Meant for messages once a DN has been refused; it does not decide validity itself.
 */
public final class DnSyntax {

    /** A descriptor (CN, msDS-Foo) or a numeric OID (2.5.4.3). */
    private static final Pattern TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9-]*|[0-9]+(?:\\.[0-9]+)*");
    /** What may follow a backslash besides a hex pair (RFC 4514 section 2.4). */
    private static final String ESCAPABLE = " \"#+,;<=>\\";
    /** What may not stand unescaped in a value. */
    private static final String MUST_ESCAPE = "\"<>";

    private DnSyntax() {
    }

    /** The first problem found in {@code dn}, as a sentence without its final period; empty if none is found. */
    public static Optional<String> problem(String dn) {
        if (dn == null) {
            return Optional.empty();
        }
        int rdn = 1;
        int start = 0;
        for (int i = 0; i <= dn.length(); i++) {
            char c = i < dn.length() ? dn.charAt(i) : ',';
            if (i < dn.length() && c == '\\') {
                Optional<String> escape = escapeProblem(dn, i, rdn, start);
                if (escape.isPresent()) {
                    return escape;
                }
                i += isHexPair(dn, i + 1) ? 2 : 1;
            } else if (c == ',' || c == ';') {
                Optional<String> found = rdnProblem(dn.substring(start, i), rdn, start);
                if (found.isPresent()) {
                    return found;
                }
                rdn++;
                start = i + 1;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> escapeProblem(String dn, int at, int rdn, int start) {
        String where = rdnLabel(rdn, rdnText(dn, start));
        if (at + 1 >= dn.length()) {
            return Optional.of(where + " ends in a lone backslash");
        }
        char next = dn.charAt(at + 1);
        if (isHexPair(dn, at + 1) || ESCAPABLE.indexOf(next) >= 0) {
            return Optional.empty();
        }
        return Optional.of("the escape \\" + next + " at char " + (at + 1) + " in " + where
                + " is neither a hex pair nor a character that needs escaping");
    }

    private static Optional<String> rdnProblem(String rdn, int index, int start) {
        if (rdn.isBlank()) {
            return Optional.of("RDN " + index + " is empty (at char " + (start + 1) + ")");
        }
        List<String> parts = splitAtUnescapedPlus(rdn);
        int partStart = start;
        for (int k = 0; k < parts.size(); k++) {
            String part = parts.get(k);
            String where = rdnLabel(index, rdn) + (parts.size() > 1 ? ", part " + (k + 1) + " (\"" + part.trim()
                    + "\")," : "");
            int eq = part.indexOf('=');
            if (eq < 0) {
                return Optional.of(where + " has no '=' between an attribute type and a value");
            }
            String type = part.substring(0, eq).trim();
            if (!TYPE.matcher(type).matches()) {
                return Optional.of(where + ": \"" + type
                        + "\" is not an attribute type (a name such as CN, or an OID such as 2.5.4.3)");
            }
            for (int i = eq + 1; i < part.length(); i++) {
                char c = part.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (MUST_ESCAPE.indexOf(c) >= 0) {
                    return Optional.of(where + " has an unescaped " + c + " at char " + (partStart + i + 1)
                            + "; write it as \\" + c);
                }
            }
            partStart += part.length() + 1;
        }
        return Optional.empty();
    }

    private static String rdnLabel(int index, String rdn) {
        return "RDN " + index + " (\"" + rdn.trim() + "\")";
    }

    /** The RDN that starts at {@code start}, up to the next unescaped separator or the end. */
    private static String rdnText(String dn, int start) {
        int i = start;
        while (i < dn.length() && dn.charAt(i) != ',' && dn.charAt(i) != ';') {
            i += dn.charAt(i) == '\\' ? 2 : 1;
        }
        return dn.substring(start, Math.min(i, dn.length()));
    }

    private static List<String> splitAtUnescapedPlus(String rdn) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < rdn.length(); i++) {
            if (rdn.charAt(i) == '\\') {
                i++;
            } else if (rdn.charAt(i) == '+') {
                parts.add(rdn.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(rdn.substring(from));
        return parts;
    }

    private static boolean isHexPair(String text, int at) {
        return at + 1 < text.length() && isHex(text.charAt(at)) && isHex(text.charAt(at + 1));
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
