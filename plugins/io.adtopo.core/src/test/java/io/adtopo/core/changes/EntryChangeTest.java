package io.adtopo.core.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class EntryChangeTest {

    private static final String SERVER = "CN=HOUDC1,CN=Servers,CN=Houston,CN=Sites,DC=x";

    @Test
    void settingAnAbsentValueIsAnAddAndItsReverseADelete() {
        EntryChange set = EntryChange.setValue(SERVER, "serverReference", null, "CN=HOUDC1,OU=DCs,DC=x");
        assertEquals("dn: " + SERVER + "\nchangetype: modify\nadd: serverReference\n"
                + "serverReference: CN=HOUDC1,OU=DCs,DC=x\n-\n", set.toLdif());
        assertEquals("dn: " + SERVER + "\nchangetype: modify\ndelete: serverReference\n"
                + "serverReference: CN=HOUDC1,OU=DCs,DC=x\n-\n", set.reverse().toLdif());
    }

    @Test
    void replacingAValueDeletesTheOldOneFirstAndTheReverseRestoresIt() {
        EntryChange set = EntryChange.setValue(SERVER, "dNSHostName", "old.x", "new.x");
        assertEquals(List.of(Modification.delete("dNSHostName", "old.x"), Modification.add("dNSHostName", "new.x")),
                set.modifications());
        assertEquals(List.of(Modification.delete("dNSHostName", "new.x"), Modification.add("dNSHostName", "old.x")),
                set.reverse().modifications());
        assertEquals(set, set.reverse().reverse());
    }

    @Test
    void refusesChangesThatAreNotCompareAndSet() {
        assertThrows(IllegalArgumentException.class,
                () -> new EntryChange(SERVER, List.of(Modification.replace("dNSHostName", "x"))));
        assertThrows(IllegalArgumentException.class,
                () -> new EntryChange(SERVER, List.of(Modification.delete("serverReference"))));
        assertThrows(IllegalArgumentException.class, () -> new EntryChange(SERVER, List.of()));
    }

    @Test
    void unsafeValuesAreBase64AndLongLinesFolded() {
        EntryChange change = EntryChange.addValues("CN=M\u00fcller,DC=x", "description", List.of(" leading space"));
        String ldif = change.toLdif();
        assertEquals("dn:: Q049TcO8bGxlcixEQz14\nchangetype: modify\nadd: description\n"
                + "description:: IGxlYWRpbmcgc3BhY2U=\n-\n", ldif);
        String longDn = "CN=" + "x".repeat(100) + ",DC=x";
        String folded = EntryChange.addValues(longDn, "a", List.of("b")).toLdif();
        assertEquals(76, folded.indexOf('\n'));
        assertEquals(' ', folded.charAt(77));
    }
}
