package io.adtopo.ui.validation;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

import io.adtopo.core.changes.ChangeRecord;
import io.adtopo.ui.connections.ConnectionRef;
import io.adtopo.ui.internal.AdtopoUiPlugin;
import io.adtopo.ui.internal.Messages;

/** Undoes the last fix adtopo applied: previews its reverse, then writes it the same compare-and-set way. */
public final class UndoLastFixHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Optional<ChangeRecord> last;
        try {
            last = AdtopoUiPlugin.getDefault().changeLog().lastUndoable();
        } catch (IOException e) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.Undo_title,
                    NLS.bind(Messages.Undo_unreadable, e.getMessage()));
            return null;
        }
        if (last.isEmpty()) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Undo_title, Messages.Undo_nothing);
            return null;
        }
        ChangeRecord record = last.get();
        Optional<ConnectionRef> connection = AdtopoUiPlugin.getDefault().connections().find(record.connection());
        if (connection.isEmpty()) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.Undo_title,
                    NLS.bind(Messages.Undo_noConnection, record.connection()));
            return null;
        }
        ChangePreviewDialog dialog = new ChangePreviewDialog(HandlerUtil.getActiveShell(event), Messages.Undo_title,
                connection.get(), List.of(new ChangePreviewDialog.Item(NLS.bind(Messages.Undo_label, record.id(),
                        record.description()), NLS.bind(Messages.Undo_reason, record.time(), record.server()),
                        record.reverse())));
        if (dialog.open() == Window.OK) {
            new ApplyChangesJob(connection.get(), List.of(new ApplyChangesJob.Write("Undo of change " + record.id(),
                    record.reverse(), record))).schedule();
        }
        return null;
    }
}
