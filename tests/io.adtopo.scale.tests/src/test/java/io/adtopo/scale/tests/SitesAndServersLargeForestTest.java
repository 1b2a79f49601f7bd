package io.adtopo.scale.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.topology.Server;
import io.adtopo.core.topology.Site;
import io.adtopo.core.topology.Topology;
import io.adtopo.tests.support.ForestConnectionCatalog;
import io.adtopo.tests.support.TopologyPartPage;
import io.adtopo.tests.support.Workbench;
import io.adtopo.ui.partitions.PartitionsView;
import io.adtopo.ui.topology.TopologyView;

/**
 * Sites and Servers on a forest too large to show opened (its tree is virtual: rows are made as they are
 * shown), in the ways an administrator uses it beside the load itself: opening a site while the servers still
 * load, letting a reload finish behind another view, closing the view and opening it again.
 */
class SitesAndServersLargeForestTest {

    private static final Duration LOAD = Duration.ofMinutes(5);

    private final ScaleDirectory dc = ScaleDirectory.get();
    private String key;
    private TopologyPartPage page;
    private IViewPart other;

    @BeforeEach
    void connect() {
        key = ForestConnectionCatalog.addExtra(dc.profile(), dc.get("admin.dn"), dc.get("admin.password"));
    }

    @AfterEach
    void close() {
        if (other != null) {
            Workbench.closeView(other);
        }
        if (page != null) {
            Workbench.closeView(page.view());
        }
        ForestConnectionCatalog.clearExtra();
    }

    @Test
    void aSiteOpenedWhileServersLoadStaysOpenAndShowsThem() throws Exception {
        TopologyView view = openOnTheForest();
        Tree tree = tree(view);
        int middle = dc.number("count.sites") / 2;

        // on the display thread, as soon as the reload shows the sites and not yet the servers: scroll to a
        // middle site and open it (it holds its subnets then)
        CompletableFuture<String> opened = new CompletableFuture<>();
        Workbench.uiRun(() -> {
            view.reload();
            openWhenSitesAlone(view, tree, middle, false, opened);
        });
        String site = opened.get(LOAD.toSeconds(), TimeUnit.SECONDS);
        page.waitForLoad(LOAD);

        Topology loaded = Workbench.ui(view::topology);
        assertFalse(loaded.servers().isEmpty(), "the whole topology is shown");
        String[] top = Workbench.ui(() -> {
            TreeItem item = tree.getTopItem();
            return new String[] { item.getText(0), item.getText(1), String.valueOf(item.getExpanded()) };
        });
        assertEquals(site, top[0], "the site scrolled to is still the first row shown");
        assertTrue(top[1].contains("server"), "its details were asked again of the whole topology: " + top[1]);
        assertEquals("true", top[2], "the site opened while the servers loaded is still open");
        Site shown = loaded.sites().stream().filter(s -> s.name().equals(site)).findFirst().orElseThrow();
        List<String> servers = loaded.serversIn(shown).stream().map(Server::name).collect(Collectors.toList());
        assertFalse(servers.isEmpty(), site + " has servers");
        assertTrue(page.children(site).containsAll(servers),
                "the opened site shows its servers " + servers + ": " + page.children(site));
    }

    @Test
    void aViewReloadedBehindAnotherIsShownAndFocused() {
        TopologyView view = openOnTheForest();
        Tree tree = tree(view);
        other = Workbench.showView(PartitionsView.ID);
        assertFalse(Workbench.ui(tree::isVisible), "Sites and Servers is behind the Partitions view");

        Workbench.uiRun(view::reload);
        page.waitForLoad(LOAD);
        Workbench.uiRun(() -> Workbench.page().activate(view)); // the process died here before
        assertShowsTheForestAndTakesFocus(view, tree);
    }

    @Test
    void aViewClosedAndOpenedAgainShowsTheForestAndTakesFocus() {
        TopologyView first = openOnTheForest();
        Workbench.closeView(first);
        page = TopologyPartPage.open(TopologyView.ID); // remembers the connection: filled as it opens
        TopologyView view = (TopologyView) page.view();
        assertShowsTheForestAndTakesFocus(view, tree(view));
    }

    private void assertShowsTheForestAndTakesFocus(TopologyView view, Tree tree) {
        assertEquals(dc.number("count.sites") + 1, Workbench.ui(tree::getItemCount),
                "a row per site and the transports");
        assertTrue(page.status().contains(": " + dc.number("count.sites") + " sites, "), page.status());
        Workbench.waitUntil("the tree, once drawn, takes the focus", Duration.ofSeconds(10), () -> {
            view.setFocus();
            return tree.isFocusControl();
        });
        assertEquals(view.topology().sites().get(0).name(), Workbench.ui(() -> tree.getItem(0).getText(0)));
    }

    private TopologyView openOnTheForest() {
        page = TopologyPartPage.open(TopologyView.ID);
        TopologyView view = (TopologyView) page.view();
        Workbench.uiRun(() -> view.showConnection(key));
        page.waitForLoad(LOAD);
        assertFalse(Workbench.ui(() -> TopologyView.opensEverySite(view.topology())),
                "a forest shown with its sites closed");
        return view;
    }

    private static Tree tree(TopologyView view) {
        return Workbench.ui(() -> (Tree) view.viewer().getControl());
    }

    /**
     * Looks every few milliseconds (on the display thread) until the view, cleared by the reload, shows the sites
     * without their servers; then scrolls to the site at this index and opens it.
     */
    private static void openWhenSitesAlone(TopologyView view, Tree tree, int index, boolean cleared,
            CompletableFuture<String> opened) {
        Topology shown = view.topology();
        if (cleared && shown != null && !shown.servers().isEmpty()) {
            opened.completeExceptionally(new AssertionError(
                    "the load ended before its sites were seen alone; the forest is too small to show it"));
            return;
        }
        if (cleared && shown != null && tree.getItemCount() > index) {
            TreeItem item = tree.getItem(index);
            String name = item.getText(0); // shown: the row asks for its site (and its plus)
            tree.setTopItem(item);
            open(tree, item);
            if (item.getExpanded()) {
                opened.complete(name);
            } else {
                opened.completeExceptionally(new AssertionError(name + " did not open while the servers loaded"));
            }
            return;
        }
        boolean clearedNow = cleared || shown == null;
        Display.getCurrent().timerExec(2, () -> openWhenSitesAlone(view, tree, index, clearedNow, opened));
    }

    /** Opens a row as a click on its plus does: the tree announces it, then opens it. */
    private static void open(Tree tree, TreeItem item) {
        Event expand = new Event();
        expand.item = item;
        tree.notifyListeners(SWT.Expand, expand);
        item.setExpanded(true);
    }
}
