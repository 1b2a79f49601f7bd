package io.adtopo.core.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LdapUrlsTest {

    @Test
    void keepsDnSeparatorsAndEncodesSpacesAndSpecials() {
        assertEquals("ldap://contoso.com/DC=contoso,DC=com", LdapUrls.of("contoso.com", "DC=contoso,DC=com"));
        assertEquals("ldap://x/CN=Enterprise%20Configuration,DC=x", LdapUrls.of("x", "CN=Enterprise Configuration,DC=x"));
        assertEquals("ldap://x/CN=a%3Fb%23c%2Fd,DC=x", LdapUrls.of("x", "CN=a?b#c/d,DC=x"));
        assertEquals("ldap://x/CN=M%C3%BCller,DC=x", LdapUrls.of("x", "CN=Müller,DC=x"));
    }
}
