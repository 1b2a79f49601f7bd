package io.adtopo.ui.validation;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import io.adtopo.core.checks.Problem;
import io.adtopo.core.checks.Severity;
import io.adtopo.ui.connections.ConnectionRef;
import io.adtopo.ui.internal.Messages;

/**
 * adtopo's problem markers (type {@value #TYPE}) on the workspace root, one per problem, carrying the
 * connection, DC and DN so the Problems view shows them and quick fixes find their problem again.
 */
public final class ProblemMarkers {

    public static final String TYPE = "io.adtopo.ui.problem";
    public static final String CONNECTION = "connection";
    public static final String DC = "dc";
    public static final String DN = "dn";
    public static final String CHECK = "check";
    /** The job family of marker updates. */
    public static final Object FAMILY = ProblemMarkers.class;

    /** Replaces the markers of one connection with these problems, in a workspace job. */
    public void replace(ConnectionRef connection, List<Problem> problems) {
        WorkspaceJob job = new WorkspaceJob(Messages.Validation_markerJob) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
                for (IMarker marker : root.findMarkers(TYPE, false, IResource.DEPTH_ZERO)) {
                    if (connection.key().equals(marker.getAttribute(CONNECTION, ""))) {
                        marker.delete();
                    }
                }
                for (Problem problem : problems) {
                    IMarker marker = root.createMarker(TYPE);
                    marker.setAttribute(IMarker.MESSAGE, problem.check().id() + " " + problem.message());
                    marker.setAttribute(IMarker.SEVERITY, severity(problem.severity()));
                    marker.setAttribute(IMarker.LOCATION, problem.subjectName() + " on " + problem.dc() + " ("
                            + connection.profile().name() + ")");
                    marker.setAttribute(IMarker.SOURCE_ID, "adtopo");
                    marker.setAttribute(CONNECTION, connection.key());
                    marker.setAttribute(DC, problem.dc());
                    marker.setAttribute(DN, problem.subjectDn());
                    marker.setAttribute(CHECK, problem.check().id());
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setRule(ResourcesPlugin.getWorkspace().getRoot());
        job.setSystem(true);
        job.schedule();
    }

    private static int severity(Severity severity) {
        switch (severity) {
        case ERROR:
            return IMarker.SEVERITY_ERROR;
        case WARNING:
            return IMarker.SEVERITY_WARNING;
        default:
            return IMarker.SEVERITY_INFO;
        }
    }

    /** The problem a marker stands for, from the connection's last validation. */
    static Optional<Problem> problemOf(IMarker marker, ValidationService validation) {
        String connection = marker.getAttribute(CONNECTION, "");
        String dn = marker.getAttribute(DN, "");
        String check = marker.getAttribute(CHECK, "");
        String message = marker.getAttribute(IMarker.MESSAGE, "");
        return validation.validated(connection).flatMap(v -> v.problems.stream()
                .filter(p -> p.check().id().equals(check) && p.subjectDn().equals(dn)
                        && message.equals(p.check().id() + " " + p.message()))
                .findFirst());
    }
}
