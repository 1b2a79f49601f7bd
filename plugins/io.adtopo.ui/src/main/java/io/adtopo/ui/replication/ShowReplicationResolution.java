package io.adtopo.ui.replication;

import org.eclipse.core.resources.IMarker;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import io.adtopo.core.ldap.DnNames;
import io.adtopo.ui.internal.Messages;
import io.adtopo.ui.internal.UiLog;
import io.adtopo.ui.validation.ProblemMarkers;

/**
 * From a "serverReference missing" problem to the replication it breaks: shows Replication for the marker's
 * connection, filtered to the server, where its partners fail with 8589. Writes nothing.
 */
public final class ShowReplicationResolution implements IMarkerResolution2 {

    private final String server;

    public ShowReplicationResolution(IMarker marker) {
        this.server = DnNames.firstValue(marker.getAttribute(ProblemMarkers.DN, ""));
    }

    @Override
    public String getLabel() {
        return NLS.bind(Messages.Replication_showFor, server);
    }

    @Override
    public String getDescription() {
        return Messages.Replication_showForDescription;
    }

    @Override
    public org.eclipse.swt.graphics.Image getImage() {
        return null;
    }

    @Override
    public void run(IMarker marker) {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        try {
            ReplicationView view = (ReplicationView) page.showView(ReplicationView.ID);
            view.showConnection(marker.getAttribute(ProblemMarkers.CONNECTION, ""));
            view.setFilter(server);
        } catch (PartInitException e) {
            UiLog.error("Cannot open the Replication view", e);
        }
    }
}
