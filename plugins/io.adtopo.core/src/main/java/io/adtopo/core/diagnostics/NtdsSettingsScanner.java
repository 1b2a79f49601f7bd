package io.adtopo.core.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds NTDS Settings DNs written out, as event 1925 and dcdiag print the source DC:
 * {@code CN=NTDS Settings,CN=<server>,CN=Servers,CN=<site>,CN=Sites[,CN=Configuration,DC=...]}. Tolerates
 * white space after commas, a deleted object's {@code \0ADEL:<guid>} and a tail whose line breaks were lost
 * ({@code DC=contosoDC=comSource domain controller}). Each attempt reads a bounded number of chars.
 */
final class NtdsSettingsScanner {

    private static final String HEAD = "cn=ntds settings";
    private static final int MAX_VALUE = 128;
    /** {@code \0ADEL:} and a GUID. */
    private static final int MAX_DELETED = 48;
    private static final int MAX_LABEL = 63;
    private static final int MAX_LABELS = 32;

    private NtdsSettingsScanner() {
    }

    static void scan(String text, FindingCollector out) {
        int n = text.length();
        for (int i = 0; i + HEAD.length() <= n; i++) {
            char c = text.charAt(i);
            if ((c == 'c' || c == 'C') && Chars.matchesAt(text, i, HEAD)) {
                Finding found = parse(text, i);
                if (found != null) {
                    out.add(found);
                }
            }
        }
    }

    private static Finding parse(String text, int start) {
        int p = start + HEAD.length();
        String deleted = "";
        if (Chars.matchesAt(text, p, "\\0adel:")) {
            int comma = p;
            int limit = Math.min(text.length(), p + MAX_DELETED);
            while (comma < limit && text.charAt(comma) != ',') {
                comma++;
            }
            if (comma == limit) {
                return null;
            }
            deleted = text.substring(p, comma).trim();
            p = comma;
        }
        int[] end = new int[1];
        String server = valueAfter(text, comma(text, p), end);
        p = server == null ? -1 : comma(text, end[0]);
        if (!Chars.matchesAt(text, p, "cn=servers")) {
            return null;
        }
        String site = valueAfter(text, comma(text, p + "cn=servers".length()), end);
        p = site == null ? -1 : comma(text, end[0]);
        if (!Chars.matchesAt(text, p, "cn=sites") || !wordEnds(text, p + "cn=sites".length())) {
            return null;
        }
        StringBuilder dn = new StringBuilder("CN=NTDS Settings").append(deleted).append(",CN=").append(server)
                .append(",CN=Servers,CN=").append(site).append(",CN=Sites");
        p = comma(text, p + "cn=sites".length());
        String forest = null;
        if (Chars.matchesAt(text, p, "cn=configuration") && wordEnds(text, p + "cn=configuration".length())) {
            dn.append(",CN=Configuration");
            List<String> labels = dcLabels(text, p + "cn=configuration".length());
            for (String label : labels) {
                dn.append(",DC=").append(label);
            }
            forest = labels.isEmpty() ? null : String.join(".", labels);
        }
        return Finding.ntdsSettings(dn.toString(), site, server, forest, start);
    }

    /** Position after a ',' with optional white space around it, or -1. */
    private static int comma(String text, int p) {
        if (p < 0) {
            return -1;
        }
        int q = Chars.skipForward(text, p, "", 8);
        if (q >= text.length() || text.charAt(q) != ',') {
            return -1;
        }
        return Chars.skipForward(text, q + 1, "", 8);
    }

    /** The value of a {@code CN=} component at {@code p}: up to the next ',', no placeholders or line breaks. */
    private static String valueAfter(String text, int p, int[] end) {
        if (!Chars.matchesAt(text, p, "cn=")) {
            return null;
        }
        int from = p + 3;
        int limit = Math.min(text.length(), from + MAX_VALUE);
        int to = from;
        boolean named = false;
        for (; to < limit && text.charAt(to) != ','; to++) {
            char c = text.charAt(to);
            if (c < ' ' || c == '=' || c == '<' || c == '>') {
                return null;
            }
            named |= Chars.isAlnum(c);
        }
        if (to >= text.length() || text.charAt(to) != ',') {
            return null;
        }
        end[0] = to;
        String value = text.substring(from, to).trim();
        return named ? value : null;
    }

    private static boolean wordEnds(String text, int p) {
        return p >= text.length() || !Chars.isAlnum(text.charAt(p));
    }

    /**
     * The {@code DC=} labels after {@code p}. A label ending in "DC" directly followed by '=' lost its comma
     * ({@code DC=contosoDC=com}); the last label is cut where a lower case letter meets an upper case one,
     * as a top-level label run into the next line ({@code comSource}) would be.
     */
    private static List<String> dcLabels(String text, int p) {
        List<String> labels = new ArrayList<>();
        int q = comma(text, p);
        while (labels.size() < MAX_LABELS && Chars.matchesAt(text, q, "dc=")) {
            int from = q + 3;
            int to = labelEnd(text, from);
            if (to == from || to - from > MAX_LABEL) {
                break;
            }
            String label = text.substring(from, to);
            boolean lostComma = to < text.length() && text.charAt(to) == '=' && label.length() > 2
                    && Chars.matchesAt(text, to - 2, "dc");
            if (lostComma) {
                labels.add(label.substring(0, label.length() - 2));
                q = to - 2;
            } else {
                labels.add(label);
                q = comma(text, to);
            }
        }
        if (!labels.isEmpty()) {
            int last = labels.size() - 1;
            labels.set(last, cutAtCaseChange(labels.get(last)));
        }
        return labels;
    }

    private static int labelEnd(String text, int from) {
        int limit = Math.min(text.length(), from + MAX_LABEL + 1);
        int to = from;
        while (to < limit && (Chars.isAlnum(text.charAt(to)) || text.charAt(to) == '-')) {
            to++;
        }
        return to;
    }

    private static String cutAtCaseChange(String label) {
        for (int k = 1; k < label.length(); k++) {
            char before = label.charAt(k - 1);
            char c = label.charAt(k);
            if (before >= 'a' && before <= 'z' && c >= 'A' && c <= 'Z') {
                return label.substring(0, k);
            }
        }
        return label;
    }
}
