package io.adtopo.ui.topology;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;

/**
 * Gives a view's viewer a context menu that commands contribute to through the menus extension
 * ({@code popup:<view id>?after=additions}), the way the LDAP Browser's views do.
 */
final class TopologyMenus {

    private TopologyMenus() {
    }

    static void register(ViewPart view, StructuredViewer viewer) {
        MenuManager menu = new MenuManager();
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        view.getSite().registerContextMenu(menu, viewer);
    }
}
