package io.adtopo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IMarker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.connection.Encryption;
import io.adtopo.core.replication.InboundNeighbor;
import io.adtopo.tests.support.ForestConnectionCatalog;
import io.adtopo.tests.support.ProblemsViewPage;
import io.adtopo.tests.support.TopologyPartPage;
import io.adtopo.tests.support.Workbench;
import io.adtopo.ui.TopologyPerspective;
import io.adtopo.ui.replication.ReplicationView;
import io.adtopo.ui.topology.TopologyPart;
import io.adtopo.ui.validation.ProblemMarkers;

/**
 * The Replication view on the forest through DC1's connection: each DC reached by its name, LIVDC1's three
 * links from HOUDC1 failing with 8589 listed first, the seed's DCs that do not answer listed apart, filters,
 * the /showrepl /csv copy, and the link with the validator's marker both ways.
 */
class ReplicationViewTest {

    private static final Duration LOAD = Duration.ofSeconds(90);
    private static final String DC1 = ForestConnectionCatalog.key(1, Encryption.NONE);

    private TopologyPartPage page;
    private ReplicationView view;

    @BeforeEach
    void open() {
        Workbench.showPerspective(TopologyPerspective.ID);
        page = TopologyPartPage.open(ReplicationView.ID);
        view = (ReplicationView) page.view();
        page.chooseConnection(DC1, LOAD);
        Workbench.waitUntil("the replication status is read", LOAD, () -> Workbench.ui(() -> view.status() != null));
    }

    @AfterEach
    void close() {
        Workbench.closeView(page.view());
    }

    @Test
    void theLinksFailingWith8589ComeFirst() {
        List<String> roots = page.roots();
        assertEquals(List.of("LIVDC1", "LIVDC1", "LIVDC1"), roots.subList(0, 3));
        assertEquals("Houston\\HOUDC1", page.column(2, "LIVDC1"));
        assertEquals("2026-10-31 22:00:00 UTC", page.column(3, "LIVDC1"));
        assertEquals("2026-11-01 10:00:00 UTC", page.column(4, "LIVDC1"));
        assertTrue(page.column(5, "LIVDC1").startsWith("8589 (0x218d) ERROR_DS_CANT_DERIVE_SPN_WITHOUT_SERVER_REF"),
                page.column(5, "LIVDC1"));
        assertEquals("3", page.column(6, "LIVDC1"));
        List<String> ncs = Workbench.ui(() -> view.visibleRows().subList(0, 3).stream()
                .map(InboundNeighbor::namingContext).sorted().collect(Collectors.toList()));
        assertEquals(List.of("CN=Configuration,DC=contoso,DC=test", "CN=Schema,CN=Configuration,DC=contoso,DC=test",
                "DC=contoso,DC=test"), ncs);
        assertTrue(roots.subList(3, roots.size()).contains("HOUDC1"), roots.toString());
        assertTrue(page.status().contains("3 failing"), page.status());
    }

    @Test
    void dcsThatDoNotAnswerAreListedApartAndASummaryFollows() {
        List<String> roots = page.roots();
        assertEquals("Summary (as repadmin /replsummary)", roots.get(roots.size() - 1));
        assertEquals("DCs not reached", roots.get(roots.size() - 2));
        List<String> lost = page.children("DCs not reached");
        assertEquals(List.of("CHADC1", "DENDC1", "LONDC1", "SEADC1"), lost.stream().sorted()
                .collect(Collectors.toList()));
        assertTrue(page.column(5, "DCs not reached", "DENDC1").startsWith("Cannot connect to ldap://127."),
                page.column(5, "DCs not reached", "DENDC1"));
        String sources = "Source DSA: largest delta, fails / total";
        page.children("Summary (as repadmin /replsummary)");
        assertEquals("3 / 3", page.column(6, "Summary (as repadmin /replsummary)", sources, "Houston\\HOUDC1"));
        assertEquals("8589 x3", page.column(5, "Summary (as repadmin /replsummary)", sources, "Houston\\HOUDC1"));
    }

    @Test
    void failingOnlyAndTheFilterNarrowTheRowsAndTheCsvFollowsThem() {
        org.eclipse.swt.widgets.Control root = Workbench.ui(() -> view.viewer().getControl().getParent());
        Button failing = Workbench.find(root, TopologyPart.WIDGET_KEY, "failing", Button.class);
        Workbench.uiRun(() -> {
            failing.setSelection(true);
            failing.notifyListeners(SWT.Selection, null);
        });
        assertEquals(3, Workbench.ui(() -> view.visibleRows().size()));
        Text filter = Workbench.find(root, TopologyPart.WIDGET_KEY, "filter", Text.class);
        Workbench.uiRun(() -> filter.setText("schema"));
        List<String> csv = Workbench.ui(() -> view.csv()).lines().collect(Collectors.toList());
        assertEquals(2, csv.size(), csv.toString());
        assertTrue(csv.get(0).startsWith("showrepl_COLUMNS,Destination DSA Site,Destination DSA,Naming Context,"));
        assertTrue(csv.get(1).matches("showrepl_INFO,[^,]+,LIVDC1,\"CN=Schema,CN=Configuration,DC=contoso,DC=test\","
                + "Houston,HOUDC1,RPC,3,2026-11-01 10:00:00,2026-10-31 22:00:00,8589"), csv.get(1));
    }

    @Test
    void theFailingLinkNamesTheValidatorsProblemAndTheProblemOpensTheReplication() {
        Workbench.waitForJobs(ProblemMarkers.FAMILY, LOAD);
        IMarker marker = ProblemsViewPage.marker("ADTOPO-1", "Houston\\HOUDC1", DC1);
        assertEquals(marker.getAttribute(IMarker.MESSAGE, ""), page.column(7, "LIVDC1"));

        Workbench.uiRun(() -> view.setFilter(""));
        IMarkerResolution show = null;
        for (IMarkerResolution resolution : IDE.getMarkerHelpRegistry().getResolutions(marker)) {
            if (resolution.getLabel().equals("Show the replication HOUDC1 breaks")) {
                show = resolution;
            }
        }
        IMarkerResolution chosen = show;
        assertTrue(chosen != null, "the marker offers to show the replication it breaks");
        Workbench.uiRun(() -> chosen.run(marker));
        List<InboundNeighbor> rows = Workbench.ui(() -> view.visibleRows());
        assertTrue(rows.size() >= 3, rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.sourceName().contains("HOUDC1")
                || r.destination().name().equals("HOUDC1")), rows.toString());
        assertTrue(rows.get(0).isFailing());
    }
}
