package io.adtopo.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Encryption;
import io.adtopo.core.dfs.DfsNamespace;
import io.adtopo.core.dfs.DfsReader;
import io.adtopo.core.ldap.DirectoryConnector;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.tests.support.FaultProxy;
import io.adtopo.tests.support.TestForest;

/**
 * DC faults during the read a DFS preview starts from (namespaces, folders and target lists): DC1 is stopped
 * (TERM, or KILL) after a chosen number of entries; the read must fail as a whole with a clear message (no
 * namespace list made of half the folders), and after DC1 is back the same read gives the whole list.
 */
class DfsReadFaultsTest {

    private final TestForest forest = TestForest.get();

    @AfterAll
    static void startAgain() throws Exception {
        TestForest.get().start();
    }

    @Test
    void aDcStoppedMidReadFailsTheWholeReadAndARetryReadsEverything() throws Exception {
        List<String> whole = describe(read(null));
        List<String> inconsistent = new ArrayList<>();
        int points = 0;
        try (FaultProxy proxy = new FaultProxy(forest.address(1), 389)) {
            proxy.resetCount();
            describe(read(proxy));
            int entries = proxy.entries();
            assertTrue(entries >= 4, entries + " entries");
            for (int atEntry : java.util.stream.IntStream.of(1, entries / 3, 2 * entries / 3, entries - 1)
                    .filter(n -> n >= 1).distinct().toArray()) {
                for (String signal : List.of("TERM", "KILL")) {
                    points++;
                    proxy.armOn(true, FaultProxy.SEARCH_RESULT_ENTRY, atEntry, () -> stopDc1(signal));
                    String outcome;
                    try {
                        outcome = "read " + read(proxy).size() + " namespaces";
                    } catch (DirectoryException e) {
                        outcome = e.kind() + ": " + e.getMessage();
                    }
                    forest.start();
                    List<String> again = describe(read(proxy));
                    boolean consistent = outcome.startsWith("CONNECTION_LOST: The connection to ldap://127.0.0.1:")
                            && outcome.contains("was lost") && again.equals(whole);
                    if (!consistent) {
                        inconsistent.add(signal + " at entry " + atEntry + ": " + outcome + "; again " + again);
                    }
                }
            }
            System.out.printf("DFS read faults: %d points of a %d-entry read (TERM and KILL), %d consistent (failed as"
                    + " a whole with a clear message, whole after restart)%n", points, entries,
                    points - inconsistent.size());
        }
        assertEquals(List.of(), inconsistent);
    }

    private List<DfsNamespace> read(FaultProxy proxy) throws DirectoryException {
        ConnectionProfile profile = proxy == null ? forest.profile(1, Encryption.NONE)
                : new ConnectionProfile("faults", "DC1 through a fault proxy", "127.0.0.1", proxy.port(),
                        Encryption.NONE, forest.adminDn(), false, "test");
        try (DirectorySession session = new DirectoryConnector().open(profile, forest.adminCredentials(),
                forest.trust())) {
            return new DfsReader().read(session, forest.baseDn(), new NullProgressMonitor());
        }
    }

    private static List<String> describe(List<DfsNamespace> namespaces) {
        return namespaces.stream().map(n -> n.path() + " " + n.folders().stream()
                .map(f -> f.path() + "=" + f.targets().size()).collect(Collectors.joining(",")))
                .collect(Collectors.toList());
    }

    private void stopDc1(String signal) {
        try {
            forest.stopDc(1, signal);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
