package io.adtopo.core.diagnostics;

/**
 * Character tests and bounded look-arounds shared by the scanners. Everything here is ASCII-only on purpose:
 * the tools print GUIDs, numbers and names in ASCII, and non-ASCII digits or letters must not pass for them.
 */
final class Chars {

    private Chars() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAlnum(char c) {
        return isDigit(c) || isLetter(c);
    }

    static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static boolean isHexLetter(char c) {
        return (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static int hexValue(char c) {
        if (isDigit(c)) {
            return c - '0';
        }
        return (c | 0x20) - 'a' + 10;
    }

    /** White space as pasted text has it, and NUL, which binary pastes put where a space was. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\u00a0' || c == '\u3000'
                || c == '\0';
    }

    /** True when {@code word} (lower case ASCII) occurs at {@code at}, ignoring ASCII case. */
    static boolean matchesAt(String text, int at, String word) {
        if (at < 0 || at + word.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = text.charAt(at + k);
            if (isLetter(c)) {
                c = (char) (c | 0x20);
            }
            if (c != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the text just before {@code end} is the label {@code words} (lower case, words separated by
     * single spaces), ignoring ASCII case; between words any run of white space (or none) is accepted, so a
     * label broken over two lines still counts.
     */
    static boolean labelEndsAt(String text, int end, String words) {
        int p = end;
        for (int k = words.length() - 1; k >= 0; k--) {
            char w = words.charAt(k);
            if (w == ' ') {
                int limit = Math.max(0, p - 8);
                while (p > limit && isSpace(text.charAt(p - 1))) {
                    p--;
                }
                continue;
            }
            if (p == 0) {
                return false;
            }
            char c = text.charAt(p - 1);
            if (isLetter(c)) {
                c = (char) (c | 0x20);
            }
            if (c != w) {
                return false;
            }
            p--;
        }
        return true;
    }

    /** Moves back from {@code end} over white space and the given punctuation, at most {@code max} chars. */
    static int skipBack(String text, int end, String punctuation, int max) {
        int p = end;
        int limit = Math.max(0, end - max);
        while (p > limit) {
            char c = text.charAt(p - 1);
            if (!isSpace(c) && punctuation.indexOf(c) < 0) {
                break;
            }
            p--;
        }
        return p;
    }

    /** Moves forward from {@code start} over white space and the given punctuation, at most {@code max} chars. */
    static int skipForward(String text, int start, String punctuation, int max) {
        int p = start;
        int limit = Math.min(text.length(), start + max);
        while (p < limit) {
            char c = text.charAt(p);
            if (!isSpace(c) && punctuation.indexOf(c) < 0) {
                break;
            }
            p++;
        }
        return p;
    }
}
