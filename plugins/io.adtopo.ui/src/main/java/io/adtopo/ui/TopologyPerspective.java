package io.adtopo.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.adtopo.ui.topology.TopologyView;

/** "AD Topology": Sites and Servers across the top, Properties and Problems below it. */
public final class TopologyPerspective implements IPerspectiveFactory {

    public static final String ID = "io.adtopo.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editors = layout.getEditorArea();
        layout.addView(TopologyView.ID, IPageLayout.TOP, 0.65f, editors);
        IFolderLayout below = layout.createFolder("io.adtopo.ui.perspective.below", IPageLayout.BOTTOM, 0.65f,
                TopologyView.ID);
        below.addView(IPageLayout.ID_PROP_SHEET);
        below.addView(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(TopologyView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
    }
}
