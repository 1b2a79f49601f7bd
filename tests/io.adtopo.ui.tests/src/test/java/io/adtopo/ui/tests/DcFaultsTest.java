package io.adtopo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Encryption;
import io.adtopo.core.ldap.DirectoryConnector;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.topology.TopologyReader;
import io.adtopo.tests.support.FaultProxy;
import io.adtopo.tests.support.ForestConnectionCatalog;
import io.adtopo.tests.support.ProblemsViewPage;
import io.adtopo.tests.support.TestForest;
import io.adtopo.tests.support.TopologyPartPage;
import io.adtopo.tests.support.Workbench;
import io.adtopo.ui.dfs.DfsNamespacesView;
import io.adtopo.ui.topology.TopologyView;
import io.adtopo.ui.validation.ProblemMarkers;

/**
 * DC faults: Sites and Servers reads DC1 through a proxy that counts the search result entries DC1 sends and,
 * at a chosen count, stops DC1's samba (TERM, or KILL) before relaying anything more. Ten points spread over
 * a whole topology read (the read that validation runs on). After each: the view still shows the last
 * complete topology, marked with the error; the Problems markers of the connection are those of the last
 * complete read (validation never runs on half-read data); no load or validation job is left; after DC1 is
 * started again, a refresh gives the whole topology and the same markers. Prints the tally.
 */
class DcFaultsTest {

    private static final Duration LOAD = Duration.ofSeconds(60);
    private static final int POINTS = 10;

    private final TestForest forest = TestForest.get();
    private TopologyPartPage page;

    @AfterEach
    void close() throws Exception {
        if (page != null) {
            Workbench.closeView(page.view());
        }
        ForestConnectionCatalog.clearExtra();
        forest.start();
    }

    @Test
    void stoppingTheDcAtTenPointsOfAReadLeavesTheLastCompleteTopologyAndItsMarkers() throws Exception {
        try (FaultProxy proxy = new FaultProxy(forest.address(1), 389)) {
            ConnectionProfile viaProxy = new ConnectionProfile("faults", "DC1 through a fault proxy", "127.0.0.1",
                    proxy.port(), Encryption.NONE, forest.adminDn(), false, ForestConnectionCatalog.ID);
            String key = ForestConnectionCatalog.addExtra(viaProxy, forest.adminDn(), forest.adminPassword());
            page = TopologyPartPage.open(TopologyView.ID);
            Workbench.waitUntil("the chooser offers the proxy", LOAD,
                    () -> page.connectionChoices().stream().anyMatch(c -> c.startsWith(viaProxy.name())));
            page.chooseConnection(key, LOAD);
            proxy.resetCount();
            page.reload(LOAD);
            Workbench.waitForJobs(ProblemMarkers.FAMILY, LOAD);
            int entries = proxy.entries();
            List<String> whole = page.roots();
            Set<String> markers = markersOf(key);
            assertTrue(entries > POINTS && !markers.isEmpty(), entries + " entries, markers " + markers);

            List<String> inconsistent = new ArrayList<>();
            for (int point = 0; point < POINTS; point++) {
                int atEntry = 1 + point * (entries - 2) / (POINTS - 1);
                String signal = point % 2 == 0 ? "TERM" : "KILL";
                proxy.arm(atEntry, () -> stopDc1(signal));
                page.reload(LOAD);
                Workbench.waitForJobs(ProblemMarkers.FAMILY, LOAD);
                String status = page.status();
                List<String> shown = page.roots();
                Set<String> during = markersOf(key);
                boolean jobsLeft = Job.getJobManager().find(TopologyView.LOAD_FAMILY).length > 0
                        || Job.getJobManager().find(ProblemMarkers.FAMILY).length > 0;

                forest.start();
                page.reload(LOAD);
                Workbench.waitForJobs(ProblemMarkers.FAMILY, LOAD);
                boolean back = page.roots().equals(whole) && markersOf(key).equals(markers)
                        && page.status().startsWith(viaProxy.name());
                boolean marked = status.startsWith("Could not read the topology again: ")
                        && status.contains("Shown: the topology read at");
                if (!(marked && shown.equals(whole) && during.equals(markers) && !jobsLeft && back)) {
                    inconsistent.add(signal + " at entry " + atEntry + ": status \"" + status + "\", shown "
                            + shown.size() + " roots, markers " + during.size() + "/" + markers.size() + ", jobs left "
                            + jobsLeft + ", whole again " + back);
                }
            }
            System.out.printf("DC faults: %d points of a %d-entry topology read tried (TERM and KILL), %d consistent"
                    + " (last complete topology shown and marked, markers untouched, no job left, whole after"
                    + " restart)%n", POINTS, entries, POINTS - inconsistent.size());
            assertEquals(List.of(), inconsistent);
        }
    }

    @Test
    void stoppingTheDcWhileDfsNamespacesAreReadKeepsTheLastNamespacesMarked() throws Exception {
        try (FaultProxy proxy = new FaultProxy(forest.address(1), 389)) {
            ConnectionProfile viaProxy = new ConnectionProfile("faults-dfs", "DC1 for DFS through a fault proxy",
                    "127.0.0.1", proxy.port(), Encryption.NONE, forest.adminDn(), false, ForestConnectionCatalog.ID);
            String key = ForestConnectionCatalog.addExtra(viaProxy, forest.adminDn(), forest.adminPassword());
            page = TopologyPartPage.open(DfsNamespacesView.ID);
            DfsNamespacesView view = (DfsNamespacesView) page.view();
            Workbench.waitUntil("the chooser offers the proxy", LOAD,
                    () -> page.connectionChoices().stream().anyMatch(c -> c.startsWith(viaProxy.name())));
            page.chooseConnection(key, LOAD);
            Workbench.waitForJobs(DfsNamespacesView.READ_FAMILY, LOAD);
            proxy.resetCount();
            page.reload(LOAD);
            Workbench.waitForJobs(DfsNamespacesView.READ_FAMILY, LOAD);
            int total = proxy.entries();
            List<String> whole = page.roots();
            String loaded = page.status();
            int topologyEntries = topologyEntries(proxy);
            int dfsEntries = total - topologyEntries;
            assertTrue(dfsEntries >= 2 && !whole.isEmpty(), total + " entries, " + topologyEntries + " of them the"
                    + " topology's; shown " + whole);

            List<String> inconsistent = new ArrayList<>();
            int points = 0;
            for (int j = 1; j < dfsEntries; j += Math.max(1, (dfsEntries - 1) / 3)) {
                for (String signal : List.of("TERM", "KILL")) {
                    points++;
                    proxy.arm(topologyEntries + j, () -> stopDc1(signal));
                    page.reload(LOAD);
                    Workbench.waitForJobs(DfsNamespacesView.READ_FAMILY, LOAD);
                    String status = page.status();
                    List<String> shown = page.roots();
                    boolean jobsLeft = Job.getJobManager().find(DfsNamespacesView.READ_FAMILY).length > 0;
                    forest.start();
                    page.reload(LOAD);
                    Workbench.waitForJobs(DfsNamespacesView.READ_FAMILY, LOAD);
                    boolean back = page.roots().equals(whole) && page.status().equals(loaded);
                    if (!(status.startsWith("Could not read the DFS namespaces again: ") && shown.equals(whole)
                            && !jobsLeft && back && view.namespaces().size() == whole.size())) {
                        inconsistent.add(signal + " at DFS entry " + j + ": \"" + status + "\", shown " + shown
                                + ", jobs left " + jobsLeft + ", whole again " + back);
                    }
                }
            }
            System.out.printf("DC faults (DFS Namespaces): %d points of a %d-entry namespace read, %d consistent (last"
                    + " namespaces shown and marked, no job left, whole after restart)%n", points, dfsEntries,
                    points - inconsistent.size());
            assertEquals(List.of(), inconsistent);
        }
    }

    /** The entries of the topology read alone (as the view reads it, through the same proxy). */
    private int topologyEntries(FaultProxy proxy) throws Exception {
        ConnectionProfile profile = new ConnectionProfile("count", "count", "127.0.0.1", proxy.port(),
                Encryption.NONE, forest.adminDn(), false, ForestConnectionCatalog.ID);
        DirectoryConnector connector = new DirectoryConnector();
        proxy.resetCount();
        try (DirectorySession session = connector.open(profile, forest.adminCredentials(), forest.trust())) {
            new TopologyReader(() -> connector.open(profile, forest.adminCredentials(), forest.trust()))
                    .read(session, new NullProgressMonitor());
        }
        return proxy.entries();
    }

    private void stopDc1(String signal) {
        try {
            forest.stopDc(1, signal);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> markersOf(String key) {
        Set<String> out = new TreeSet<>();
        for (IMarker marker : ProblemsViewPage.markers()) {
            if (key.equals(marker.getAttribute(ProblemMarkers.CONNECTION, ""))) {
                out.add(marker.getAttribute(ProblemMarkers.CHECK, "") + " " + marker.getAttribute(ProblemMarkers.DN, ""));
            }
        }
        return out;
    }
}
