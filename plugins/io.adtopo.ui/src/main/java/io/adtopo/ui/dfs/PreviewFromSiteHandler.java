package io.adtopo.ui.dfs;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.adtopo.core.topology.Site;
import io.adtopo.ui.topology.TopologyPart;

/**
 * From a site in Sites and Servers: shows the connection's DFS namespaces, set to preview referrals for
 * clients in that site.
 */
public final class PreviewFromSiteHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (!(part instanceof TopologyPart) || !(selection instanceof IStructuredSelection)) {
            return null;
        }
        Object first = ((IStructuredSelection) selection).getFirstElement();
        TopologyPart topologyView = (TopologyPart) part;
        if (!(first instanceof Site) || topologyView.connection() == null) {
            return null;
        }
        try {
            DfsNamespacesView dfs = (DfsNamespacesView) part.getSite().getPage().showView(DfsNamespacesView.ID);
            dfs.showConnection(topologyView.connection().key());
            dfs.setClientSite(((Site) first).dn());
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
