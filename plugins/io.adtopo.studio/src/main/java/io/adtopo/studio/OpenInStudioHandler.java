package io.adtopo.studio;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import io.adtopo.ui.topology.TopologyPart;

/** Opens the object selected in Sites and Servers or Partitions in Directory Studio's entry editor. */
public final class OpenInStudioHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (!(part instanceof TopologyPart) || !(selection instanceof IStructuredSelection)) {
            return null;
        }
        Optional<EntryTarget> target = EntryTarget.of(((TopologyPart) part).connection(),
                ((IStructuredSelection) selection).getFirstElement());
        if (target.isPresent()) {
            IStatus status = StudioEntryEditor.open(target.get().connection(), target.get().dn());
            if (!status.isOK()) {
                ErrorDialog.openError(HandlerUtil.getActiveShell(event), "Open in Directory Studio", null, status);
            }
        }
        return null;
    }
}
