package io.adtopo.studio;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.adtopo.ui.topology.TopologyView;

/** Opens Sites and Servers on the connection of the element selected in Directory Studio. */
public final class ShowTopologyHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (!(selection instanceof IStructuredSelection)) {
            return null;
        }
        Optional<SelectedEntry> entry = SelectedEntry.of(((IStructuredSelection) selection).getFirstElement());
        if (entry.isEmpty()) {
            return null;
        }
        try {
            TopologyView view = (TopologyView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                    .showView(TopologyView.ID);
            view.showConnection(entry.get().connectionKey());
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot open the Sites and Servers view", e);
        }
        return null;
    }
}
