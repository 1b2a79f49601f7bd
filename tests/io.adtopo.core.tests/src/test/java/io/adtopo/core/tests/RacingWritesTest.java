package io.adtopo.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.adtopo.core.changes.ChangeApplier;
import io.adtopo.core.changes.ChangeLog;
import io.adtopo.core.changes.EntryChange;
import io.adtopo.core.checks.Check;
import io.adtopo.core.checks.FixCandidate;
import io.adtopo.core.checks.ServerReferenceChecks;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.topology.Topology;
import io.adtopo.tests.support.Ldapsearch;
import io.adtopo.tests.support.TestForest;

/**
 * Racing writes: 20 rounds in which adtopo prepares a quick fix (the preview), another client (OpenLDAP's
 * ldapmodify, a separate process and connection) changes the same server object, and adtopo then applies
 * its fix. Every round must end with the other client's value in the directory, adtopo refusing with
 * "changed since it was read; nothing was written", and no record in adtopo's change log. Rounds alternate
 * between the two kinds of fix: a value replaced (delete old, add new, in one modify) and a value added
 * where none was. Prints the tally.
 */
class RacingWritesTest {

    private static final int ROUNDS = 20;
    private static final String SITES = "CN=Sites,CN=Configuration,DC=contoso,DC=test";
    private static final String DENDC1 = "CN=DENDC1,CN=Servers,CN=Denver," + SITES;
    private static final String HOUDC1 = "CN=HOUDC1,CN=Servers,CN=Houston," + SITES;
    private static final String DENDC1_FIXTURE_VALUE = "CN=FS-DEN,CN=Computers,DC=contoso,DC=test";
    private static final List<String> OTHER_VALUES = List.of("CN=LONDC1,OU=Domain Controllers,DC=contoso,DC=test",
            "CN=SEADC1,OU=Domain Controllers,DC=contoso,DC=test", "CN=CHADC1,OU=Domain Controllers,DC=contoso,DC=test",
            "CN=FS-DEN,CN=Computers,DC=contoso,DC=test");

    private final TestForest forest = TestForest.get();

    @TempDir
    Path dir;

    @AfterAll
    static void resetForest() throws Exception {
        TestForest.get().reset();
    }

    @Test
    void theOtherClientsValueSurvivesEveryRoundAndNothingFalseIsLogged() throws Exception {
        List<String> inconsistent = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            boolean replace = round % 2 == 0;
            String server = replace ? DENDC1 : HOUDC1;
            String other = OTHER_VALUES.get(round / 2 % OTHER_VALUES.size());
            if (replace && DnNames.same(other, DENDC1_FIXTURE_VALUE)) {
                other = OTHER_VALUES.get(0);
            }
            ChangeLog log = new ChangeLog(dir.resolve("changes-" + round + ".ldif"));

            EntryChange fix = preview(server, replace);
            otherClientSets(server, other, replace);
            String outcome = apply(log, fix);
            String value = serverReferenceOnDc1(server);

            boolean consistent = outcome.contains("changed on") && outcome.contains("nothing was written")
                    && DnNames.same(other, value) && log.records().isEmpty();
            if (!consistent) {
                inconsistent.add("round " + round + " (" + server + "): " + outcome + "; value now " + value
                        + "; log " + log.records());
            }
            restore(server, other, replace);
        }
        System.out.printf("Racing writes: %d rounds, %d consistent (the other client's value kept, \"changed since"
                + " it was read\" reported, nothing logged)%n", ROUNDS, ROUNDS - inconsistent.size());
        assertEquals(List.of(), inconsistent);
    }

    /** The quick fix adtopo would preview now for the server's serverReference problem on DC1. */
    private EntryChange preview(String server, boolean replace) throws Exception {
        Topology dc1 = forest.topology(1);
        Topology dc2 = forest.topology(2);
        Check check = replace ? Check.SERVER_REFERENCE_NOT_DC : Check.SERVER_REFERENCE_MISSING;
        FixCandidate fix = ServerReferenceChecks.run(dc1, List.of(dc2)).stream()
                .filter(p -> p.check() == check && DnNames.same(server, p.subjectDn())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + check.id() + " for " + server)).fixes().get(0);
        String ldif = fix.change().toLdif().replace("\n ", "");
        if (replace) {
            assertTrue(ldif.contains("delete: serverReference\nserverReference: " + DENDC1_FIXTURE_VALUE
                    + "\n-\nadd: serverReference\n"), "one modify: delete the value seen, add the new one:\n" + ldif);
        } else {
            assertTrue(ldif.contains("add: serverReference\n"), ldif);
        }
        return fix.change();
    }

    private String apply(ChangeLog log, EntryChange fix) throws IOException {
        try (DirectorySession session = forest.open(1)) {
            new ChangeApplier(log).applyFix(session, "forest/dc1", "racing fix", fix);
            return "written";
        } catch (DirectoryException e) {
            return e.kind() + ": " + e.getMessage();
        }
    }

    private void otherClientSets(String server, String value, boolean replace) throws Exception {
        ldapmodify("dn: " + server + "\nchangetype: modify\n" + (replace ? "replace" : "add") + ": serverReference\n"
                + "serverReference: " + value + "\n");
    }

    /** Puts the fixture's fault back: DENDC1 pointing at FS-DEN, HOUDC1 without serverReference on DC1. */
    private void restore(String server, String other, boolean replace) throws Exception {
        if (replace) {
            ldapmodify("dn: " + server + "\nchangetype: modify\nreplace: serverReference\nserverReference: "
                    + DENDC1_FIXTURE_VALUE + "\n");
        } else {
            ldapmodify("dn: " + server + "\nchangetype: modify\ndelete: serverReference\n");
        }
        assertTrue(replace ? DnNames.same(DENDC1_FIXTURE_VALUE, serverReferenceOnDc1(server))
                : serverReferenceOnDc1(server).isEmpty(), "restored " + server + " after " + other);
    }

    private String serverReferenceOnDc1(String server) throws Exception {
        return Ldapsearch.search(forest, 1, server, "(objectClass=server)", "serverReference").stream()
                .filter(e -> DnNames.same(e.dn, server)).findFirst().orElseThrow().strings("serverReference")
                .stream().findFirst().orElse("");
    }

    /** OpenLDAP's ldapmodify against DC1 as the administrator: the other client, on its own connection. */
    private void ldapmodify(String ldif) throws IOException, InterruptedException {
        Path password = Files.createTempFile(dir, "pw", "");
        Files.write(password, forest.adminPassword().getBytes(StandardCharsets.UTF_8));
        Process process = new ProcessBuilder("ldapmodify", "-x", "-H", "ldap://" + forest.address(1) + ":389", "-D",
                forest.adminDn(), "-y", password.toString()).redirectErrorStream(true).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(ldif.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("ldapmodify failed: " + out + "\n" + ldif);
        }
    }
}
