package io.adtopo.core.diagnostics;

import java.util.Set;

/**
 * Finds mentions of error 8589 (ERROR_DS_CANT_DERIVE_SPN_WITHOUT_SERVER_REF) and of the events that report
 * it, 1411, 2023 and 1925, in one linear pass.
 */
final class ErrorScanner {

    static final Set<Integer> EVENTS = Set.of(1411, 2023, 1925);
    private static final String SYMBOL = "error_ds_cant_derive_spn_without_server_ref";
    private static final long TOO_BIG = 1L << 36;

    private final String text;
    private final Set<Integer> events;
    private boolean mentions8589;
    /** Set by {@link #number(int)}: where the number ends ({@code start} when there is none) and its value. */
    private int numberEnd;
    private long numberValue;
    private boolean numberHex;

    private ErrorScanner(String text, Set<Integer> events) {
        this.text = text;
        this.events = events;
    }

    /** Scans {@code text}, adds the event ids found to {@code events}, and says whether 8589 is mentioned. */
    static boolean scan(String text, Set<Integer> events) {
        ErrorScanner scanner = new ErrorScanner(text, events);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            if (Chars.isDigit(c) && !Chars.isAlnum(before)) {
                i = scanner.error(i, before);
            } else if (Chars.isLetter(c) && !Chars.isLetter(before)) {
                i = scanner.word(i);
            } else {
                i++;
            }
        }
        return scanner.mentions8589;
    }

    /**
     * A number standing alone: not after a letter, digit, '-', '_' or '.'; not followed by a digit, nor by
     * '-', '.' or ',' and a digit. Decimal 8589, or hex {@code 0x218d} in any case with any leading zeros.
     */
    private int error(int start, char before) {
        boolean alone = before != '-' && before != '_' && before != '.';
        if (number(start) && alone) {
            mentions8589 |= numberHex ? numberValue == 0x218d : numberValue == 8589;
        }
        return Math.max(numberEnd, start + 1);
    }

    /**
     * A word of letters. {@code ERROR_DS_CANT_DERIVE_SPN_WITHOUT_SERVER_REF} in any case means 8589. After
     * the words {@code ID}, {@code EventID} or {@code Event} (any case), white space, ':', '=' or '#' and then
     * a standalone number give an event id.
     */
    private int word(int start) {
        int n = text.length();
        int end = start;
        while (end < n && Chars.isLetter(text.charAt(end))) {
            end++;
        }
        int length = end - start;
        if (length == 5 && Chars.matchesAt(text, start, SYMBOL)) {
            mentions8589 = true;
        }
        boolean label = (length == 2 && Chars.matchesAt(text, start, "id"))
                || (length == 7 && Chars.matchesAt(text, start, "eventid"))
                || (length == 5 && Chars.matchesAt(text, start, "event"));
        if (label) {
            int p = Chars.skipForward(text, end, ":=#", 8);
            if (p > end && number(p)) {
                addEvent(numberValue);
            }
        }
        return end;
    }

    /** Reads a decimal (1-10 digits) or {@code 0x} hex (1-16 digits) number standing alone at {@code start}. */
    private boolean number(int start) {
        int n = text.length();
        numberHex = Chars.matchesAt(text, start, "0x") && start + 2 < n && Chars.isHex(text.charAt(start + 2));
        int p = numberHex ? start + 2 : start;
        int max = numberHex ? 16 : 10;
        numberValue = 0;
        int digits = 0;
        while (p < n && (numberHex ? Chars.isHex(text.charAt(p)) : Chars.isDigit(text.charAt(p)))) {
            digits++;
            int digit = Chars.hexValue(text.charAt(p));
            numberValue = Math.min(TOO_BIG, numberHex ? numberValue * 16 + digit : numberValue * 10 + digit);
            p++;
        }
        numberEnd = p;
        return digits > 0 && digits <= max && !continues(p);
    }

    /**
     * Whether the number goes on: a digit; '-', '.' or ',' and a digit; '-' and a hex letter (a GUID group);
     * or a run of letters that are all hex digits ({@code 8589abcd}, but not {@code 8589The}).
     */
    private boolean continues(int end) {
        int n = text.length();
        if (end >= n) {
            return false;
        }
        char c = text.charAt(end);
        if (Chars.isDigit(c)) {
            return true;
        }
        if (c == '-' || c == '.' || c == ',') {
            char next = end + 1 < n ? text.charAt(end + 1) : ' ';
            return Chars.isDigit(next) || (c == '-' && Chars.isHexLetter(next));
        }
        int limit = Math.min(n, end + 64);
        int p = end;
        for (; p < limit && Chars.isLetter(text.charAt(p)); p++) {
            if (!Chars.isHexLetter(text.charAt(p))) {
                return false;
            }
        }
        return p > end;
    }

    /** Event ids as written, or with severity bits (0x80000785 is a warning 1925): id = value &amp; 0xFFFF. */
    private void addEvent(long value) {
        long id;
        if (value <= 0xFFFF) {
            id = value;
        } else if (value <= 0xFFFFFFFFL && (value & 0x3FFF0000L) == 0) {
            id = value & 0xFFFF;
        } else {
            return;
        }
        if (EVENTS.contains((int) id)) {
            events.add((int) id);
        }
    }
}
