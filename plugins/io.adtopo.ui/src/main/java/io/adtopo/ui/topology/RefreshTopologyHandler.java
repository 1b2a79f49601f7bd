package io.adtopo.ui.topology;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** Reads the topology of a view's connection again. */
public final class RefreshTopologyHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (part instanceof TopologyPart) {
            ((TopologyPart) part).reload();
        }
        return null;
    }
}
