package io.adtopo.tests.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** The Properties view as a test reads it: property name to value, categories expanded. */
public final class PropertiesPage {

    private PropertiesPage() {
    }

    /**
     * Shows the Properties view next to the part whose selection it follows (that part stays active) and reads
     * what it shows for that selection; waits up to 10 s for the sheet to follow.
     */
    public static Map<String, String> read() {
        Workbench.uiRun(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            IWorkbenchPart active = page.getActivePart();
            try {
                page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
            page.activate(active);
        });
        Map<String, String> values = new LinkedHashMap<>();
        Workbench.waitUntil("the Properties view shows the selection: " + describe(), java.time.Duration.ofSeconds(10), () -> {
            values.clear();
            IViewPart view = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                    .findView(IPageLayout.ID_PROP_SHEET);
            Tree tree = view == null ? null : findTree(view);
            if (tree != null) {
                collect(tree.getItems(), values);
            }
            return !values.isEmpty();
        });
        return values;
    }

    private static String describe() {
        return Workbench.ui(() -> {
            IViewPart view = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                    .findView(IPageLayout.ID_PROP_SHEET);
            if (view == null) {
                return "no Properties view";
            }
            org.eclipse.e4.ui.model.application.ui.basic.MPart part = view.getSite()
                    .getService(org.eclipse.e4.ui.model.application.ui.basic.MPart.class);
            StringBuilder out = new StringBuilder("active part " + PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                    .getActivePage().getActivePart().getTitle() + "; ");
            dump(part == null ? null : (Control) part.getWidget(), out, 0);
            return out.toString();
        });
    }

    private static void dump(Control c, StringBuilder out, int depth) {
        if (c == null || depth > 8) {
            return;
        }
        out.append(c.getClass().getSimpleName()).append(c.isVisible() ? "" : "(hidden)");
        if (c instanceof Tree) {
            out.append("[items=").append(((Tree) c).getItemCount()).append("]");
        }
        if (c instanceof org.eclipse.swt.widgets.Label) {
            out.append("['").append(((org.eclipse.swt.widgets.Label) c).getText()).append("']");
        }
        out.append(' ');
        if (c instanceof org.eclipse.swt.widgets.Composite) {
            for (Control child : ((org.eclipse.swt.widgets.Composite) c).getChildren()) {
                dump(child, out, depth + 1);
            }
        }
    }

    private static Tree findTree(IViewPart view) {
        org.eclipse.e4.ui.model.application.ui.basic.MPart part = view.getSite()
                .getService(org.eclipse.e4.ui.model.application.ui.basic.MPart.class);
        Object widget = part == null ? null : part.getWidget();
        return widget instanceof Control ? search((Control) widget) : null;
    }

    private static Tree search(Control control) {
        if (control instanceof Tree && control.isVisible()) {
            return (Tree) control;
        }
        if (control instanceof org.eclipse.swt.widgets.Composite) {
            for (Control child : ((org.eclipse.swt.widgets.Composite) control).getChildren()) {
                Tree found = search(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void collect(TreeItem[] items, Map<String, String> values) {
        for (TreeItem item : items) {
            if (!item.getExpanded()) {
                // the property sheet creates a category's rows when it is told the category expands
                Event expand = new Event();
                expand.item = item;
                item.getParent().notifyListeners(SWT.Expand, expand);
                item.setExpanded(true);
            }
            if (item.getItemCount() > 0) {
                collect(item.getItems(), values);
            } else {
                values.putIfAbsent(item.getText(0), item.getText(1));
            }
        }
    }
}
