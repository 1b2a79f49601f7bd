package io.adtopo.ui.topology;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

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

    private TreeViewer tree;

    @Override
    protected Control createViewer(Composite parent) {
        tree = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        tree.getTree().setData(WIDGET_KEY, "tree");
        tree.getTree().setHeaderVisible(true);
        tree.setUseHashlookup(true);
        TreeViewerColumn name = new TreeViewerColumn(tree, SWT.NONE);
        name.getColumn().setText(Messages.Topology_columnName);
        name.getColumn().setWidth(260);
        name.setLabelProvider(TopologyLabels.names());
        TreeViewerColumn details = new TreeViewerColumn(tree, SWT.NONE);
        details.getColumn().setText(Messages.Topology_columnDetails);
        details.getColumn().setWidth(520);
        details.setLabelProvider(TopologyLabels.details(this::topology));
        tree.setContentProvider(new TopologyContentProvider());
        getSite().setSelectionProvider(tree);
        TopologyMenus.register(this, tree);
        return tree.getControl();
    }

    @Override
    protected void showTopology(Topology shown) {
        tree.setInput(shown);
        if (shown != null) {
            tree.expandToLevel(2);
        }
    }

    @Override
    protected String loadedStatus(ConnectionRef connection, Topology t, String time) {
        long dcs = t.servers().stream().filter(s -> s.isDomainController()).count();
        return NLS.bind(Messages.Topology_loaded, new Object[] { connection.profile().name(), t.sites().size(),
                t.servers().size(), dcs, t.forest().readFromHost(), time });
    }

    /** Selects and reveals an object of the topology shown (a server, an NTDS Settings, ...). */
    public void reveal(Object element) {
        tree.setSelection(new StructuredSelection(element), true);
    }

    @Override
    public TreeViewer viewer() {
        return tree;
    }

}
