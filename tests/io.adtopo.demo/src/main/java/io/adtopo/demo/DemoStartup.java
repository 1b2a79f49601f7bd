package io.adtopo.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import io.adtopo.core.dfs.DfsNamespace;
import io.adtopo.ui.TopologyPerspective;
import io.adtopo.ui.dfs.DfsNamespacesView;
import io.adtopo.ui.dfs.FolderNode;
import io.adtopo.ui.dfs.OpenReferralPreviewHandler;
import io.adtopo.ui.dfs.ReferralPreviewEditor;
import io.adtopo.ui.partitions.PartitionsView;
import io.adtopo.ui.referrals.ReferralsView;
import io.adtopo.ui.replication.ReplicationView;
import io.adtopo.ui.topology.TopologyPart;
import io.adtopo.ui.topology.TopologyView;

/**
 * Drives the demo workbench: with {@code -Dadtopo.demo.forest=forest.properties} it adds the forest's DCs as
 * Directory Studio connections, opens Sites and Servers on the first, and with
 * {@code -Dadtopo.demo.screenshots=DIR} saves a picture of each view once loaded; {@code -Dadtopo.demo.exit=true}
 * then closes the workbench.
 */
public final class DemoStartup implements IStartup {

    @Override
    public void earlyStartup() {
        String forest = System.getProperty("adtopo.demo.forest");
        if (forest == null) {
            return;
        }
        try {
            run(Paths.get(forest));
        } catch (Exception e) {
            System.err.println("adtopo demo: " + e);
            e.printStackTrace();
            exitIfAsked(1);
        }
    }

    private void run(Path forest) throws Exception {
        DemoForest demo = new DemoForest(forest);
        String dc1 = demo.studioConnection(1);
        String dc2 = demo.studioConnection(2);
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> {
            try {
                PlatformUI.getWorkbench().showPerspective(TopologyPerspective.ID,
                        PlatformUI.getWorkbench().getActiveWorkbenchWindow());
                IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
                // DC2's copy first, so the validator can compare DC1's with it (check 7)
                ((TopologyPart) page.showView(PartitionsView.ID)).showConnection("studio/" + dc2);
                ((TopologyPart) page.showView(PartitionsView.ID)).showConnection("studio/" + dc1);
                ((TopologyPart) page.showView(TopologyView.ID)).showConnection("studio/" + dc1);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        waitForLoads();
        display.syncExec(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            ((TopologyView) page.findView(TopologyView.ID)).viewer().expandToLevel(4);
            try {
                page.showView(org.eclipse.ui.IPageLayout.ID_PROBLEM_VIEW);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(2000); // the Problems view refreshes in the background
        ReferralPreviewEditor editor = openReferralPreview(display, dc1);
        String shots = System.getProperty("adtopo.demo.screenshots");
        if (shots != null) {
            Path dir = Paths.get(shots);
            Files.createDirectories(dir);
            List<Path> written = Screenshots.saveViews(display, dir);
            if (editor != null) {
                written.addAll(Screenshots.saveEditor(display, editor, dir));
            }
            written.forEach(p -> System.out.println("adtopo demo: wrote " + p));
        }
        exitIfAsked(0);
    }

    /** Shows DFS Namespaces for DC1 and opens the referral preview of \\contoso.test\Public\Software. */
    private static ReferralPreviewEditor openReferralPreview(Display display, String dc1) throws InterruptedException {
        display.syncExec(() -> {
            try {
                IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
                ReferralsView referrals = (ReferralsView) page.showView(ReferralsView.ID);
                referrals.showConnection("studio/" + dc1);
                referrals.showDn("OU=Sales,DC=fabrikam,DC=test");
                ((TopologyPart) page.showView(DfsNamespacesView.ID)).showConnection("studio/" + dc1);
                ((TopologyPart) page.showView(ReplicationView.ID)).showConnection("studio/" + dc1);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        waitFor(TopologyView.LOAD_FAMILY);
        waitFor(DfsNamespacesView.READ_FAMILY);
        waitFor(ReferralsView.JOB_FAMILY);
        waitFor(ReplicationView.JOB_FAMILY);
        ReferralPreviewEditor[] opened = new ReferralPreviewEditor[1];
        display.syncExec(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            DfsNamespacesView view = (DfsNamespacesView) page.findView(DfsNamespacesView.ID);
            view.namespaces().stream().filter(DfsNamespace::isPreviewable).findFirst().ifPresent(ns -> ns.folders()
                    .stream().filter(f -> f.name().equals("Software")).findFirst().ifPresent(folder -> opened[0] =
                            (ReferralPreviewEditor) OpenReferralPreviewHandler.open(page, view.connection(),
                                    new FolderNode(ns, folder), null)));
        });
        waitFor(ReferralPreviewEditor.PREPARE_FAMILY);
        return opened[0];
    }

    private static void waitFor(Object family) throws InterruptedException {
        Thread.sleep(300);
        long deadline = System.currentTimeMillis() + 180_000;
        while (Job.getJobManager().find(family).length > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(500);
    }

    private static void waitForLoads() throws InterruptedException {
        Thread.sleep(500);
        long deadline = System.currentTimeMillis() + 180_000;
        while (Job.getJobManager().find(TopologyView.LOAD_FAMILY).length > 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(500);
    }

    private static void exitIfAsked(int code) {
        if (Boolean.getBoolean("adtopo.demo.exit")) {
            System.out.println("adtopo demo: done (" + code + ")");
            PlatformUI.getWorkbench().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
        }
    }
}
