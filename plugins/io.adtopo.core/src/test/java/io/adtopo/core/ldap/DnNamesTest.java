package io.adtopo.core.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DnNamesTest {

    @Test
    void splitsRdnsHonouringEscapes() {
        assertEquals(List.of("CN=Smith\\, John", "OU=Sales", "DC=contoso", "DC=com"),
                DnNames.rdns("CN=Smith\\, John,OU=Sales, DC=contoso,DC=com"));
        assertEquals(List.of(), DnNames.rdns(""));
    }

    @Test
    void parentAndFirstValue() {
        String dn = "CN=NTDS Settings,CN=DC1,CN=Servers,CN=Liverpool,CN=Sites,CN=Configuration,DC=contoso,DC=com";
        assertEquals("CN=DC1,CN=Servers,CN=Liverpool,CN=Sites,CN=Configuration,DC=contoso,DC=com",
                DnNames.parent(dn));
        assertEquals("CN=Liverpool,CN=Sites,CN=Configuration,DC=contoso,DC=com", DnNames.ancestor(dn, 3));
        assertEquals("NTDS Settings", DnNames.firstValue(dn));
        assertEquals("Smith, John", DnNames.firstValue("CN=Smith\\, John,DC=x"));
        assertEquals("Smith, John", DnNames.firstValue("CN=Smith\\2C John,DC=x"));
        assertEquals("Müller", DnNames.firstValue("CN=M\\C3\\BCller,DC=x"));
        assertEquals("", DnNames.parent("DC=com"));
    }

    @Test
    void keysIgnoreCaseAndSpacing() {
        assertEquals(DnNames.key("CN=DC1, cn=Servers,DC=Contoso,DC=COM"), DnNames.key("cn=dc1,CN=servers,dc=contoso,dc=com"));
        assertTrue(DnNames.same("CN=a\\,b,DC=x", "cn=A\\2cB,dc=X"));
        assertFalse(DnNames.same("CN=a,DC=x", "CN=b,DC=x"));
    }

    @Test
    void keepsAnEscapedTrailingSpace() {
        assertEquals("a ", DnNames.firstValue("CN=a\\ ,DC=x"));
        assertFalse(DnNames.same("CN=a\\ ,DC=x", "CN=a,DC=x"));
    }

    @Test
    void multiValuedRdnsStayTogether() {
        assertEquals(List.of("CN=a+UID=b", "DC=x"), DnNames.rdns("CN=a+UID=b,DC=x"));
        assertEquals("cn=a+uid=b,dc=x", DnNames.key("CN=A + UID=B,DC=x"));
    }

    @Test
    void anEscapedCommaNeverPassesForASeparator() {
        assertFalse(DnNames.same("CN=a\\,DC=x", "CN=a,DC=x"));
        assertFalse(DnNames.isWithin("CN=Sites\\,CN=Configuration,DC=x", "CN=Configuration,DC=x"));
        assertTrue(DnNames.isWithin("CN=Sites\\,CN=Configuration,DC=x", "DC=x"));
        assertEquals("Lab", DnNames.firstValue("CN=Lab+OU=Research,DC=x"));
    }

    @Test
    void containment() {
        assertTrue(DnNames.isWithin("CN=a,CN=Sites,DC=x", "cn=sites,dc=x"));
        assertTrue(DnNames.isWithin("CN=Sites,DC=x", "CN=Sites,DC=x"));
        assertFalse(DnNames.isWithin("CN=a,CN=NotSites,DC=x", "CN=Sites,DC=x"));
    }

    @Test
    void dnsNames() {
        assertEquals("contoso.com", DnNames.dnsNameOf("DC=contoso,DC=com"));
        assertEquals("emea.contoso.com", DnNames.dnsNameOf("CN=x,DC=emea,DC=contoso,DC=com"));
    }

    @Test
    void escapesValues() {
        assertEquals("Smith\\, John", DnNames.escapeValue("Smith, John"));
        assertEquals("\\#1\\ ", DnNames.escapeValue("#1 "));
        assertEquals("Smith, John", DnNames.firstValue("CN=" + DnNames.escapeValue("Smith, John") + ",DC=x"));
    }
}
