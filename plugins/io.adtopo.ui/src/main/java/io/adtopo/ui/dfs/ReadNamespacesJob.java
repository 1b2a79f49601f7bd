package io.adtopo.ui.dfs;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.adtopo.core.dfs.DfsNamespace;
import io.adtopo.core.dfs.DfsReader;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.ui.connections.ConnectionRef;
import io.adtopo.ui.connections.SessionOpener;
import io.adtopo.ui.internal.Messages;

/** Reads the DFS namespaces of a connection's domain; hands the list or the failure back. */
final class ReadNamespacesJob extends Job {

    /** What the read ended with: namespaces, or a failure message; null for both when cancelled. */
    static final class Outcome {
        final List<DfsNamespace> namespaces;
        final String failure;

        Outcome(List<DfsNamespace> namespaces, String failure) {
            this.namespaces = namespaces;
            this.failure = failure;
        }
    }

    private final ConnectionRef connection;
    private final String domainDn;
    private final Consumer<Outcome> done;

    ReadNamespacesJob(ConnectionRef connection, String domainDn, Consumer<Outcome> done) {
        super(NLS.bind(Messages.Dfs_readJob, connection.profile().name()));
        this.connection = connection;
        this.domainDn = domainDn;
        this.done = done;
        setUser(false);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
        try (DirectorySession session = new SessionOpener().open(connection, progress.split(1))) {
            done.accept(new Outcome(new DfsReader().read(session, domainDn, progress.split(9)), null));
            return Status.OK_STATUS;
        } catch (DirectoryException e) {
            done.accept(new Outcome(null, e.getMessage()));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            done.accept(new Outcome(null, null));
            return Status.CANCEL_STATUS;
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == DfsNamespacesView.READ_FAMILY;
    }
}
