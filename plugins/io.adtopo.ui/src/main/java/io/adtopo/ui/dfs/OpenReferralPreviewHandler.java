package io.adtopo.ui.dfs;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.adtopo.core.dfs.DfsNamespace;
import io.adtopo.ui.connections.ConnectionRef;

/** Opens the referral preview on the root or folder selected in DFS Namespaces. */
public final class OpenReferralPreviewHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (part instanceof DfsNamespacesView && selection instanceof IStructuredSelection) {
            DfsNamespacesView view = (DfsNamespacesView) part;
            for (Object element : ((IStructuredSelection) selection).toList()) {
                if (element instanceof FolderNode) {
                    open(part.getSite().getPage(), view.connection(), (FolderNode) element, view.clientSiteDn());
                }
            }
        }
        return null;
    }

    /** Opens (or activates) the preview editor; clientSiteDn null previews the connection DC's site first. */
    public static IEditorPart open(IWorkbenchPage page, ConnectionRef connection, FolderNode node,
            String clientSiteDn) {
        DfsNamespace ns = node.namespace();
        ReferralPreviewInput input = new ReferralPreviewInput(connection, ns.dn(), node.folder().dn(),
                node.folder().path(), clientSiteDn);
        try {
            if (!page.isEditorAreaVisible()) {
                page.setEditorAreaVisible(true);
            }
            return page.openEditor(input, ReferralPreviewEditor.ID);
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }
}
