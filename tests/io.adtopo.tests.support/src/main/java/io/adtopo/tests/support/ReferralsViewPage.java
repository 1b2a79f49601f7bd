package io.adtopo.tests.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.adtopo.ui.referrals.ReferralNode;
import io.adtopo.ui.referrals.ReferralsView;
import io.adtopo.ui.topology.TopologyPart;

/**
 * The Referrals view as a test sees it: the DN field, its buttons, the rows (newest result first), and the
 * dialog that asks how to bind at each server a chase reaches.
 */
public final class ReferralsViewPage {

    private final TopologyPartPage part;
    private final ReferralsView view;

    private ReferralsViewPage(TopologyPartPage part) {
        this.part = part;
        this.view = (ReferralsView) part.view();
    }

    public static ReferralsViewPage open() {
        return new ReferralsViewPage(TopologyPartPage.open(ReferralsView.ID));
    }

    public TopologyPartPage part() {
        return part;
    }

    public ReferralsView view() {
        return view;
    }

    public void typeDn(String dn) {
        Text text = control("dn", Text.class);
        Workbench.uiRun(() -> text.setText(dn));
    }

    public void setMerge(boolean merge) {
        Button button = control("merge", Button.class);
        Workbench.uiRun(() -> button.setSelection(merge));
    }

    /** Presses "answer", "search" or "chase"; returns at once (a chase may open dialogs). */
    public void press(String id) {
        Button button = control(id, Button.class);
        int before = Workbench.ui(() -> view.rows().size());
        Workbench.uiLater(() -> button.notifyListeners(SWT.Selection, new Event()));
        pendingRows = before;
    }

    private int pendingRows;

    /** Waits for the result the last press asked for and returns it (the newest row). */
    public ReferralNode waitForResult(Duration timeout) {
        int before = pendingRows;
        Workbench.waitUntil("a new result row", timeout, () -> view.rows().size() > before);
        Workbench.waitForJobs(ReferralsView.JOB_FAMILY, timeout);
        return Workbench.ui(() -> view.rows().get(0));
    }

    /** The rows' labels, newest result first, the external crossRefs last. */
    public List<String> rowLabels() {
        return Workbench.ui(() -> {
            List<String> labels = new ArrayList<>();
            view.rows().forEach(r -> labels.add(r.label()));
            return labels;
        });
    }

    /** The bind dialog a chase opens for a server, once it is shown. */
    public Shell waitForConsent(Duration timeout) {
        return Workbench.waitForShell("Follow Referral", timeout);
    }

    /** Which bind the dialog selected first ("connection", "anonymous" or "other"). */
    public static String offered(Shell dialog) {
        for (String id : List.of("connection", "anonymous", "other")) {
            Button radio = Workbench.find(dialog, TopologyPart.WIDGET_KEY, id, Button.class);
            if (Workbench.ui(radio::getSelection)) {
                return id;
            }
        }
        return "";
    }

    /** The dialog's message: which server, and whether it is inside the forest. */
    public static String message(Shell dialog) {
        return Workbench.ui(() -> {
            StringBuilder text = new StringBuilder();
            collectText(dialog, text);
            return text.toString();
        });
    }

    private static void collectText(Composite root, StringBuilder into) {
        for (org.eclipse.swt.widgets.Control child : root.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Label) {
                into.append(((org.eclipse.swt.widgets.Label) child).getText()).append('\n');
            } else if (child instanceof org.eclipse.swt.custom.CLabel) {
                into.append(((org.eclipse.swt.custom.CLabel) child).getText()).append('\n');
            } else if (child instanceof Text && (child.getStyle() & SWT.READ_ONLY) != 0) {
                into.append(((Text) child).getText()).append('\n');
            }
            if (child instanceof Composite) {
                collectText((Composite) child, into);
            }
        }
    }

    /** Answers the dialog: "connection", "anonymous", or other credentials; then Follow. */
    public static void follow(Shell dialog, String bind, String principal, String password) {
        Button radio = Workbench.find(dialog, TopologyPart.WIDGET_KEY, bind, Button.class);
        Workbench.uiRun(() -> {
            for (String id : List.of("connection", "anonymous", "other")) {
                Workbench.find(dialog, TopologyPart.WIDGET_KEY, id, Button.class).setSelection(false);
            }
            radio.setSelection(true);
            if (principal != null) {
                Workbench.find(dialog, TopologyPart.WIDGET_KEY, "principal", Text.class).setText(principal);
                Workbench.find(dialog, TopologyPart.WIDGET_KEY, "password", Text.class).setText(password);
            }
        });
        click(dialog, "follow");
    }

    public static void skip(Shell dialog) {
        click(dialog, "skip");
    }

    private static void click(Shell dialog, String id) {
        Button button = Workbench.find(dialog, TopologyPart.WIDGET_KEY, id, Button.class);
        Workbench.uiRun(() -> button.notifyListeners(SWT.Selection, new Event()));
        Workbench.waitUntil("the dialog is closed", Duration.ofSeconds(10), dialog::isDisposed);
    }

    private <C extends org.eclipse.swt.widgets.Control> C control(String id, Class<C> type) {
        Composite root = Workbench.ui(() -> view.viewer().getControl().getParent());
        return Workbench.find(root, TopologyPart.WIDGET_KEY, id, type);
    }
}
