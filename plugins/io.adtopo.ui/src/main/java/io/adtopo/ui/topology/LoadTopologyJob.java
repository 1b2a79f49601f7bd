package io.adtopo.ui.topology;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.topology.Topology;
import io.adtopo.core.topology.TopologyReader;
import io.adtopo.ui.connections.ConnectionRef;
import io.adtopo.ui.connections.SessionOpener;
import io.adtopo.ui.internal.Messages;

/**
 * Opens the connection, reads the site topology (over two more connections for the largest classes) and
 * hands the sites read so far, then the outcome, to the view. Failures are reported to
 * the view (which says what went wrong), not as error dialogs.
 */
final class LoadTopologyJob extends Job {

    /** The family of every topology load, for tests and the progress view. */
    static final Object FAMILY = LoadTopologyJob.class;

    /** What a load ended with: a topology, a directory failure, or cancellation. */
    static final class Outcome {
        final Topology topology;
        final DirectoryException failure;
        final boolean cancelled;

        private Outcome(Topology topology, DirectoryException failure, boolean cancelled) {
            this.topology = topology;
            this.failure = failure;
            this.cancelled = cancelled;
        }
    }

    private final ConnectionRef connection;
    private final Consumer<Outcome> done;
    private final Consumer<Topology> sitesRead;
    private volatile boolean dropped;

    LoadTopologyJob(ConnectionRef connection, Consumer<Topology> sitesRead, Consumer<Outcome> done) {
        super(NLS.bind(Messages.Topology_jobName, connection.profile().name()));
        this.connection = connection;
        this.done = done;
        this.sitesRead = sitesRead;
        setUser(false);
        setRule(new ConnectionRule(connection.key()));
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
        Outcome outcome;
        try (DirectorySession session = new SessionOpener().open(connection, progress.split(1))) {
            outcome = new Outcome(read(session, progress.split(9)), null, false);
        } catch (DirectoryException e) {
            outcome = new Outcome(null, e, false);
        } catch (OperationCanceledException e) {
            outcome = new Outcome(null, null, true);
        }
        if (!dropped) {
            done.accept(outcome);
        }
        return outcome.cancelled ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    private Topology read(DirectorySession session, IProgressMonitor monitor) throws DirectoryException {
        TopologyReader reader = new TopologyReader(() -> new SessionOpener().open(connection));
        return reader.read(session, monitor, sites -> {
            if (!dropped) {
                sitesRead.accept(sites);
            }
        });
    }

    /** Cancels the job; its outcome is dropped (the service has moved on). */
    void cancelQuietly() {
        dropped = true;
        cancel();
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
