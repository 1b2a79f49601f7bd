package io.adtopo.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.adtopo.core.changes.ChangeApplier;
import io.adtopo.core.changes.ChangeLog;
import io.adtopo.core.changes.EntryChange;
import io.adtopo.core.changes.Modification;
import io.adtopo.core.checks.Check;
import io.adtopo.core.checks.ServerReferenceChecks;
import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Encryption;
import io.adtopo.core.ldap.DirectoryConnector;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.ldap.DnNames;
import io.adtopo.tests.support.FaultProxy;
import io.adtopo.tests.support.Ldapsearch;
import io.adtopo.tests.support.TestForest;

/**
 * DC faults during a quick-fix write: DC1's samba is stopped (TERM, or KILL) either when adtopo's modify
 * request reaches the proxy in front of it (the DC never sees it) or when the DC's answer does (the DC has
 * written; adtopo never hears). Each time adtopo must say the connection was lost and that whether the change
 * was applied is not known, its change log must claim nothing, and the directory must hold exactly what the
 * DC did. Prints the tally.
 */
class WriteFaultsTest {

    private static final String DENDC1 = "CN=DENDC1,CN=Servers,CN=Denver,CN=Sites,CN=Configuration,DC=contoso,DC=test";
    private static final String FIXTURE_VALUE = "CN=FS-DEN,CN=Computers,DC=contoso,DC=test";

    private final TestForest forest = TestForest.get();

    @TempDir
    Path dir;

    @AfterAll
    static void resetForest() throws Exception {
        TestForest.get().start();
        TestForest.get().reset();
    }

    @Test
    void aDcStoppedDuringAWriteLeavesAnHonestLogAndMessage() throws Exception {
        EntryChange fix = ServerReferenceChecks.run(forest.topology(1), List.of()).stream()
                .filter(p -> p.check() == Check.SERVER_REFERENCE_NOT_DC && DnNames.same(DENDC1, p.subjectDn()))
                .findFirst().orElseThrow().fixes().get(0).change();
        String fixedValue = fix.modifications().stream().filter(m -> m.operation() == Modification.Operation.ADD)
                .findFirst().orElseThrow().values().get(0);
        List<String> inconsistent = new ArrayList<>();
        int points = 0;
        try (FaultProxy proxy = new FaultProxy(forest.address(1), 389)) {
            for (boolean dcWrote : new boolean[] { false, true }) {
                for (String signal : List.of("TERM", "KILL")) {
                    points++;
                    ChangeLog log = new ChangeLog(dir.resolve("changes-" + points + ".ldif"));
                    proxy.armOn(dcWrote, dcWrote ? FaultProxy.MODIFY_RESPONSE : FaultProxy.MODIFY_REQUEST, 0,
                            () -> stopDc1(signal));
                    String outcome;
                    try (DirectorySession session = new DirectoryConnector().open(new ConnectionProfile("faults",
                            "DC1 through a fault proxy", "127.0.0.1", proxy.port(), Encryption.NONE, forest.adminDn(),
                            false, "test"), forest.adminCredentials(), forest.trust())) {
                        new ChangeApplier(log).applyFix(session, "faults", "fix DENDC1", fix);
                        outcome = "written";
                    } catch (DirectoryException e) {
                        outcome = e.kind() + ": " + e.getMessage();
                    }
                    forest.start();
                    String value = serverReference();
                    String expected = dcWrote ? fixedValue : FIXTURE_VALUE;
                    boolean consistent = outcome.startsWith("CONNECTION_LOST: ")
                            && outcome.contains("Whether the server applied the change is not known")
                            && log.records().isEmpty() && DnNames.same(expected, value);
                    if (!consistent) {
                        inconsistent.add(signal + (dcWrote ? " after the DC wrote" : " before the DC saw the write")
                                + ": " + outcome + "; value " + value + "; log " + log.records());
                    }
                    if (dcWrote) {
                        try (DirectorySession session = forest.open(1)) {
                            session.modify(EntryChange.setValue(DENDC1, "serverReference", fixedValue, FIXTURE_VALUE));
                        }
                    }
                }
            }
        }
        System.out.printf("Write faults: %d points (TERM and KILL, before and after the DC wrote), %d consistent"
                + " (connection lost and outcome unknown said, nothing logged, the directory as the DC left it)%n",
                points, points - inconsistent.size());
        assertEquals(List.of(), inconsistent);
    }

    private void stopDc1(String signal) {
        try {
            forest.stopDc(1, signal);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String serverReference() throws Exception {
        return Ldapsearch.search(forest, 1, DENDC1, "(objectClass=server)", "serverReference").stream()
                .filter(e -> DnNames.same(e.dn, DENDC1)).findFirst().orElseThrow().strings("serverReference").stream()
                .findFirst().orElse("");
    }
}
