package io.adtopo.core.changes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Writes changes as LDIF (RFC 2849): safe strings as they are, anything else base64; lines folded at 76. */
public final class LdifWriter {

    private LdifWriter() {
    }

    static String modify(EntryChange change) {
        StringBuilder out = new StringBuilder();
        line(out, "dn", change.dn());
        out.append("changetype: modify\n");
        for (Modification m : change.modifications()) {
            out.append(m.operation().ldif()).append(": ").append(m.attribute()).append('\n');
            for (String value : m.values()) {
                line(out, m.attribute(), value);
            }
            out.append("-\n");
        }
        return out.toString();
    }

    /** One "name: value" line, base64 ("name:: ...") when the value is not a safe string, folded. */
    static void line(StringBuilder out, String name, String value) {
        String text = isSafe(value) ? name + ": " + value
                : name + ":: " + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
        fold(out, text);
    }

    /** RFC 2849 SAFE-STRING: no leading space, colon or less-than; ASCII without NUL, CR or LF. */
    static boolean isSafe(String value) {
        if (value.isEmpty()) {
            return true;
        }
        char first = value.charAt(0);
        if (first == ' ' || first == ':' || first == '<' || value.charAt(value.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0 || c == '\n' || c == '\r' || c > 127) {
                return false;
            }
        }
        return true;
    }

    private static void fold(StringBuilder out, String text) {
        int width = 76;
        if (text.length() <= width) {
            out.append(text).append('\n');
            return;
        }
        out.append(text, 0, width).append('\n');
        for (int i = width; i < text.length(); i += width - 1) {
            out.append(' ').append(text, i, Math.min(text.length(), i + width - 1)).append('\n');
        }
    }
}
