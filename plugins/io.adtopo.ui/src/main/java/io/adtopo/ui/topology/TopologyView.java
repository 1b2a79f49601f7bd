package io.adtopo.ui.topology;

import java.util.ArrayList;
import java.util.List;

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
     * Up to this many sites, the first sites are shown open with their servers; more stay closed, so that
     * opening them never holds the display for long in a forest of hundreds of sites.
     */
    public static final int EXPANDED_SITES = 50;
    /** The rows that opening the first sites may add at most: each row made costs the display thread. */
    public static final int OPENED_ROWS = 50;

    /** Virtual: rows are made as they are shown, so hundreds of sites never hold the display for long. */
    @Override
    protected int treeStyle() {
        return SWT.VIRTUAL;
    }

    @Override
    protected void configure(TreeViewer tree) {
        column(tree, Messages.Topology_columnName, 260, TopologyLabels.names());
        column(tree, Messages.Topology_columnDetails, 520, TopologyLabels.details(() -> isPartial() ? null : topology()));
        tree.setContentProvider(new TopologyContentProvider());
    }

    @Override
    protected boolean showsSitesSoFar() {
        return true;
    }

    @Override
    protected void showTopology(Topology shown) {
        viewer().setInput(shown);
        if (shown != null && shown.sites().size() <= EXPANDED_SITES) {
            for (Object element : firstSitesToOpen(shown)) {
                viewer().expandToLevel(element, 1);
            }
        }
    }

    /** The transports and, in order, the sites whose servers and subnets add up to {@link #OPENED_ROWS} rows. */
    private static List<Object> firstSitesToOpen(Topology shown) {
        List<Object> open = new ArrayList<>();
        open.add(new TreeFolder(TreeFolder.Kind.TRANSPORTS, null, "", shown.transports()));
        int rows = shown.transports().size();
        for (Site site : shown.sites()) {
            rows += shown.serversIn(site).size() + (shown.subnetsOf(site).isEmpty() ? 0 : 1);
            if (rows > OPENED_ROWS) {
                break;
            }
            open.add(site);
        }
        return open;
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
