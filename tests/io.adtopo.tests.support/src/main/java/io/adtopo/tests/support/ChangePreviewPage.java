package io.adtopo.tests.support;

import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.adtopo.ui.topology.TopologyPart;

/** The dialog that shows the LDIF of a fix or an undo before anything is written. */
public final class ChangePreviewPage {

    private final Shell shell;

    private ChangePreviewPage(Shell shell) {
        this.shell = shell;
    }

    /** Waits for the preview dialog with this title ("Apply Fix", "Undo Last Fix"). */
    public static ChangePreviewPage waitFor(String title) {
        return new ChangePreviewPage(Workbench.waitForShell(title, Duration.ofSeconds(30)));
    }

    public String ldif() {
        Text text = Workbench.find(shell, TopologyPart.WIDGET_KEY, "ldif", Text.class);
        return Workbench.ui(text::getText);
    }

    /** The dialog's message line (the target server, read-only or not). */
    public String message() {
        return Workbench.ui(() -> {
            for (org.eclipse.swt.widgets.Control c : descendants(shell)) {
                if (c instanceof Text && ((Text) c).getText().startsWith("adtopo will send")) {
                    return ((Text) c).getText();
                }
                if (c instanceof org.eclipse.swt.widgets.Label
                        && ((org.eclipse.swt.widgets.Label) c).getText().startsWith("adtopo will send")) {
                    return ((org.eclipse.swt.widgets.Label) c).getText();
                }
            }
            return "";
        });
    }

    public boolean hasButton(String id) {
        return Workbench.ui(() -> {
            for (org.eclipse.swt.widgets.Control c : descendants(shell)) {
                if (c instanceof Button && id.equals(c.getData(TopologyPart.WIDGET_KEY))) {
                    return true;
                }
            }
            return false;
        });
    }

    /** Presses a button ("apply", "copy", "cancel") and waits for the dialog to close. */
    public void press(String id) {
        Button button = Workbench.find(shell, TopologyPart.WIDGET_KEY, id, Button.class);
        Workbench.uiRun(() -> button.notifyListeners(SWT.Selection, new Event()));
        Workbench.waitUntil("the dialog is closed", Duration.ofSeconds(10), shell::isDisposed);
    }

    private static java.util.List<org.eclipse.swt.widgets.Control> descendants(org.eclipse.swt.widgets.Composite root) {
        java.util.List<org.eclipse.swt.widgets.Control> all = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.Control child : root.getChildren()) {
            all.add(child);
            if (child instanceof org.eclipse.swt.widgets.Composite) {
                all.addAll(descendants((org.eclipse.swt.widgets.Composite) child));
            }
        }
        return all;
    }
}
