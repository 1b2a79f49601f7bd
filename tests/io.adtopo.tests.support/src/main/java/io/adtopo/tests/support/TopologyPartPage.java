package io.adtopo.tests.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import io.adtopo.ui.topology.TopologyPart;

/**
 * A topology view (Sites and Servers, Partitions) as a test sees it: the connection chooser, the status line
 * and the tree.
 */
public final class TopologyPartPage {

    private final TopologyPart view;
    private final Composite root;

    private TopologyPartPage(TopologyPart view) {
        this.view = view;
        this.root = Workbench.ui(() -> view.viewer().getControl().getParent());
    }

    /** Opens (or activates) the view with this id. */
    public static TopologyPartPage open(String viewId) {
        return new TopologyPartPage(Workbench.showView(viewId));
    }

    public TopologyPart view() {
        return view;
    }

    /** The labels offered in the connection chooser. */
    public List<String> connectionChoices() {
        Combo combo = control("connection", Combo.class);
        return Workbench.ui(() -> List.of(combo.getItems()));
    }

    /**
     * Chooses a connection by its registry key, reads its topology afresh (other tests may have changed the
     * directory since the shared service read it) and waits for the load to end.
     */
    public void chooseConnection(String key, Duration timeout) {
        if (!Workbench.ui(() -> view.showConnection(key))) {
            throw new AssertionError("the view offers no connection " + key + ": " + connectionChoices());
        }
        Workbench.waitForJobs(loadFamily(), timeout);
        reload(timeout);
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
        return column(1, path);
    }

    /** A column of the item at the path. */
    public String column(int column, String... path) {
        Tree tree = control("tree", Tree.class);
        return Workbench.ui(() -> find(tree, path).getText(column));
    }

    /** Selects the item at the path (and makes the view active, so the Properties view follows it). */
    public void select(String... path) {
        Tree tree = control("tree", Tree.class);
        Workbench.uiRun(() -> {
            view.getSite().getPage().activate(view);
            Object element = find(tree, path).getData();
            view.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(element), true);
        });
    }

    /** The first-column path from the root to the selected item, or an empty list. */
    public List<String> selectedPath() {
        Tree tree = control("tree", Tree.class);
        return Workbench.ui(() -> {
            List<String> path = new ArrayList<>();
            if (tree.getSelectionCount() == 1) {
                for (TreeItem item = tree.getSelection()[0]; item != null; item = item.getParentItem()) {
                    path.add(0, item.getText(0));
                }
            }
            return path;
        });
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
        return Workbench.find(root, TopologyPart.WIDGET_KEY, id, type);
    }

    private static Object loadFamily() {
        return TopologyPart.LOAD_FAMILY;
    }
}
