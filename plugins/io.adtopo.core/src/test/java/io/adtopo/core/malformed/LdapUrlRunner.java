package io.adtopo.core.malformed;

import io.adtopo.core.referrals.LdapUrl;

/**
 * LDAP URLs from referrals (a line of UTF-8) through {@link LdapUrl#parse(String)}. Facts: {@code host},
 * {@code port}, {@code ldaps}, {@code dn}, {@code url} (as written back).
 */
final class LdapUrlRunner implements CaseRunner {

    @Override
    public Outcome run(byte[] input, Expectation expect) {
        LdapUrl url;
        try {
            url = LdapUrl.parse(CaseRunner.oneLine(input));
        } catch (IllegalArgumentException e) {
            return Outcome.refused(e.getMessage());
        }
        return Outcome.read(null).with("host", url.host()).with("port", url.port()).with("ldaps", url.isLdaps())
                .with("dn", url.dn()).with("url", url);
    }
}
