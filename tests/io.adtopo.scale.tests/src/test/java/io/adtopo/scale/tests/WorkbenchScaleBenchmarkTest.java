package io.adtopo.scale.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.topology.Server;
import io.adtopo.core.topology.Topology;
import io.adtopo.tests.support.ForestConnectionCatalog;
import io.adtopo.tests.support.TopologyPartPage;
import io.adtopo.tests.support.Workbench;
import io.adtopo.ui.topology.TopologyView;

/**
 * Benchmark of the Sites and Servers view on the synthetic forest, in the workbench: a watchdog posts a
 * runnable to the display thread every few milliseconds and notes how late each one runs (the longest is the
 * longest time the UI could not answer), and when the first sites appear in the tree against when the whole
 * load ends. Prints the figures with their targets; asserts only that the view ends showing every site and
 * that its tree made rows only for what it showed.
 */
class WorkbenchScaleBenchmarkTest {

    private static final Duration LOAD = Duration.ofMinutes(5);

    private final ScaleDirectory dc = ScaleDirectory.get();
    private TopologyPartPage page;

    @AfterEach
    void close() {
        if (page != null) {
            Workbench.uiRun(() -> Workbench.page().setPartState(Workbench.page().getReference(page.view()),
                    IWorkbenchPage.STATE_RESTORED));
            Workbench.closeView(page.view());
        }
        ForestConnectionCatalog.clearExtra();
    }

    @Test
    void sitesAndServersStaysResponsiveWhileItLoads() throws Exception {
        String key = ForestConnectionCatalog.addExtra(dc.profile(), dc.get("admin.dn"), dc.get("admin.password"));
        page = TopologyPartPage.open(TopologyView.ID);
        TopologyView view = (TopologyView) page.view();
        // maximized, as an administrator reading a large forest would have it: a screenful of rows to make
        Workbench.uiRun(() -> Workbench.page().setPartState(Workbench.page().getReference(view),
                IWorkbenchPage.STATE_MAXIMIZED));
        Tree tree = Workbench.ui(() -> (Tree) view.viewer().getControl());
        settle(Display.getDefault()); // the maximized workbench paints its tab folders and trim first

        for (int round = 0; round < 2; round++) { // the first round warms the DC and the JVM up
            DisplayWatchdog watchdog = new DisplayWatchdog(Display.getDefault(), tree);
            long start = System.nanoTime();
            watchdog.start();
            if (round == 0) {
                Workbench.uiRun(() -> view.showConnection(key));
            } else {
                Workbench.uiRun(view::reload);
            }
            Workbench.waitForJobs(TopologyView.LOAD_FAMILY, LOAD);
            page.waitForLoad(LOAD);
            long loaded = (System.nanoTime() - start) / 1_000_000;
            watchdog.stop();
            if (round == 1) {
                report(watchdog, loaded);
            }
        }
        Topology topology = Workbench.ui(view::topology);
        assertEquals(dc.number("count.sites"), topology.sites().size());
        int[] made = Workbench.ui(() -> madeRows(tree));
        BenchmarkReport.get().line(String.format("  Sites and Servers after the load: %d of %d top-level rows made, %d"
                + " below them (a virtual tree: a row is made when it is shown or its parent opened; the view"
                + " maximized, %d pixels high)", made[0], made[1], made[2],
                Workbench.ui(() -> tree.getClientArea().height)));
        assertEquals(topology.sites().size() + 1, made[1], "a row for each site and the transports");
        if (!TopologyView.opensEverySite(topology)) {
            assertTrue(made[0] < made[1], "rows not shown are not made: " + made[0] + " of " + made[1]);
            assertEquals(0, made[2], "no site is opened, so no row below the sites is made");
        }
        // a server far below the rows made is still found and shown (as Find DSA from a Message reveals it)
        Server last = topology.servers().get(topology.servers().size() - 1);
        Workbench.uiRun(() -> view.reveal(last));
        assertEquals(List.of(DnNames.firstValue(last.siteDn()), last.name()), page.selectedPath());
        List<String> roots = page.roots();
        for (int i = 0; i < topology.sites().size(); i += Math.max(1, topology.sites().size() / 20)) {
            String site = topology.sites().get(i).name();
            assertTrue(roots.contains(site), site + " is shown");
        }
    }

    /** Waits (5 s at most) until five round trips to the display thread in a row each take under 20 ms. */
    private static void settle(Display display) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        int quick = 0;
        while (quick < 5 && System.nanoTime() < deadline) {
            long start = System.nanoTime();
            display.syncExec(() -> { });
            quick = System.nanoTime() - start < 20_000_000L ? quick + 1 : 0;
            Thread.sleep(20);
        }
    }

    /**
     * How many top-level rows hold their element, how many top-level rows there are, and how many rows below
     * them hold theirs (asking none of this makes a row).
     */
    private static int[] madeRows(Tree tree) {
        int made = 0;
        int below = 0;
        for (TreeItem item : tree.getItems()) {
            if (item.getData() != null) {
                made++;
                below += madeBelow(item);
            }
        }
        return new int[] { made, tree.getItemCount(), below };
    }

    private static int madeBelow(TreeItem parent) {
        int made = 0;
        for (TreeItem item : parent.getItems()) {
            if (item.getData() != null) {
                made += 1 + madeBelow(item);
            }
        }
        return made;
    }

    private void report(DisplayWatchdog watchdog, long loadedMillis) {
        BenchmarkReport report = BenchmarkReport.get();
        long first = watchdog.firstItemsMillis();
        report.verdict(String.format("Sites and Servers: whole load shown after %d ms; first sites shown after %s",
                loadedMillis, first < 0 ? "the load (never before it)" : first + " ms"),
                "the first sites before the load ends", first >= 0 && first < loadedMillis - 50);
        report.verdict(String.format("Sites and Servers: longest time the display thread did not answer during the"
                + " load: %d ms (%d probes)", watchdog.longestStallMillis(), watchdog.probes()), "at most 100 ms",
                watchdog.longestStallMillis() <= 100);
        if (!watchdog.longestStallWhere().isEmpty()) {
            report.line("  the display thread during the longest stall:" + watchdog.longestStallWhere());
        }
    }
}
