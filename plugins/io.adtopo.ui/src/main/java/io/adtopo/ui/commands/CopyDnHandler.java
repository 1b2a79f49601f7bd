package io.adtopo.ui.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

import io.adtopo.core.topology.DirectoryObject;

/** Copies the DNs of the selected objects to the clipboard, one per line. */
public final class CopyDnHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        List<String> dns = new ArrayList<>();
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (selection instanceof IStructuredSelection) {
            for (Object element : ((IStructuredSelection) selection).toList()) {
                if (element instanceof DirectoryObject) {
                    dns.add(((DirectoryObject) element).dn());
                }
            }
        }
        ClipboardText.put(HandlerUtil.getActiveShell(event).getDisplay(), String.join(System.lineSeparator(), dns));
        return null;
    }
}
