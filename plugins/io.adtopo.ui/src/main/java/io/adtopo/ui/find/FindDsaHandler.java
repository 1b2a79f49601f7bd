package io.adtopo.ui.find;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import io.adtopo.ui.topology.TopologyView;

/** Opens the find dialog on the topology Sites and Servers shows, and selects the DSA chosen in it. */
public final class FindDsaHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (!(part instanceof TopologyView)) {
            return null;
        }
        TopologyView view = (TopologyView) part;
        if (view.topology() == null) {
            return null;
        }
        FindDsaDialog dialog = new FindDsaDialog(HandlerUtil.getActiveShell(event), view.topology(),
                view.connection());
        if (dialog.open() == Window.OK && dialog.chosen() != null) {
            view.reveal(dialog.chosen());
        }
        return null;
    }
}
