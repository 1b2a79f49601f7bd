package io.adtopo.ui.topology;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** Reloads the Sites and Servers view from its connection. */
public final class RefreshTopologyHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (part instanceof TopologyView) {
            ((TopologyView) part).reload();
        }
        return null;
    }
}
