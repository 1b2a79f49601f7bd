package io.adtopo.tests.support;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;

/** The Problems view as a user reads it, and adtopo's markers behind it. */
public final class ProblemsViewPage {

    private static final String TYPE = "io.adtopo.ui.problem";

    private ProblemsViewPage() {
    }

    /** Waits until the Problems view (which refreshes in the background) shows a description with this start. */
    public static List<String> waitForDescription(String start) {
        List<List<String>> shown = new ArrayList<>();
        shown.add(List.of());
        Workbench.waitUntil("the Problems view shows \"" + start + "...\"", java.time.Duration.ofSeconds(30), () -> {
            shown.set(0, descriptions());
            return shown.get(0).stream().anyMatch(d -> d.startsWith(start));
        });
        return shown.get(0);
    }

    /** The descriptions the Problems view shows now, every group expanded. */
    public static List<String> descriptions() {
        IViewPart view = Workbench.showView(IPageLayout.ID_PROBLEM_VIEW);
        return Workbench.ui(() -> {
            org.eclipse.e4.ui.model.application.ui.basic.MPart part = view.getSite()
                    .getService(org.eclipse.e4.ui.model.application.ui.basic.MPart.class);
            Tree tree = find((Control) part.getWidget());
            List<String> out = new ArrayList<>();
            if (tree != null) {
                collect(tree, tree.getItems(), out);
            }
            return out;
        });
    }

    /** adtopo's markers now, as "check | location | message". */
    public static List<IMarker> markers() {
        try {
            return List.of(ResourcesPlugin.getWorkspace().getRoot().findMarkers(TYPE, false, IResource.DEPTH_ZERO));
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The marker of a check about a subject ("Houston\HOUDC1") found through a connection, if any. */
    public static IMarker marker(String check, String subject, String connectionKey) {
        for (IMarker marker : markers()) {
            if (check.equals(marker.getAttribute("check", "")) && connectionKey.equals(marker.getAttribute(
                    "connection", "")) && marker.getAttribute(IMarker.LOCATION, "").startsWith(subject + " on ")) {
                return marker;
            }
        }
        return null;
    }

    private static void collect(Tree tree, TreeItem[] items, List<String> out) {
        for (TreeItem item : items) {
            if (!item.getExpanded()) {
                Event expand = new Event();
                expand.item = item;
                tree.notifyListeners(SWT.Expand, expand);
                item.setExpanded(true);
            }
            if (item.getItemCount() > 0) {
                collect(tree, item.getItems(), out);
            } else {
                out.add(item.getText(0));
            }
        }
    }

    private static Tree find(Control control) {
        if (control instanceof Tree) {
            return (Tree) control;
        }
        if (control instanceof org.eclipse.swt.widgets.Composite) {
            for (Control child : ((org.eclipse.swt.widgets.Composite) control).getChildren()) {
                Tree tree = find(child);
                if (tree != null) {
                    return tree;
                }
            }
        }
        return null;
    }
}
