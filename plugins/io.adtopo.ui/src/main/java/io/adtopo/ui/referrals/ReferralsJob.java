package io.adtopo.ui.referrals;

import java.util.Set;
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
import io.adtopo.core.referrals.ReferralResolver;
import io.adtopo.ui.connections.ConnectionRef;
import io.adtopo.ui.connections.SessionOpener;
import io.adtopo.ui.internal.Messages;

/**
 * One piece of referral work on a connection, off the UI thread: opens a session, reads where the server
 * refers each DN (its crossRefs, naming contexts, superiorDNSRoot), runs the task and hands its rows back.
 * A directory failure becomes a row saying so; a cancel hands back nothing.
 */
final class ReferralsJob extends Job {

    /** The work itself, given the open session and the server's resolver. */
    interface Task {
        ReferralNode run(DirectorySession session, ReferralResolver resolver, IProgressMonitor monitor)
                throws DirectoryException;
    }

    private final ConnectionRef connection;
    private final Set<String> dcHostNames;
    private final String what;
    private final Task task;
    private final Consumer<ReferralNode> done;

    ReferralsJob(ConnectionRef connection, Set<String> dcHostNames, String what, Task task,
            Consumer<ReferralNode> done) {
        super(NLS.bind(Messages.Referrals_jobName, what, connection.profile().name()));
        this.connection = connection;
        this.dcHostNames = dcHostNames;
        this.what = what;
        this.task = task;
        this.done = done;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
        try (DirectorySession session = new SessionOpener().open(connection, progress.split(1))) {
            ReferralResolver resolver = ReferralResolver.read(session, dcHostNames, progress.split(1));
            done.accept(task.run(session, resolver, progress.split(8)));
            return Status.OK_STATUS;
        } catch (DirectoryException e) {
            done.accept(ReferralRows.failure(what, NLS.bind(Messages.Referrals_failed, e.getMessage())));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == ReferralsView.JOB_FAMILY;
    }
}
