package io.adtopo.core.diagnostics;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Finds {@code Site\DCNAME} as repadmin ({@code Source: Site\DC}, {@code Site\DC via RPC}) and dcdiag
 * ({@code Testing server: Site\DC}) print a domain controller, and rejects what only looks like it: paths,
 * UNC names, registry keys, DN escapes, placeholders and account names. Linear: each backslash looks at most
 * 64 chars either way.
 */
final class SiteServerScanner {

    private static final int MAX_NAME = 63;
    /** Prefixes of account and registry names, never sites. */
    private static final Set<String> NOT_SITES = new HashSet<>(Arrays.asList(
            "builtin", "hklm", "hkcu", "hkcr", "hku", "hkcc", "hkey_local_machine", "hkey_current_user",
            "hkey_classes_root", "hkey_users", "hkey_current_config"));
    /** Chars that, right before the site, make the backslash part of a path, URL, DN or placeholder. */
    private static final String BAD_BEFORE = "\\/:.=<$%@&";
    /** Chars that, right after the DC name, make it a path, placeholder or account. */
    private static final String BAD_AFTER = "\\/>$_@%";
    /**
     * Words a tool prints right after the name on the next line, which a lost line break glues to the name:
     * repadmin's {@code Site\DC} then {@code DSA Options:}, dcdiag's {@code Testing server: Site\DC} then
     * {@code Starting test:}. Pairs of (suffix glued to the name, word that must follow it).
     */
    private static final String[][] GLUED = { { "DSA", "options" }, { "Starting", "test" } };

    private SiteServerScanner() {
    }

    static void scan(String text, FindingCollector out) {
        for (int b = text.indexOf('\\'); b >= 0; b = text.indexOf('\\', b + 1)) {
            Finding found = at(text, b);
            if (found != null) {
                out.add(found);
            }
        }
    }

    private static Finding at(String text, int b) {
        int n = text.length();
        int s = b;
        while (s > 0 && b - s <= MAX_NAME && isSiteChar(text.charAt(s - 1))) {
            s--;
        }
        int t = b + 1;
        while (t < n && t - b - 1 <= MAX_NAME && isServerChar(text.charAt(t))) {
            t++;
        }
        if (s == b || b - s > MAX_NAME || t == b + 1 || t - b - 1 > MAX_NAME) {
            return null;
        }
        if ((s > 0 && badBefore(text.charAt(s - 1))) || (t < n && badAfter(text, t))) {
            return null;
        }
        if (t < n && text.charAt(t) == ':' && isMangledName(text, b + 1)) {
            return null;
        }
        String site = text.substring(s, b);
        String server = unglue(text, text.substring(b + 1, t), t);
        if (!hasLetter(site) || !hasLetter(server) || isAccountOrKey(text, site, s)) {
            return null;
        }
        return Finding.siteServer(site, server, s);
    }

    /** {@code \0ADEL:} and {@code \0ACNF:}, the escaped line feed AD puts in deleted and conflict names. */
    private static boolean isMangledName(String text, int start) {
        return Chars.matchesAt(text, start, "0adel:") || Chars.matchesAt(text, start, "0acnf:");
    }

    private static boolean isSiteChar(char c) {
        return Chars.isAlnum(c) || c == '-' || c == '_';
    }

    private static boolean isServerChar(char c) {
        return Chars.isAlnum(c) || c == '-';
    }

    /** Any other letter or digit (say the 'ö' of {@code Köln}) means the name is longer than what we allow. */
    private static boolean badBefore(char c) {
        return BAD_BEFORE.indexOf(c) >= 0 || Character.isLetterOrDigit(c);
    }

    /** As {@link #badBefore}, and a '.' followed by a letter or digit: a file name or a dotted DNS name. */
    private static boolean badAfter(String text, int t) {
        char c = text.charAt(t);
        if (c == '.') {
            return t + 1 < text.length() && Chars.isAlnum(text.charAt(t + 1));
        }
        return BAD_AFTER.indexOf(c) >= 0 || Character.isLetterOrDigit(c);
    }

    private static String unglue(String text, String server, int end) {
        for (String[] glued : GLUED) {
            String suffix = glued[0];
            if (server.length() > suffix.length() && server.endsWith(suffix)) {
                int next = Chars.skipForward(text, end, "", 8);
                if (next > end && Chars.matchesAt(text, next, glued[1])) {
                    return server.substring(0, server.length() - suffix.length());
                }
            }
        }
        return server;
    }

    private static boolean hasLetter(String name) {
        for (int k = 0; k < name.length(); k++) {
            if (Chars.isLetter(name.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** {@code NT AUTHORITY\SYSTEM}, {@code BUILTIN\...}, {@code HKLM\...}, {@code User: CONTOSO\admin}. */
    private static boolean isAccountOrKey(String text, String site, int s) {
        String lower = site.toLowerCase(Locale.ROOT);
        if (NOT_SITES.contains(lower)) {
            return true;
        }
        if ((lower.equals("authority") || lower.equals("service")) && Chars.labelEndsAt(text, s, "nt ")) {
            return true;
        }
        int labelEnd = Chars.skipBack(text, s, ":", 8);
        return Chars.labelEndsAt(text, labelEnd, "user") || Chars.labelEndsAt(text, labelEnd, "account")
                || Chars.labelEndsAt(text, labelEnd, "account name");
    }
}
