package io.adtopo.core.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeLogTest {

    @TempDir
    Path dir;

    @Test
    void recordsReadBackAsWrittenAndUndoPicksTheLastOpenFix() throws Exception {
        ChangeLog log = new ChangeLog(dir.resolve("changes.ldif"));
        EntryChange first = EntryChange.setValue("CN=A,DC=x", "serverReference", null, "CN=A,OU=DCs,DC=x");
        EntryChange second = EntryChange.setValue("CN=B" + ",CN=Servers".repeat(10) + ",DC=x", "dNSHostName",
                "b-old.x", "b.x");
        log.append(ChangeRecord.Kind.FIX, 0, "forest/dc1", "ldap://127.0.0.2:389", "Set serverReference", first,
                first.reverse());
        ChangeRecord fix2 = log.append(ChangeRecord.Kind.FIX, 0, "forest/dc1", "ldap://127.0.0.2:389",
                "Align\nhost name", second, second.reverse());
        assertEquals(2, fix2.id());
        assertEquals(2, log.lastUndoable().orElseThrow().id());

        log.append(ChangeRecord.Kind.UNDO, 2, "forest/dc1", "ldap://127.0.0.2:389", "Undo", second.reverse(), second);
        List<ChangeRecord> records = log.records();
        assertEquals(3, records.size());
        assertEquals(first, records.get(0).change());
        assertEquals(first.reverse(), records.get(0).reverse());
        assertEquals(second, records.get(1).change(), "folded DNs read back whole");
        assertEquals("Align host name", records.get(1).description());
        assertEquals(ChangeRecord.Kind.UNDO, records.get(2).kind());
        assertEquals(1, log.lastUndoable().orElseThrow().id(), "change 2 was undone: change 1 is next");
    }

    @Test
    void theFileIsPlainLdifWithComments() throws Exception {
        ChangeLog log = new ChangeLog(dir.resolve("sub/changes.ldif"));
        EntryChange change = EntryChange.addValues("CN=LONDC1,OU=DCs,DC=x", "servicePrincipalName",
                List.of("GC/londc1.x/x"));
        log.append(ChangeRecord.Kind.FIX, 0, "studio/1", "ldap://dc:389", "Add SPN", change, change.reverse());
        String text = new String(Files.readAllBytes(log.file()), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# The change log of adtopo"), text);
        assertTrue(text.contains("\n# adtopo change 1\n# kind: fix\n"), text);
        assertTrue(text.contains("add: servicePrincipalName\nservicePrincipalName: GC/londc1.x/x\n-\n"), text);
        assertTrue(text.contains("# reverse of change 1\ndn: CN=LONDC1,OU=DCs,DC=x\nchangetype: modify\n"
                + "delete: servicePrincipalName\n"), text);
    }

    @Test
    void anEmptyLogHasNothingToUndo() throws Exception {
        assertTrue(new ChangeLog(dir.resolve("none.ldif")).lastUndoable().isEmpty());
    }
}
