package io.adtopo.ui.partitions;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;

import io.adtopo.core.topology.CrossRef;
import io.adtopo.core.topology.Topology;
import io.adtopo.ui.connections.ConnectionRef;
import io.adtopo.ui.internal.Messages;
import io.adtopo.ui.topology.TopologyPart;

/**
 * Partitions: every crossRef of CN=Partitions with its kind, DNS root, NetBIOS name, flags, the DCs that hold
 * it and the referral a DC gives for it; domains shown as the domain tree their trustParent forms.
 */
public final class PartitionsView extends TopologyPart {

    public static final String ID = "io.adtopo.ui.views.partitions";

    @Override
    protected void configure(TreeViewer tree) {
        column(tree, Messages.Partitions_columnNc, 300, CrossRef::ncName);
        column(tree, Messages.Partitions_columnKind, 150, PartitionsLabels::kind);
        column(tree, "dnsRoot", 190, c -> String.join(", ", c.dnsRoots()));
        column(tree, "NetBIOS", 80, CrossRef::netbiosName);
        column(tree, "systemFlags", 190, CrossRef::describeFlags);
        column(tree, Messages.Partitions_columnHosts, 170, c -> PartitionsLabels.hosts(c, topology()));
        column(tree, Messages.Partitions_columnReferral, 330, c -> c.referralUrl().orElse(""));
        tree.setContentProvider(new PartitionsContentProvider());
    }

    private void column(TreeViewer tree, String title, int width, java.util.function.Function<CrossRef, String> text) {
        column(tree, title, width, PartitionsLabels.column(this::topology, text));
    }

    @Override
    protected void showTopology(Topology shown) {
        viewer().setInput(shown);
        if (shown != null) {
            viewer().expandAll();
        }
    }

    @Override
    protected String loadedStatus(ConnectionRef connection, Topology t, String time) {
        return NLS.bind(Messages.Partitions_loaded, new Object[] { connection.profile().name(),
                t.partitions().size(), t.forest().readFromHost(), time });
    }

}
