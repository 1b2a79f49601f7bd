package io.adtopo.core.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LdapUrlTest {

    @Test
    void readsTheContinuationReferencesSambaReturns() {
        LdapUrl url = LdapUrl.parse("ldap://contoso.test/CN=Configuration,DC=contoso,DC=test??base");
        assertEquals("contoso.test", url.host());
        assertEquals(389, url.port());
        assertFalse(url.isLdaps());
        assertEquals("CN=Configuration,DC=contoso,DC=test", url.dn());
        assertEquals("ldap://contoso.test/CN=Configuration,DC=contoso,DC=test", url.toString());
    }

    @Test
    void decodesPercentEscapesPortsAndIpv6() {
        LdapUrl url = LdapUrl.parse("ldaps://[2001:db8::5]:3269/OU=R%C3%A9seau%20Sud,DC=x");
        assertTrue(url.isLdaps());
        assertEquals("2001:db8::5", url.host());
        assertEquals(3269, url.port());
        assertEquals("OU=Réseau Sud,DC=x", url.dn());
        assertEquals(636, LdapUrl.parse("ldaps://dc1.contoso.test/").port());
        assertEquals("", LdapUrl.parse("ldap://dc1.contoso.test").dn());
    }

    @Test
    void theSamePlaceIsTheSameKeyWhateverTheCase() {
        assertEquals(LdapUrl.parse("ldap://Fabrikam.TEST/dc=loop,dc=test").key(),
                LdapUrl.parse("ldap://fabrikam.test:389/DC=Loop,DC=Test").key());
        assertFalse(LdapUrl.parse("ldap://fabrikam.test/DC=a").key()
                .equals(LdapUrl.parse("ldap://fabrikam.test/DC=b").key()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://x/DC=a", "ldap:///DC=a", "ldap://host:99999/", "ldap://host:port/",
            "ldap://host/DC=%G1", "ldap://[::1/DC=a", "" })
    void refusesWhatCannotBeFollowedWithAReason(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LdapUrl.parse(text));
        assertFalse(e.getMessage().isBlank());
    }
}
