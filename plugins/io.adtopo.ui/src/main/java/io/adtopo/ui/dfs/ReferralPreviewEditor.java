package io.adtopo.ui.dfs;

import java.util.Random;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.MultiPageEditorPart;

import io.adtopo.core.dfs.FolderPreview;
import io.adtopo.core.dfs.Referral;
import io.adtopo.core.dfs.ReferralWhatIf;
import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.topology.Topology;
import io.adtopo.ui.internal.Messages;

/**
 * The DFS referral preview of one namespace root or folder: the referral a client in a chosen site receives,
 * as stored and under what-if changes (method, priorities, link costs, bridging), and the site costs behind
 * it. Reads the live directory in a job when opened; never writes.
 */
public final class ReferralPreviewEditor extends MultiPageEditorPart {

    public static final String ID = "io.adtopo.ui.editors.referralPreview";
    /** The job family of the reads an editor makes when it opens. */
    public static final Object PREPARE_FAMILY = PrepareReferralPreviewJob.class;

    private ReferralPage referralPage;
    private SiteCostsPage costsPage;
    private FolderPreview preview;
    private String clientSiteDn;
    private ReferralWhatIf whatIf = ReferralWhatIf.none();
    private Random random = new Random();
    private PrepareReferralPreviewJob job;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ReferralPreviewInput)) {
            throw new PartInitException("Not a referral preview: " + input);
        }
        super.init(site, input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    @Override
    protected void createPages() {
        referralPage = new ReferralPage(getContainer(), this);
        setPageText(addPage(referralPage.control()), Messages.Referral_pageReferral);
        costsPage = new SiteCostsPage(getContainer(), this);
        setPageText(addPage(costsPage.control()), Messages.Referral_pageCosts);
        ReferralPreviewInput input = (ReferralPreviewInput) getEditorInput();
        job = new PrepareReferralPreviewJob(input, outcome -> inUi(() -> prepared(input, outcome)));
        job.schedule();
    }

    private void prepared(ReferralPreviewInput input, PrepareReferralPreviewJob.Outcome outcome) {
        job = null;
        if (outcome.preview == null) {
            referralPage.showFailure(outcome.failure != null ? outcome.failure : Messages.Topology_cancelled);
            return;
        }
        preview = outcome.preview;
        clientSiteDn = input.clientSiteDn() != null ? input.clientSiteDn() : siteReadFrom(preview.topology());
        referralPage.prepared(preview, clientSiteDn);
        costsPage.prepared(preview);
        refresh();
    }

    /** The site of the DC the connection reads, else the first site. */
    private static String siteReadFrom(Topology topology) {
        return topology.ntdsSettings(topology.forest().readFromDsa()).flatMap(topology::serverOf)
                .map(s -> s.siteDn()).orElse(topology.sites().isEmpty() ? "" : topology.sites().get(0).dn());
    }

    private void refresh() {
        if (preview != null) {
            referralPage.refresh(preview, clientSiteDn, whatIf, random);
            costsPage.refresh(preview, clientSiteDn, whatIf);
        }
    }

    /** The control holding the pages (for page objects in tests). */
    public Control pages() {
        return getContainer();
    }

    /** Shows page 0 (Referral) or 1 (Site Costs). */
    public void showPage(int index) {
        setActivePage(index);
    }

    /** The preview read from the directory, or null while reading or after a failure. */
    public FolderPreview preview() {
        return preview;
    }

    public String clientSiteDn() {
        return clientSiteDn;
    }

    public void setClientSite(String siteDn) {
        if (!DnNames.same(siteDn, clientSiteDn)) {
            clientSiteDn = siteDn;
            refresh();
        }
    }

    public ReferralWhatIf whatIf() {
        return whatIf;
    }

    public void setWhatIf(ReferralWhatIf changes) {
        whatIf = changes;
        refresh();
    }

    /** Shows another order clients may receive: every set shuffled again. */
    public void reshuffle() {
        random = new Random();
        refresh();
    }

    /** The referral as stored, for the client site shown (null before the read ends). */
    public Referral storedReferral() {
        return preview == null ? null : preview.plan(clientSiteDn);
    }

    /** The what-if referral for the client site shown. */
    public Referral whatIfReferral() {
        return preview == null ? null : whatIf.plan(preview, clientSiteDn);
    }

    private void inUi(Runnable runnable) {
        Control control = getContainer();
        if (control != null && !control.isDisposed()) {
            control.getDisplay().asyncExec(() -> {
                if (!control.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    @Override
    public void dispose() {
        PrepareReferralPreviewJob running = job;
        if (running != null) {
            running.cancel();
        }
        super.dispose();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // a preview writes nothing
    }

    @Override
    public void doSaveAs() {
        // a preview writes nothing
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isDirty() {
        return false;
    }
}
