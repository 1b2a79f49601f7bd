package io.adtopo.ui.replication;

import java.time.Duration;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Credentials;
import io.adtopo.core.connection.CredentialsUnavailableException;
import io.adtopo.core.dns.HostConnector;
import io.adtopo.core.dns.HostResolvers;
import io.adtopo.core.ldap.DirectoryConnector;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.replication.DcOpener;
import io.adtopo.core.replication.ReplicationStatus;
import io.adtopo.core.replication.ReplicationStatusReader;
import io.adtopo.core.topology.Topology;
import io.adtopo.ui.connections.ConnectionRef;
import io.adtopo.ui.connections.HostAddresses;
import io.adtopo.ui.connections.SessionOpener;
import io.adtopo.ui.internal.Messages;

/**
 * Reads every DC's inbound replication state for a connection: each DC reached by its name (system resolver,
 * the directory's DNS records through the connection, the user's host addresses) with the connection's own
 * credentials, port and encryption; four DCs at a time, 20 seconds each at most.
 */
final class ReadReplicationJob extends Job {

    static final int PARALLELISM = 4;
    static final Duration PER_DC = Duration.ofSeconds(20);

    /** The status read, or why none could be (null for both when cancelled). */
    static final class Outcome {
        final ReplicationStatus status;
        final String failure;

        Outcome(ReplicationStatus status, String failure) {
            this.status = status;
            this.failure = failure;
        }
    }

    private final ConnectionRef connection;
    private final Topology topology;
    private final Consumer<Outcome> done;

    ReadReplicationJob(ConnectionRef connection, Topology topology, Consumer<Outcome> done) {
        super(NLS.bind(Messages.Replication_jobName, connection.profile().name()));
        this.connection = connection;
        this.topology = topology;
        this.done = done;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
        ConnectionProfile profile = connection.profile();
        try (DirectorySession session = new SessionOpener().open(connection, progress.split(1));
                Credentials credentials = connection.catalog().credentials(profile)) {
            String domain = topology.forest().defaultNamingContext();
            HostConnector hosts = new HostConnector(new DirectoryConnector(PER_DC), HostResolvers.standard(session, domain,
                    topology.forest().rootDomainDn(), HostAddresses.load()), connection.catalog().trust(profile));
            ReplicationStatus status = new ReplicationStatusReader(DcOpener.through(hosts, profile.port(),
                    profile.encryption(), credentials), PARALLELISM, PER_DC).read(topology, progress.split(9));
            done.accept(new Outcome(status, null));
            return Status.OK_STATUS;
        } catch (DirectoryException | CredentialsUnavailableException e) {
            done.accept(new Outcome(null, e.getMessage()));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            done.accept(new Outcome(null, null));
            return Status.CANCEL_STATUS;
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == ReplicationView.JOB_FAMILY;
    }
}
