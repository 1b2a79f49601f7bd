package io.adtopo.tests.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import io.adtopo.ui.topology.TopologyView;

/** The Sites and Servers view as a test sees it: the connection chooser, the status line and the tree. */
public final class TopologyViewPage {

    private final TopologyView view;
    private final Composite root;

    private TopologyViewPage(TopologyView view) {
        this.view = view;
        this.root = Workbench.ui(() -> view.viewer().getControl().getParent());
    }

    public static TopologyViewPage open() {
        return new TopologyViewPage(Workbench.showView(TopologyView.ID));
    }

    public TopologyView view() {
        return view;
    }

    /** The labels offered in the connection chooser. */
    public List<String> connectionChoices() {
        Combo combo = control("connection", Combo.class);
        return Workbench.ui(() -> List.of(combo.getItems()));
    }

    /** Chooses a connection by its registry key and waits for the load to end. */
    public void chooseConnection(String key, Duration timeout) {
        Workbench.ui(() -> view.showConnection(key));
        waitForLoad(timeout);
    }

    /** Runs the view's refresh command handler path and waits. */
    public void reload(Duration timeout) {
        Workbench.uiRun(view::reload);
        waitForLoad(timeout);
    }

    public void waitForLoad(Duration timeout) {
        Workbench.waitForJobs(loadFamily(), timeout);
        Workbench.waitUntil("the status line no longer says it is reading", timeout,
                () -> !control("status", Label.class).getText().startsWith("Reading"));
    }

    public String status() {
        Label status = control("status", Label.class);
        return Workbench.ui(status::getText);
    }

    /** The top-level items' first column. */
    public List<String> roots() {
        Tree tree = control("tree", Tree.class);
        return Workbench.ui(() -> {
            List<String> names = new ArrayList<>();
            for (TreeItem item : tree.getItems()) {
                names.add(item.getText(0));
            }
            return names;
        });
    }

    /** Expands the item at the path of first-column texts and returns its children's first column. */
    public List<String> children(String... path) {
        return childrenColumn(0, path);
    }

    /** Expands the item at the path and returns its children's second column. */
    public List<String> childDetails(String... path) {
        return childrenColumn(1, path);
    }

    private List<String> childrenColumn(int column, String... path) {
        Tree tree = control("tree", Tree.class);
        return Workbench.ui(() -> {
            TreeItem item = find(tree, path);
            view.viewer().setExpandedState(item.getData(), true);
            List<String> names = new ArrayList<>();
            for (TreeItem child : item.getItems()) {
                names.add(child.getText(column));
            }
            return names;
        });
    }

    /** The details column of the item at the path. */
    public String details(String... path) {
        Tree tree = control("tree", Tree.class);
        return Workbench.ui(() -> find(tree, path).getText(1));
    }

    private TreeItem find(Tree tree, String... path) {
        TreeItem[] level = tree.getItems();
        TreeItem found = null;
        for (String name : path) {
            found = null;
            for (TreeItem item : level) {
                if (item.getText(0).equals(name)) {
                    found = item;
                    break;
                }
            }
            if (found == null) {
                throw new AssertionError("No tree item " + name + " in path " + String.join(" / ", path));
            }
            view.viewer().setExpandedState(found.getData(), true);
            level = found.getItems();
        }
        return found;
    }

    private <C extends org.eclipse.swt.widgets.Control> C control(String id, Class<C> type) {
        return Workbench.find(root, TopologyView.WIDGET_KEY, id, type);
    }

    private static Object loadFamily() {
        return TopologyView.LOAD_FAMILY;
    }
}
