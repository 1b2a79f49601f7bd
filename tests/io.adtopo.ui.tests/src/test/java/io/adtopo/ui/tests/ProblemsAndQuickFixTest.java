package io.adtopo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.core.resources.IMarker;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Encryption;
import io.adtopo.tests.support.ChangePreviewPage;
import io.adtopo.tests.support.ForestConnectionCatalog;
import io.adtopo.tests.support.ProblemsViewPage;
import io.adtopo.tests.support.TestForest;
import io.adtopo.tests.support.TopologyPartPage;
import io.adtopo.tests.support.Workbench;
import io.adtopo.ui.topology.TopologyView;

/**
 * The validator in the workbench, on the seed's case: both DCs' copies are loaded, the Problems view lists
 * HOUDC1's missing serverReference on DC1, the quick fix shows its LDIF and writes DC2's value to DC1, the
 * marker goes; "Undo Last adtopo Fix" restores the fault. The forest is reset afterwards.
 */
class ProblemsAndQuickFixTest {

    private static final Duration LOAD = Duration.ofSeconds(60);
    private static final String DC1 = ForestConnectionCatalog.key(1, Encryption.NONE);
    private static final String DC2 = ForestConnectionCatalog.key(2, Encryption.LDAPS);

    private final TestForest forest = TestForest.get();
    private TopologyPartPage page;

    @BeforeEach
    void loadBothCopies() {
        page = TopologyPartPage.open(TopologyView.ID);
        page.chooseConnection(DC2, LOAD);
        page.chooseConnection(DC1, LOAD);
        waitForMarkers();
    }

    @AfterEach
    void close() {
        Workbench.closeView(page.view());
        ForestConnectionCatalog.clearExtra();
    }

    @AfterAll
    static void resetForest() throws Exception {
        TestForest.get().reset();
    }

    @Test
    void theProblemsViewListsTheFaultsOfEachCopy() {
        assertNotNull(ProblemsViewPage.marker("ADTOPO-1", "Houston\\HOUDC1", DC1));
        assertNotNull(ProblemsViewPage.marker("ADTOPO-7", "Houston\\HOUDC1", DC1));
        assertNull(ProblemsViewPage.marker("ADTOPO-1", "Houston\\HOUDC1", DC2), "DC2's copy is whole");
        assertNotNull(ProblemsViewPage.marker("ADTOPO-3", "Denver\\DENDC1", DC2));
        IMarker marker = ProblemsViewPage.marker("ADTOPO-1", "Houston\\HOUDC1", DC1);
        assertEquals("Houston\\HOUDC1 on livdc1.contoso.test (Test forest LIVDC1)",
                marker.getAttribute(IMarker.LOCATION, ""));
        assertEquals("livdc1.contoso.test", marker.getAttribute("dc", ""));
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        ProblemsViewPage.waitForDescription("ADTOPO-1 Houston\\HOUDC1 has NTDS Settings but no serverReference on "
                + "livdc1.contoso.test");
    }

    @Test
    void theQuickFixShowsItsLdifWritesDc2sValueAndTheMarkerGoesThenUndoBringsItBack() {
        IMarker marker = ProblemsViewPage.marker("ADTOPO-1", "Houston\\HOUDC1", DC1);
        IMarkerResolution fix = resolution(marker, "Set serverReference to " + forest.get("dc2.computer.dn"));
        Workbench.uiLater(() -> fix.run(marker));
        ChangePreviewPage preview = ChangePreviewPage.waitFor("Apply Fix");
        String ldif = preview.ldif();
        assertTrue(ldif.contains("# why: the value on houdc1.contoso.test's copy"), ldif);
        assertTrue(ldif.replace("\n ", "").contains("dn: " + forest.get("dc2.server.dn") + "\nchangetype: modify\n"
                + "add: serverReference\nserverReference: " + forest.get("dc2.computer.dn") + "\n-\n"), ldif);
        assertTrue(preview.message().contains("ldap://127.0.0.2:389"), preview.message());
        preview.press("apply");
        waitForWrites();
        assertNull(ProblemsViewPage.marker("ADTOPO-1", "Houston\\HOUDC1", DC1), "the marker is gone");
        assertNull(ProblemsViewPage.marker("ADTOPO-7", "Houston\\HOUDC1", DC1), "the copies agree now");

        Workbench.uiLater(() -> {
            try {
                PlatformUI.getWorkbench().getService(IHandlerService.class)
                        .executeCommand("io.adtopo.ui.commands.undoLastFix", null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ChangePreviewPage undo = ChangePreviewPage.waitFor("Undo Last Fix");
        assertTrue(undo.ldif().replace("\n ", "").contains("delete: serverReference\nserverReference: "
                + forest.get("dc2.computer.dn")), undo.ldif());
        undo.press("apply");
        waitForWrites();
        assertNotNull(ProblemsViewPage.marker("ADTOPO-1", "Houston\\HOUDC1", DC1), "undo restored the fault");
    }

    @Test
    void aReadOnlyConnectionOnlyOffersTheLdif() throws Exception {
        ConnectionProfile readOnly = new ConnectionProfile("dc1-read-only", "LIVDC1 read-only", forest.address(1), 389,
                Encryption.NONE, forest.adminDn(), true, ForestConnectionCatalog.ID);
        String key = ForestConnectionCatalog.addExtra(readOnly, forest.adminDn(), forest.adminPassword());
        Workbench.waitUntil("the chooser offers the read-only connection", LOAD,
                () -> page.connectionChoices().stream().anyMatch(c -> c.startsWith("LIVDC1 read-only")));
        page.chooseConnection(key, LOAD);
        waitForMarkers();
        IMarker marker = ProblemsViewPage.marker("ADTOPO-5", "London\\LONDC1", key);
        IMarkerResolution fix = IDE.getMarkerHelpRegistry().getResolutions(marker)[0];
        Workbench.uiLater(() -> fix.run(marker));
        ChangePreviewPage preview = ChangePreviewPage.waitFor("Apply Fix");
        assertFalse(preview.hasButton("apply"), "no Apply on a read-only connection");
        assertTrue(preview.message().contains("read-only"), preview.message());
        String ldif = preview.ldif();
        preview.press("copy");
        assertEquals(ldif, Workbench.ui(() -> {
            Clipboard clipboard = new Clipboard(Display.getCurrent());
            try {
                return (String) clipboard.getContents(TextTransfer.getInstance());
            } finally {
                clipboard.dispose();
            }
        }));
        page.reload(LOAD);
        waitForMarkers();
        assertNotNull(ProblemsViewPage.marker("ADTOPO-5", "London\\LONDC1", key), "nothing was written");
    }

    private static IMarkerResolution resolution(IMarker marker, String label) {
        for (IMarkerResolution resolution : IDE.getMarkerHelpRegistry().getResolutions(marker)) {
            if (resolution.getLabel().equals(label)) {
                return resolution;
            }
        }
        throw new AssertionError("no quick fix " + label);
    }

    private static void waitForWrites() {
        Workbench.waitForJobs(writeFamily(), LOAD);
        Workbench.waitForJobs(TopologyView.LOAD_FAMILY, LOAD);
        waitForMarkers();
    }

    private static void waitForMarkers() {
        Workbench.waitForJobs(io.adtopo.ui.validation.ProblemMarkers.FAMILY, LOAD);
    }

    private static Object writeFamily() {
        return io.adtopo.ui.validation.ChangePreviewDialog.WRITE_FAMILY;
    }
}
