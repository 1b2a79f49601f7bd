package io.adtopo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Encryption;
import io.adtopo.tests.support.FaultProxy;
import io.adtopo.tests.support.ForestConnectionCatalog;
import io.adtopo.tests.support.ProblemsViewPage;
import io.adtopo.tests.support.TestForest;
import io.adtopo.tests.support.TopologyPartPage;
import io.adtopo.tests.support.Workbench;
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
