package io.adtopo.core.diagnostics;

import java.util.UUID;

/**
 * Finds GUIDs in the 8-4-4-4-12 form and classifies each by the label just before it or by a following
 * {@code ._msdcs.<dns name>}. One pass; every look-around is bounded, so the scan is linear in the input.
 */
final class GuidScanner {

    static final int LENGTH = 36;
    private static final int MAX_WORD = 64;
    private static final int MAX_DNS = 253;
    private static final String MSDCS = "._msdcs.";

    private GuidScanner() {
    }

    static void scan(String text, FindingCollector out) {
        int n = text.length();
        int i = 0;
        while (i + LENGTH <= n) {
            if (!isGuidAt(text, i)) {
                i++;
                continue;
            }
            if (startsCleanly(text, i) && endsCleanly(text, i + LENGTH)) {
                out.add(classify(text, i));
                i += LENGTH;
            } else {
                i++;
            }
        }
    }

    /** Hex digits with dashes at 8, 13, 18 and 23. */
    static boolean isGuidAt(String text, int at) {
        if (text.charAt(at + 8) != '-' || text.charAt(at + 13) != '-' || text.charAt(at + 18) != '-'
                || text.charAt(at + 23) != '-') {
            return false;
        }
        for (int k = 0; k < LENGTH; k++) {
            char c = text.charAt(at + k);
            boolean dash = k == 8 || k == 13 || k == 18 || k == 23;
            if (dash ? c != '-' : !Chars.isHex(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The GUID must not continue a longer hex token to its left: the char before may not be a digit, a '-'
     * or '_' that follows a letter or digit, or a letter ending a run of letters that are all hex digits
     * ({@code a3dab7f9b-...}); a word run into it such as {@code GUID3dab7f9b-...} is fine.
     */
    private static boolean startsCleanly(String text, int start) {
        if (start == 0) {
            return true;
        }
        char c = text.charAt(start - 1);
        if (Chars.isDigit(c)) {
            return false;
        }
        if (c == '-' || c == '_') {
            return start < 2 || !Chars.isAlnum(text.charAt(start - 2));
        }
        if (!Chars.isLetter(c)) {
            return true;
        }
        int limit = Math.max(0, start - MAX_WORD);
        for (int p = start - 1; p >= limit && Chars.isLetter(text.charAt(p)); p--) {
            if (!Chars.isHexLetter(text.charAt(p))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same rule to the right: {@code ...9ba81d9a0403DSA invocationID} is a GUID followed by the word
     * {@code DSA} (it has an 'S', so it cannot be more hex digits), {@code ...1493a} or {@code ...14930} is
     * not a GUID. A hex-only run {@code DC} followed by '=' is the start of a DN run into the GUID.
     */
    private static boolean endsCleanly(String text, int end) {
        int n = text.length();
        if (end == n) {
            return true;
        }
        char c = text.charAt(end);
        if (Chars.isDigit(c)) {
            return false;
        }
        if (c == '-' || c == '_') {
            return end + 1 >= n || !Chars.isAlnum(text.charAt(end + 1));
        }
        if (!Chars.isLetter(c)) {
            return true;
        }
        int limit = Math.min(n, end + MAX_WORD);
        int p = end;
        for (; p < limit && Chars.isLetter(text.charAt(p)); p++) {
            if (!Chars.isHexLetter(text.charAt(p))) {
                return true;
            }
        }
        return p == end + 2 && p < n && text.charAt(p) == '=' && Chars.matchesAt(text, end, "dc");
    }

    private static Finding classify(String text, int start) {
        UUID guid = UUID.fromString(text.substring(start, start + LENGTH));
        String forest = msdcsForest(text, start + LENGTH);
        if (forest != null) {
            return Finding.msdcsName(guid, forest, start);
        }
        int labelEnd = Chars.skipBack(text, start, ":=\"'{([#", 8);
        if (Chars.labelEndsAt(text, labelEnd, "dsa object guid")) {
            return Finding.guid(Finding.Kind.DSA_GUID, guid, start);
        }
        if (Chars.labelEndsAt(text, labelEnd, "invocation id")) {
            return Finding.guid(Finding.Kind.INVOCATION_ID, guid, start);
        }
        return Finding.guid(Finding.Kind.GUID, guid, start);
    }

    /**
     * The DNS name after {@code ._msdcs.}: a letter or digit, then letters, digits, '-' and '.', at most 253
     * chars; trailing '.' and '-' are dropped (end of a sentence).
     */
    private static String msdcsForest(String text, int end) {
        if (!Chars.matchesAt(text, end, MSDCS)) {
            return null;
        }
        int from = end + MSDCS.length();
        if (from >= text.length() || !Chars.isAlnum(text.charAt(from))) {
            return null;
        }
        int limit = Math.min(text.length(), from + MAX_DNS);
        int to = from;
        while (to < limit && isDnsChar(text.charAt(to))) {
            to++;
        }
        while (to > from && (text.charAt(to - 1) == '.' || text.charAt(to - 1) == '-')) {
            to--;
        }
        return to > from ? text.substring(from, to) : null;
    }

    private static boolean isDnsChar(char c) {
        return Chars.isAlnum(c) || c == '-' || c == '.';
    }
}
