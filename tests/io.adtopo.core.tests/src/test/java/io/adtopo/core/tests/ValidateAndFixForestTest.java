package io.adtopo.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.adtopo.core.changes.ChangeApplier;
import io.adtopo.core.changes.ChangeLog;
import io.adtopo.core.changes.ChangeRecord;
import io.adtopo.core.changes.EntryChange;
import io.adtopo.core.checks.Check;
import io.adtopo.core.checks.FixCandidate;
import io.adtopo.core.checks.Problem;
import io.adtopo.core.checks.ServerReferenceChecks;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.topology.Topology;
import io.adtopo.tests.support.Ldapsearch;
import io.adtopo.tests.support.TestForest;

/**
 * The validator on the two-DC forest, and its quick fix for the seed's case: DC1's copy of HOUDC1's server
 * object lost serverReference, DC2's copy has it. Writes to DC1; the forest is reset afterwards.
 */
class ValidateAndFixForestTest {

    private static final String HOUDC1 = "CN=HOUDC1,CN=Servers,CN=Houston,CN=Sites,CN=Configuration,DC=contoso,DC=test";

    private final TestForest forest = TestForest.get();

    @TempDir
    Path dir;

    @AfterAll
    static void resetForest() throws Exception {
        TestForest.get().reset();
    }

    private DirectorySession open(int dc) throws DirectoryException {
        return forest.open(dc);
    }

    private Topology read(int dc) throws Exception {
        return forest.topology(dc);
    }

    @Test
    void eachFixtureFaultIsFoundOnTheRightDc() throws Exception {
        Topology dc1 = read(1);
        Topology dc2 = read(2);
        assertEquals(Map.of("Charlotte\\CHADC1", List.of("ADTOPO-6"), "Charlotte\\CHADC1-OLD", List.of("ADTOPO-6"),
                "Denver\\DENDC1", List.of("ADTOPO-3"), "Houston\\HOUDC1", List.of("ADTOPO-1", "ADTOPO-7"),
                "London\\LONDC1", List.of("ADTOPO-5", "ADTOPO-5"), "Seattle\\SEADC1", List.of("ADTOPO-4")),
                fired(ServerReferenceChecks.run(dc1, List.of(dc2))));
        Map<String, List<String>> onDc2 = fired(ServerReferenceChecks.run(dc2, List.of(dc1)));
        assertFalse(onDc2.containsKey("Houston\\HOUDC1"), "DC2's copy is whole: " + onDc2);
        assertFalse(onDc2.containsKey("Liverpool\\LIVDC1"));
        assertEquals(List.of("ADTOPO-3"), onDc2.get("Denver\\DENDC1"));
    }

    @Test
    void theQuickFixCopiesDc2sValueToDc1AndTheUndoRestoresTheFault() throws Exception {
        Topology dc1 = read(1);
        Topology dc2 = read(2);
        Problem missing = ServerReferenceChecks.run(dc1, List.of(dc2)).stream()
                .filter(p -> p.check() == Check.SERVER_REFERENCE_MISSING).findFirst().orElseThrow();
        FixCandidate fix = missing.fixes().get(0);
        assertTrue(fix.reason().startsWith("the value on houdc1.contoso.test's copy"), fix.reason());
        assertEquals("Set serverReference to " + forest.get("dc2.computer.dn"), fix.label());
        assertEquals("dn: " + HOUDC1 + "\nchangetype: modify\nadd: serverReference\nserverReference: "
                + forest.get("dc2.computer.dn") + "\n-\n", fix.change().toLdif().replace("\n ", ""));

        ChangeLog log = new ChangeLog(dir.resolve("changes.ldif"));
        ChangeRecord record;
        try (DirectorySession session = open(1)) {
            record = new ChangeApplier(log).applyFix(session, "forest/dc1", fix.label(), fix.change());
        }
        assertEquals("ldap://" + forest.address(1) + ":389", record.server());
        assertTrue(backlinkAppears(), "serverReferenceBL is back on DC1's copy of the computer");
        Topology fixed = read(1);
        assertFalse(fired(ServerReferenceChecks.run(fixed, List.of(read(2)))).containsKey("Houston\\HOUDC1"),
                "re-validation is clean for HOUDC1");

        try (DirectorySession session = open(1)) {
            new ChangeApplier(log).undo(session, log.lastUndoable().orElseThrow());
        }
        assertFalse(read(1).server(HOUDC1).orElseThrow().hasServerReference(), "undo restored the fault");
        assertTrue(log.lastUndoable().isEmpty());
        assertEquals(2, log.records().size());
    }

    @Test
    void aFixRefusesWhenTheEntryChangedSincePreviewAndWritesNothing() throws Exception {
        Topology dc1 = read(1);
        EntryChange fix = ServerReferenceChecks.run(dc1, List.of()).stream()
                .filter(p -> p.check() == Check.SERVER_REFERENCE_NOT_DC).findFirst().orElseThrow().fixes().get(0)
                .change();
        String dendc1 = "CN=DENDC1,CN=Servers,CN=Denver,CN=Sites,CN=Configuration,DC=contoso,DC=test";
        String other = "CN=LONDC1,OU=Domain Controllers,DC=contoso,DC=test";
        // another administrator changes the entry between preview and apply
        try (DirectorySession session = open(1)) {
            session.modify(EntryChange.setValue(dendc1, "serverReference", "CN=FS-DEN,CN=Computers,DC=contoso,DC=test",
                    other));
        }
        ChangeLog log = new ChangeLog(dir.resolve("changes.ldif"));
        try (DirectorySession session = open(1)) {
            DirectoryException e = assertThrows(DirectoryException.class,
                    () -> new ChangeApplier(log).applyFix(session, "forest/dc1", "fix DENDC1", fix));
            assertEquals(DirectoryException.Kind.CONFLICT, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("changed on"), e.getMessage());
        }
        assertTrue(DnNames.same(other, read(1).server(dendc1).orElseThrow().serverReference()),
                "the other administrator's value is intact");
        assertTrue(log.records().isEmpty(), "nothing is logged for a write that did not happen");
        try (DirectorySession session = open(1)) {
            session.modify(EntryChange.setValue(dendc1, "serverReference", other,
                    "CN=FS-DEN,CN=Computers,DC=contoso,DC=test"));
        }
    }

    /**
     * Whether DC1's copy of HOUDC1's computer lists the server in serverReferenceBL, read by ldapsearch on a new
     * connection. The search is a subtree search (Ldapsearch's only kind) and the computer has a child, its RID
     * Set, which Samba may return first: take the computer's own entry.
     */
    private boolean backlinkAppears() throws Exception {
        String computer = forest.get("dc2.computer.dn");
        return Ldapsearch.search(forest, 1, computer, "(objectClass=*)", "serverReferenceBL").stream()
                .filter(e -> DnNames.same(e.dn, computer)).findFirst().orElseThrow().strings("serverReferenceBL")
                .stream().anyMatch(v -> DnNames.same(v, HOUDC1));
    }

    private static Map<String, List<String>> fired(List<Problem> problems) {
        Map<String, List<String>> fired = new TreeMap<>();
        for (Problem p : problems) {
            fired.computeIfAbsent(p.subjectName(), k -> new ArrayList<>()).add(p.check().id());
        }
        fired.replaceAll((k, v) -> v.stream().sorted().collect(Collectors.toList()));
        return fired;
    }
}
