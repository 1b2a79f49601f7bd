package io.adtopo.core.ldap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LdapEntryTest {

    private final LdapEntry entry = LdapEntry.builder("CN=x,DC=y").add("objectClass", "top")
            .add("objectClass", "nTDSDSA").add("options", "-2147483647").add("cost", "150")
            .add("enabledConnection", "TRUE").add("objectGUID", new byte[] { 1, 2, (byte) 0xff })
            .add("badNumber", "12a").build();

    @Test
    void namesMatchWithoutCase() {
        assertTrue(entry.has("OBJECTCLASS"));
        assertEquals(List.of("top", "nTDSDSA"), entry.strings("objectclass"));
        assertTrue(entry.isA("ntdsdsa"));
        assertFalse(entry.isA("server"));
    }

    @Test
    void numbersAndFlags() {
        assertEquals(150, entry.number("cost", 0));
        assertEquals(0x80000001, entry.flags("options"));
        assertEquals(7, entry.number("badNumber", 7));
        assertEquals(9, entry.number("missing", 9));
        assertEquals(0, entry.flags("missing"));
    }

    @Test
    void booleansAndText() {
        assertTrue(entry.bool("enabledConnection", false));
        assertTrue(entry.bool("missing", true));
        assertEquals("", entry.text("missing"));
    }

    @Test
    void bytesAreCopies() {
        byte[] first = entry.bytes("objectGUID").orElseThrow();
        first[0] = 42;
        assertArrayEquals(new byte[] { 1, 2, (byte) 0xff }, entry.bytes("objectGUID").orElseThrow());
    }
}
