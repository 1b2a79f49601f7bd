package io.adtopo.ui.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

import io.adtopo.core.topology.NtdsSettings;
import io.adtopo.core.topology.Server;

/** Copies the DSA object GUIDs of the selected NTDS Settings (or servers) to the clipboard. */
public final class CopyGuidHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        List<String> guids = new ArrayList<>();
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (selection instanceof IStructuredSelection) {
            for (Object element : ((IStructuredSelection) selection).toList()) {
                guidOf(element).ifPresent(guid -> guids.add(guid.toString()));
            }
        }
        ClipboardText.put(HandlerUtil.getActiveShell(event).getDisplay(), String.join(System.lineSeparator(), guids));
        return null;
    }

    static Optional<UUID> guidOf(Object element) {
        if (element instanceof NtdsSettings) {
            return ((NtdsSettings) element).objectGuid();
        }
        if (element instanceof Server) {
            return ((Server) element).ntdsSettings().flatMap(NtdsSettings::objectGuid);
        }
        return Optional.empty();
    }
}
