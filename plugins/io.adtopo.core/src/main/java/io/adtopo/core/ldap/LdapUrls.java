package io.adtopo.core.ldap;

import java.nio.charset.StandardCharsets;

/** LDAP URLs (RFC 4516) as DCs write them in referrals: {@code ldap://host[:port]/DN}. */
public final class LdapUrls {

    private static final String SAFE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~=,+;:@!$&'*";

    private LdapUrls() {
    }

    /** {@code ldap://host/DN} with the DN percent-encoded where RFC 3986 requires it. */
    public static String of(String host, String dn) {
        return "ldap://" + host + "/" + encode(dn);
    }

    static String encode(String dn) {
        StringBuilder out = new StringBuilder(dn.length() + 16);
        for (byte b : dn.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (b >= 0 && SAFE.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
