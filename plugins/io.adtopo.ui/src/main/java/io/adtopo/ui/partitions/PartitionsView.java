package io.adtopo.ui.partitions;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import io.adtopo.core.topology.CrossRef;
import io.adtopo.core.topology.Topology;
import io.adtopo.ui.connections.ConnectionRef;
import io.adtopo.ui.internal.Messages;
import io.adtopo.ui.topology.TopologyMenus;
import io.adtopo.ui.topology.TopologyPart;

/**
 * Partitions: every crossRef of CN=Partitions with its kind, DNS root, NetBIOS name, flags, the DCs that hold
 * it and the referral a DC gives for it; domains shown as the domain tree their trustParent forms.
 */
public final class PartitionsView extends TopologyPart {

    public static final String ID = "io.adtopo.ui.views.partitions";

    private TreeViewer tree;

    @Override
    protected Control createViewer(Composite parent) {
        tree = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        tree.getTree().setData(WIDGET_KEY, "tree");
        tree.getTree().setHeaderVisible(true);
        tree.setUseHashlookup(true);
        column(Messages.Partitions_columnNc, 300, CrossRef::ncName);
        column(Messages.Partitions_columnKind, 150, PartitionsLabels::kind);
        column("dnsRoot", 190, c -> String.join(", ", c.dnsRoots()));
        column("NetBIOS", 80, CrossRef::netbiosName);
        column("systemFlags", 190, CrossRef::describeFlags);
        column(Messages.Partitions_columnHosts, 170, c -> PartitionsLabels.hosts(c, topology()));
        column(Messages.Partitions_columnReferral, 330, c -> c.referralUrl().orElse(""));
        tree.setContentProvider(new PartitionsContentProvider());
        getSite().setSelectionProvider(tree);
        TopologyMenus.register(this, tree);
        return tree.getControl();
    }

    private void column(String title, int width, java.util.function.Function<CrossRef, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(tree, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(PartitionsLabels.column(this::topology, text));
    }

    @Override
    protected void showTopology(Topology shown) {
        tree.setInput(shown);
        if (shown != null) {
            tree.expandAll();
        }
    }

    @Override
    protected String loadedStatus(ConnectionRef connection, Topology t, String time) {
        return NLS.bind(Messages.Partitions_loaded, new Object[] { connection.profile().name(),
                t.partitions().size(), t.forest().readFromHost(), time });
    }

    @Override
    public TreeViewer viewer() {
        return tree;
    }

}
