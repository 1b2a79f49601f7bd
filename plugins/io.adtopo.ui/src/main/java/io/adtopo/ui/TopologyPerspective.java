package io.adtopo.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.adtopo.ui.dfs.DfsNamespacesView;
import io.adtopo.ui.partitions.PartitionsView;
import io.adtopo.ui.referrals.ReferralsView;
import io.adtopo.ui.replication.ReplicationView;
import io.adtopo.ui.topology.TopologyView;

/** "AD Topology": Sites and Servers, Partitions, DFS Namespaces, Referrals and Replication across the top; Properties and Problems below them. */
public final class TopologyPerspective implements IPerspectiveFactory {

    public static final String ID = "io.adtopo.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        IFolderLayout top = layout.createFolder("io.adtopo.ui.perspective.top", IPageLayout.TOP, 0.65f,
                layout.getEditorArea());
        top.addView(TopologyView.ID);
        top.addView(PartitionsView.ID);
        top.addView(DfsNamespacesView.ID);
        top.addView(ReferralsView.ID);
        top.addView(ReplicationView.ID);
        IFolderLayout below = layout.createFolder("io.adtopo.ui.perspective.below", IPageLayout.BOTTOM, 0.65f,
                "io.adtopo.ui.perspective.top");
        below.addView(IPageLayout.ID_PROP_SHEET);
        below.addView(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(TopologyView.ID);
        layout.addShowViewShortcut(PartitionsView.ID);
        layout.addShowViewShortcut(DfsNamespacesView.ID);
        layout.addShowViewShortcut(ReferralsView.ID);
        layout.addShowViewShortcut(ReplicationView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
    }
}
