package io.adtopo.ui.validation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import io.adtopo.core.changes.ChangeApplier;
import io.adtopo.core.changes.ChangeRecord;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.ui.connections.ConnectionRef;
import io.adtopo.ui.connections.SessionOpener;
import io.adtopo.ui.internal.AdtopoUiPlugin;
import io.adtopo.ui.internal.Messages;
import io.adtopo.ui.internal.UiLog;

/**
 * Writes previewed changes (fixes, or the undo of one) through one connection, logs each that applied, then
 * reads the topology again so validation and markers follow. Refused changes are reported, not retried.
 */
final class ApplyChangesJob extends Job {

    /** The family of change-writing jobs. */
    static final Object FAMILY = ApplyChangesJob.class;

    /** A write to do: a fix (undoing == null) or the undo of a logged fix. */
    static final class Write {
        final String description;
        final io.adtopo.core.changes.EntryChange change;
        final ChangeRecord undoing;

        Write(String description, io.adtopo.core.changes.EntryChange change, ChangeRecord undoing) {
            this.description = description;
            this.change = change;
            this.undoing = undoing;
        }
    }

    private final ConnectionRef connection;
    private final List<Write> writes;

    ApplyChangesJob(ConnectionRef connection, List<Write> writes) {
        super(NLS.bind(Messages.Apply_jobName, connection.profile().name()));
        this.connection = connection;
        this.writes = List.copyOf(writes);
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), writes.size() + 1);
        List<String> refused = new ArrayList<>();
        ChangeApplier applier = new ChangeApplier(AdtopoUiPlugin.getDefault().changeLog());
        try (DirectorySession session = new SessionOpener().open(connection, progress.split(1))) {
            for (Write write : writes) {
                progress.subTask(write.description);
                try {
                    if (write.undoing != null) {
                        applier.undo(session, write.undoing);
                    } else {
                        applier.applyFix(session, connection.key(), write.description, write.change);
                    }
                } catch (DirectoryException e) {
                    refused.add(NLS.bind(e.kind() == DirectoryException.Kind.CONFLICT ? Messages.Apply_changed
                            : Messages.Apply_refused, write.description, e.getMessage()));
                } catch (IOException e) {
                    UiLog.error("The change log could not be written", e);
                    refused.add(NLS.bind(Messages.Apply_notLogged, write.description, e.getMessage()));
                }
                progress.worked(1);
            }
        } catch (DirectoryException e) {
            refused.add(NLS.bind(Messages.Apply_noConnection, connection.profile().name(), e.getMessage()));
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } finally {
            AdtopoUiPlugin.getDefault().topologies().load(connection);
        }
        if (!refused.isEmpty()) {
            Display.getDefault().asyncExec(() -> MessageDialog.openWarning(null, Messages.Apply_title,
                    String.join("\n\n", refused)));
        }
        return Status.OK_STATUS;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
