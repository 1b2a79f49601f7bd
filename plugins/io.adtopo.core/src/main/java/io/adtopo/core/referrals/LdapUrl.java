package io.adtopo.core.referrals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

import io.adtopo.core.ldap.DnNames;

/**
 * An LDAP URL as servers write them in referrals and continuation references (RFC 4516):
 * {@code ldap[s]://host[:port]/dn[?attributes[?scope[?filter]]]}. Only the parts a chase needs are kept:
 * scheme, host, port and DN (percent-decoded).
 */
public final class LdapUrl {

    private final boolean ldaps;
    private final String host;
    private final int port;
    private final String dn;

    public LdapUrl(boolean ldaps, String host, int port, String dn) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("An LDAP URL to follow needs a host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Port out of range: " + port);
        }
        this.ldaps = ldaps;
        this.host = host.trim();
        this.port = port;
        this.dn = dn == null ? "" : dn;
    }

    /** Parses a URL; IllegalArgumentException with the reason when it is not one a client can follow. */
    public static LdapUrl parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("No URL");
        }
        String url = text.trim();
        String lower = url.toLowerCase(Locale.ROOT);
        boolean ldaps;
        if (lower.startsWith("ldap://")) {
            ldaps = false;
        } else if (lower.startsWith("ldaps://")) {
            ldaps = true;
        } else {
            throw new IllegalArgumentException("Not an LDAP URL (ldap:// or ldaps://): " + url);
        }
        int schemeLength = ldaps ? 8 : 7;
        String rest = url.substring(schemeLength);
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash + 1);
        int query = path.indexOf('?');
        String encodedDn = query < 0 ? path : path.substring(0, query);
        String host = authority;
        int port = ldaps ? 636 : 389;
        int colon = authority.lastIndexOf(':');
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("Unclosed IPv6 address in " + url);
            }
            host = authority.substring(1, close);
            if (close + 1 < authority.length() && authority.charAt(close + 1) != ':') {
                throw new IllegalArgumentException("Something other than :port comes after the IPv6 address in "
                        + url);
            }
            colon = authority.indexOf(':', close);
        } else if (colon >= 0) {
            host = authority.substring(0, colon);
        }
        if (colon >= 0) {
            try {
                port = Integer.parseInt(authority.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a port number in " + url);
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("The port " + port + " is outside 1-65535 in " + url);
            }
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("The URL names no host, so there is no server to follow: " + url);
        }
        int hostStart = schemeLength + (authority.startsWith("[") ? 1 : 0);
        return new LdapUrl(ldaps, percentDecode(host, url, hostStart, "host"), port,
                percentDecode(encodedDn, url, schemeLength + slash + 1, "DN"));
    }

    /** Decodes {@code text}, the {@code part} of {@code url} that starts at index {@code start}. */
    private static String percentDecode(String text, String url, int start, String part) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0
                        || Character.digit(text.charAt(i + 2), 16) < 0) {
                    throw new IllegalArgumentException("A bad %-escape \"" + text.substring(i, Math.min(i + 3,
                            text.length())) + "\" at char " + (start + i + 1) + " of " + url);
                }
                out.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(bytes, 0, bytes.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(out.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("The %-escapes in the " + part + " are not UTF-8 text in " + url);
        }
    }

    public boolean isLdaps() {
        return ldaps;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The DN the search continues at (empty: the same base as the search that returned it). */
    public String dn() {
        return dn;
    }

    /** The same server with another DN. */
    public LdapUrl withDn(String otherDn) {
        return new LdapUrl(ldaps, host, port, otherDn);
    }

    /** host:port and DN compared without regard to case: the same place to continue. */
    public String key() {
        return host.toLowerCase(Locale.ROOT) + ":" + port + "/" + DnNames.key(dn);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LdapUrl && ((LdapUrl) o).key().equals(key()) && ((LdapUrl) o).ldaps == ldaps;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key(), ldaps);
    }

    /** {@code ldap://host[:port]/DN}, the port only when not the scheme's default. */
    @Override
    public String toString() {
        boolean defaultPort = port == (ldaps ? 636 : 389);
        String authority = host.contains(":") ? "[" + host + "]" : host;
        return (ldaps ? "ldaps://" : "ldap://") + authority + (defaultPort ? "" : ":" + port) + "/" + dn;
    }
}
