package io.adtopo.ui.topology;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;

import io.adtopo.core.topology.Site;
import io.adtopo.core.topology.Topology;
import io.adtopo.ui.connections.ConnectionRef;
import io.adtopo.ui.internal.Messages;

/**
 * Sites and Servers: sites with their servers, NTDS Settings and inbound connections, subnets, and the
 * inter-site transports with their site links and bridges, for the chosen connection. Details of the
 * selected object show in the Properties view.
 */
public final class TopologyView extends TopologyPart {

    public static final String ID = "io.adtopo.ui.views.topology";
    /**
     * A forest whose tree, every site opened, has at most this many rows (about a screenful) is shown opened;
     * a larger one stays closed, so that opening never makes rows that are not on screen.
     */
    public static final int OPENED_ROWS = 60;

    private final TopologyContentProvider content = new TopologyContentProvider();

    /** Virtual: rows are made as they are shown, so hundreds of sites never hold the display for long. */
    @Override
    protected int treeStyle() {
        return SWT.VIRTUAL;
    }

    @Override
    protected void configure(TreeViewer tree) {
        column(tree, Messages.Topology_columnName, 260, TopologyLabels.names());
        column(tree, Messages.Topology_columnDetails, 520, TopologyLabels.details(() -> isPartial() ? null : topology()));
        tree.setContentProvider(content);
    }

    @Override
    protected boolean showsSitesSoFar() {
        return true;
    }

    @Override
    protected void showTopology(Topology shown) {
        content.show(viewer(), shown);
        if (shown != null && opensEverySite(shown)) {
            viewer().expandToLevel(2);
        }
    }

    /** Whether the view shows this topology with every site (and the transports) opened. */
    public static boolean opensEverySite(Topology shown) {
        int rows = shown.sites().size() + 1 + shown.transports().size();
        for (Site site : shown.sites()) {
            rows += shown.serversIn(site).size() + (shown.subnetsOf(site).isEmpty() ? 0 : 1);
            if (rows > OPENED_ROWS) {
                return false;
            }
        }
        return rows <= OPENED_ROWS;
    }

    @Override
    protected String loadedStatus(ConnectionRef connection, Topology t, String time) {
        long dcs = t.servers().stream().filter(s -> s.isDomainController()).count();
        return NLS.bind(Messages.Topology_loaded, new Object[] { connection.profile().name(), t.sites().size(),
                t.servers().size(), dcs, t.forest().readFromHost(), time });
    }

    /** Selects and reveals an object of the topology shown (a server, an NTDS Settings, ...). */
    public void reveal(Object element) {
        viewer().setSelection(new StructuredSelection(element), true);
    }

}
