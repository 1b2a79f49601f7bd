package io.adtopo.core.internal.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

import org.junit.jupiter.api.Test;

class HostNameMatcherTest {

    /** SAN: DNS dc1.contoso.test, DNS *.wild.contoso.test, IP 127.0.0.2, IP ::1; CN ignored.example. */
    private final X509Certificate san = load("san.pem");
    /** No SAN; subject CN legacy.contoso.test. */
    private final X509Certificate cnOnly = load("cn-only.pem");

    @Test
    void matchesDnsSubjectAltNamesIgnoringCase() {
        assertTrue(HostNameMatcher.matches("dc1.contoso.test", san));
        assertTrue(HostNameMatcher.matches("DC1.Contoso.TEST.", san));
        assertFalse(HostNameMatcher.matches("dc2.contoso.test", san));
    }

    @Test
    void ignoresTheCommonNameWhenDnsNamesArePresent() {
        assertFalse(HostNameMatcher.matches("ignored.example", san));
    }

    @Test
    void wildcardCoversExactlyOneLabel() {
        assertTrue(HostNameMatcher.matches("a.wild.contoso.test", san));
        assertFalse(HostNameMatcher.matches("a.b.wild.contoso.test", san));
        assertFalse(HostNameMatcher.matches("wild.contoso.test", san));
    }

    @Test
    void addressesMatchOnlyIpSubjectAltNames() {
        assertTrue(HostNameMatcher.matches("127.0.0.2", san));
        assertFalse(HostNameMatcher.matches("127.0.0.3", san));
        assertTrue(HostNameMatcher.matches("[::1]", san));
        assertTrue(HostNameMatcher.matches("0:0:0:0:0:0:0:1", san));
        assertFalse(HostNameMatcher.matches("127.0.0.2", cnOnly));
    }

    @Test
    void fallsBackToTheCommonNameWithoutDnsNames() {
        assertTrue(HostNameMatcher.matches("legacy.contoso.test", cnOnly));
        assertFalse(HostNameMatcher.matches("other.contoso.test", cnOnly));
        assertEquals(List.of("legacy.contoso.test"), HostNameMatcher.namesOf(cnOnly));
    }

    @Test
    void wildcardPatternNeedsTwoLabelsAfterIt() {
        assertFalse(HostNameMatcher.dnsMatches("a.test", "*.test"));
        assertTrue(HostNameMatcher.dnsMatches("a.b.test", "*.b.test"));
    }

    private static X509Certificate load(String name) {
        try (InputStream in = HostNameMatcherTest.class.getResourceAsStream(name)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
