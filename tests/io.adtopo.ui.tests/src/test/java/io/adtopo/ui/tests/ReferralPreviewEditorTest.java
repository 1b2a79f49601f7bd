package io.adtopo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.connection.Encryption;
import io.adtopo.tests.support.ExpectedReferrals;
import io.adtopo.tests.support.ForestConnectionCatalog;
import io.adtopo.tests.support.ReferralEditorPage;
import io.adtopo.tests.support.TestForest;
import io.adtopo.tests.support.TopologyPartPage;
import io.adtopo.tests.support.Workbench;
import io.adtopo.ui.TopologyPerspective;
import io.adtopo.ui.dfs.DfsNamespacesView;
import io.adtopo.ui.topology.TopologyView;

/**
 * DFS Namespaces and the referral preview editor in the workbench, over the forest's \\contoso.test\Public:
 * the table's order and sets for chosen sites (the expected-referrals table), the what-if side, the site-cost
 * page, and a folder whose target list is malformed.
 */
class ReferralPreviewEditorTest {

    private static final Duration LOAD = Duration.ofSeconds(90);
    private static final String NAMESPACE = "\\\\contoso.test\\Public";
    private TopologyPartPage dfs;
    private ReferralEditorPage editor;

    @BeforeEach
    void open() {
        Workbench.showPerspective(TopologyPerspective.ID);
        dfs = TopologyPartPage.open(DfsNamespacesView.ID);
        dfs.chooseConnection(ForestConnectionCatalog.key(1, Encryption.NONE), LOAD);
        ReferralEditorPage.waitForNamespaces(dfs, LOAD);
    }

    @AfterEach
    void close() {
        if (editor != null) {
            editor.close();
        }
        Workbench.closeView(dfs.view());
    }

    private static String expected(String folder, String site) {
        return ExpectedReferrals.withBridges(false).stream().filter(c -> c.folder.equals(folder) && c.site.equals(site))
                .findFirst().orElseThrow().sets;
    }

    @Test
    void theViewListsTheNamespacesWithTheirOrderingAndTheOlderOneAsNotPreviewed() {
        assertTrue(dfs.status().startsWith("2 namespaces"), dfs.status());
        assertEquals(List.of("\\\\contoso.test\\Legacy", NAMESPACE), dfs.roots());
        assertEquals(List.of("(namespace root)", "Archive", "Software"), dfs.children(NAMESPACE));
        assertEquals("not previewed", dfs.column(1, "\\\\contoso.test\\Legacy"));
        assertTrue(dfs.column(3, "\\\\contoso.test\\Legacy").contains("fTDfs"));
        assertEquals("Lowest cost (inherited from the namespace root)", dfs.column(1, NAMESPACE, "Software"));
        assertTrue(dfs.column(1, NAMESPACE, "Archive").startsWith("Exclude targets outside of the client's site"));
        assertEquals("9 (1 offline)", dfs.column(2, NAMESPACE, "Software"));
    }

    @Test
    void theEditorShowsTheOrderedReferralForTheConnectionsSiteThenForAChosenSite() {
        editor = ReferralEditorPage.openFrom(dfs, LOAD, NAMESPACE, "Software");
        assertEquals("Liverpool", editor.site(), "previews start in the site of the DC read");
        assertTrue(editor.status().startsWith("\\\\contoso.test\\Public\\Software: 9 targets; ordering Lowest cost"),
                editor.status());
        assertEquals(expected("Software", "Liverpool"), editor.sets(ReferralEditorPage.STORED));
        assertEquals(List.of("#", "Target", "Site", "Cost", "Priority", "Rank", "Set", "Why here"),
                editor.columns(ReferralEditorPage.STORED));
        List<String> first = editor.rows(ReferralEditorPage.STORED).get(0);
        assertEquals(List.of("1", "\\\\fs-hou.contoso.test\\software", "Houston", "150", "First among all targets",
                "0", "1"), first.subList(0, 7));
        assertEquals("first among all targets; cost 150 via LIV-HOU (Houston)", first.get(7));
        assertTrue(editor.note(ReferralEditorPage.STORED).contains("Not referred: \\\\fs-lon.contoso.test\\software"
                + " (offline"), editor.note(ReferralEditorPage.STORED));

        editor.chooseSite("Denver");
        assertEquals(expected("Software", "Denver"), editor.sets(ReferralEditorPage.STORED));
        assertEquals(editor.sets(ReferralEditorPage.STORED), editor.sets(ReferralEditorPage.WHAT_IF));
        editor.chooseSite("Lab");
        String lab = editor.sets(ReferralEditorPage.STORED);
        assertEquals(expected("Software", "Lab"), lab);
        assertTrue(editor.rows(ReferralEditorPage.STORED).stream().anyMatch(r -> r.get(6).equals("3 (2, random order)")),
                "fs-liv and fs-nowhere share set 3, shuffled per referral");
        for (int i = 0; i < 5; i++) {
            editor.reshuffle();
            assertEquals(lab, editor.sets(ReferralEditorPage.STORED), "reshuffling keeps every set together");
        }
    }

    @Test
    void whatIfChangesShowBesideTheStoredReferralWithoutWriting() throws Exception {
        editor = ReferralEditorPage.openFrom(dfs, LOAD, NAMESPACE, "Software");
        assertTrue(editor.whatIfSummary().startsWith("No what-if change"), editor.whatIfSummary());
        assertEquals("Lowest cost (stored)", editor.method());

        editor.chooseMethod("Random order");
        assertEquals("fs-hou | fs-liv | fs-liv2 | fs-cha | fs-nowhere | fs-den | fs-cha2 | fs-sea",
                editor.sets(ReferralEditorPage.WHAT_IF));
        assertEquals(expected("Software", "Liverpool"), editor.sets(ReferralEditorPage.STORED));
        assertEquals("What-if, not written: method: Random order", editor.whatIfSummary());

        editor.resetWhatIf();
        editor.editWhatIf("fs-liv", "Priority", "Last among all targets");
        assertEquals("fs-hou | fs-liv2 | fs-cha | fs-cha2 | fs-den | fs-nowhere | fs-liv | fs-sea",
                editor.sets(ReferralEditorPage.WHAT_IF));
        editor.editWhatIf("fs-liv2", "Rank", "7");
        assertTrue(editor.whatIfSummary().contains("\\\\fs-liv2.contoso.test\\software: Normal (no priority override),"
                + " rank 7"), editor.whatIfSummary());

        editor.resetWhatIf();
        editor.showPage(1);
        assertEquals("150", editor.matrix("Liverpool", "Houston"));
        assertEquals("200", editor.matrix("Liverpool", "Denver"));
        assertEquals("-", editor.matrix("Liverpool", "Lab"));
        editor.editLinkCost("LIV-HOU", 10);
        assertEquals("60", editor.matrix("Liverpool", "Denver"));
        assertEquals("fs-hou | fs-liv | fs-liv2 | fs-den | fs-cha | fs-cha2 | fs-nowhere | fs-sea",
                editor.sets(ReferralEditorPage.WHAT_IF));
        assertEquals(expected("Software", "Liverpool"), editor.sets(ReferralEditorPage.STORED));

        editor.resetWhatIf();
        assertTrue(editor.bridgeAll());
        editor.setBridgeAll(false);
        assertEquals("-", editor.matrix("Liverpool", "Denver"), "LIV-HOU and HOU-DEN share no bridge");
        assertEquals("400", editor.matrix("Liverpool", "Seattle"));
        assertTrue(editor.paths().stream().anyMatch(r -> r.get(0).equals("Seattle")
                && r.get(2).equals("cost 400 via LIV-CHA, CHA-SEA")), editor.paths().toString());
        assertFalse(TestForest.get().topology(1).ipTransport().orElseThrow().bridgesRequired(),
                "the directory is unchanged");
    }

    @Test
    void aSiteInSitesAndServersSetsTheClientSiteOfPreviews() {
        TopologyPartPage sites = TopologyPartPage.open(TopologyView.ID);
        try {
            sites.chooseConnection(ForestConnectionCatalog.key(1, Encryption.NONE), LOAD);
            sites.select("Houston");
            Workbench.uiRun(() -> {
                try {
                    PlatformUI.getWorkbench().getService(IHandlerService.class)
                            .executeCommand("io.adtopo.ui.commands.previewFromSite", null);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            ReferralEditorPage.waitForNamespaces(dfs, LOAD);
            assertTrue(dfs.status().endsWith("Previews start with clients in Houston."), dfs.status());
            editor = ReferralEditorPage.openFrom(dfs, LOAD, NAMESPACE, "(namespace root)");
            assertEquals("Houston", editor.site());
            assertEquals(expected("Public", "Houston"), editor.sets(ReferralEditorPage.STORED));
        } finally {
            Workbench.closeView(sites.view());
        }
    }

    @Test
    void excludingTargetsOutsideTheSiteCanLeaveAnEmptyReferralSaidPlainly() {
        editor = ReferralEditorPage.openFrom(dfs, LOAD, NAMESPACE, "Archive");
        assertEquals(expected("Archive", "Liverpool"), editor.sets(ReferralEditorPage.STORED));
        editor.editWhatIf("fs-sea", "Priority", "Normal (no priority override)");
        assertEquals("-", editor.sets(ReferralEditorPage.WHAT_IF));
        assertTrue(editor.note(ReferralEditorPage.WHAT_IF).startsWith("No referral: the ordering method excludes"
                + " targets outside Liverpool"), editor.note(ReferralEditorPage.WHAT_IF));
    }

    @Test
    void aFolderWithAMalformedTargetListIsNamedAndTheOthersStillPreview() throws Exception {
        TestForest.get().apply("1", "variant-dfs-broken-link.ldif");
        try {
            dfs.reload(LOAD);
            ReferralEditorPage.waitForNamespaces(dfs, LOAD);
            assertEquals(List.of("(namespace root)", "Archive", "Broken", "Software"), dfs.children(NAMESPACE));
            assertEquals("?", dfs.column(2, NAMESPACE, "Broken"));
            String note = dfs.column(3, NAMESPACE, "Broken");
            assertTrue(note.startsWith("msDFS-TargetListv2: ") && note.contains("UTF-16"), note);

            editor = ReferralEditorPage.openFrom(dfs, LOAD, NAMESPACE, "Broken");
            assertEquals(note, editor.status());
            assertTrue(editor.rows(ReferralEditorPage.STORED).isEmpty());
            editor.close();
            editor = ReferralEditorPage.openFrom(dfs, LOAD, NAMESPACE, "Software");
            assertEquals(expected("Software", "Liverpool"), editor.sets(ReferralEditorPage.STORED));
        } finally {
            TestForest.get().apply("1", "variant-dfs-broken-link-removed.ldif");
        }
    }
}
