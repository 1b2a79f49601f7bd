package io.adtopo.ui.find;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.adtopo.core.diagnostics.DiagnosticText;
import io.adtopo.core.diagnostics.MessageLookup;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.topology.DsaLookup;
import io.adtopo.core.topology.Topology;
import io.adtopo.ui.connections.ConnectionRef;
import io.adtopo.ui.connections.SessionOpener;
import io.adtopo.ui.internal.Messages;

/**
 * Looks up what a pasted message names: live DSAs in the topology shown, the rest among deleted objects on
 * the connection's DC. When the DC cannot be reached, the live results still come, with the reason.
 */
final class FindDsaJob extends Job {

    static final Object FAMILY = FindDsaJob.class;

    /** The rows, and why deleted objects could not be searched (or null). */
    static final class Result {
        final List<MessageLookup.Row> rows;
        final String problem;

        Result(List<MessageLookup.Row> rows, String problem) {
            this.rows = rows;
            this.problem = problem;
        }
    }

    private final DiagnosticText text;
    private final Topology topology;
    private final ConnectionRef connection;
    private final Consumer<Result> done;

    FindDsaJob(DiagnosticText text, Topology topology, ConnectionRef connection, Consumer<Result> done) {
        super(Messages.Find_jobName);
        this.text = text;
        this.topology = topology;
        this.connection = connection;
        this.done = done;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try (DirectorySession session = new SessionOpener().open(connection, monitor)) {
            done.accept(new Result(MessageLookup.lookUp(text, new DsaLookup(topology, session)), null));
        } catch (DirectoryException e) {
            done.accept(liveOnly(e.getMessage()));
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        }
        return Status.OK_STATUS;
    }

    private Result liveOnly(String why) {
        try {
            return new Result(MessageLookup.lookUp(text, new DsaLookup(topology, null)), why);
        } catch (DirectoryException impossible) {
            return new Result(List.of(), why);
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
