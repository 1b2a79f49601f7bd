package io.adtopo.ui.dfs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.adtopo.core.dfs.DfsFolder;
import io.adtopo.core.dfs.FolderPreview;
import io.adtopo.core.dfs.OrderingMethod;
import io.adtopo.core.dfs.Referral;
import io.adtopo.core.dfs.ReferralSettings;
import io.adtopo.core.dfs.ReferralWhatIf;
import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.topology.Site;
import io.adtopo.ui.internal.Messages;
import io.adtopo.ui.topology.TopologyPart;

/**
 * The editor's first page: the client site and ordering method, the referral as stored above the what-if
 * referral, reshuffle and reset.
 */
final class ReferralPage {

    private final ReferralPreviewEditor editor;
    private final Composite root;
    private final Label status;
    private final Combo site;
    private final Combo method;
    private final Label whatIf;
    private final ReferralTable stored;
    private final ReferralTable changed;
    private List<Site> sites = List.of();

    ReferralPage(Composite parent, ReferralPreviewEditor editor) {
        this.editor = editor;
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).margins(6, 6).applyTo(root);
        status = new Label(root, SWT.WRAP);
        status.setData(TopologyPart.WIDGET_KEY, "status");
        GridDataFactory.fillDefaults().span(6, 1).grab(true, false).hint(600, SWT.DEFAULT).applyTo(status);

        new Label(root, SWT.NONE).setText(Messages.Referral_clientSite);
        site = new Combo(root, SWT.READ_ONLY | SWT.DROP_DOWN);
        site.setData(TopologyPart.WIDGET_KEY, "site");
        site.addListener(SWT.Selection, e -> {
            if (site.getSelectionIndex() >= 0) {
                editor.setClientSite(sites.get(site.getSelectionIndex()).dn());
            }
        });
        new Label(root, SWT.NONE).setText(Messages.Referral_method);
        method = new Combo(root, SWT.READ_ONLY | SWT.DROP_DOWN);
        method.setData(TopologyPart.WIDGET_KEY, "method");
        method.addListener(SWT.Selection, e -> chooseMethod());
        Button reshuffle = new Button(root, SWT.PUSH);
        reshuffle.setText(Messages.Referral_reshuffle);
        reshuffle.setToolTipText(Messages.Referral_reshuffleTip);
        reshuffle.setData(TopologyPart.WIDGET_KEY, "reshuffle");
        reshuffle.addListener(SWT.Selection, e -> editor.reshuffle());
        Button reset = new Button(root, SWT.PUSH);
        reset.setText(Messages.Referral_reset);
        reset.setData(TopologyPart.WIDGET_KEY, "reset");
        reset.addListener(SWT.Selection, e -> editor.setWhatIf(ReferralWhatIf.none()));

        whatIf = new Label(root, SWT.WRAP);
        whatIf.setData(TopologyPart.WIDGET_KEY, "whatIf");
        GridDataFactory.fillDefaults().span(6, 1).grab(true, false).hint(600, SWT.DEFAULT).applyTo(whatIf);
        SashForm sides = new SashForm(root, SWT.VERTICAL);
        GridDataFactory.fillDefaults().span(6, 1).grab(true, true).applyTo(sides);
        stored = new ReferralTable(sides, Messages.Referral_stored, "stored", null);
        changed = new ReferralTable(sides, Messages.Referral_whatIfTable, "whatIfTable",
                (target, edited) -> editor.setWhatIf(editor.whatIf().withPriority(target, edited.priorityClass(),
                        edited.rank())));
        status.setText(Messages.Referral_reading);
    }

    Composite control() {
        return root;
    }

    void showFailure(String message) {
        status.setText(message);
        status.setForeground(status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        stored.clear("");
        changed.clear("");
        root.layout(true, true);
    }

    /** Fills the choices once the preview is read. */
    void prepared(FolderPreview preview, String clientSiteDn) {
        sites = new ArrayList<>(preview.topology().sites());
        site.removeAll();
        for (int i = 0; i < sites.size(); i++) {
            site.add(sites.get(i).name());
            if (DnNames.same(sites.get(i).dn(), clientSiteDn)) {
                site.select(i);
            }
        }
        ReferralSettings settings = preview.storedSettings();
        method.removeAll();
        for (OrderingMethod m : OrderingMethod.values()) {
            method.add(m == settings.method() ? NLS.bind(Messages.Referral_methodStored, m.label()) : m.label());
        }
        method.select(settings.method().ordinal());
        DfsFolder folder = preview.folder();
        status.setText(NLS.bind(Messages.Referral_summary, new Object[] { folder.path(), folder.targets().size(),
                settings.toString(), folder.ttlSeconds() }));
        status.setForeground(null);
    }

    private void chooseMethod() {
        int index = method.getSelectionIndex();
        if (index < 0 || editor.preview() == null) {
            return;
        }
        OrderingMethod chosen = OrderingMethod.values()[index];
        boolean storedOne = chosen == editor.preview().storedSettings().method();
        editor.setWhatIf(editor.whatIf().withMethod(storedOne ? null : chosen));
    }

    /** Plans both sides for the client site and shows one possible order of each. */
    void refresh(FolderPreview preview, String clientSiteDn, ReferralWhatIf changes, Random random) {
        Referral asStored = preview.plan(clientSiteDn);
        Referral tried = changes.plan(preview, clientSiteDn);
        stored.show(asStored, asStored.order(random));
        changed.show(tried, tried.order(random));
        OrderingMethod m = changes.method() != null ? changes.method() : preview.storedSettings().method();
        method.select(m.ordinal());
        whatIf.setText(changes.isNone() ? Messages.Referral_noWhatIf
                : NLS.bind(Messages.Referral_whatIfSummary, String.join("; ", changes.describe())));
        root.layout(true, true);
    }
}
