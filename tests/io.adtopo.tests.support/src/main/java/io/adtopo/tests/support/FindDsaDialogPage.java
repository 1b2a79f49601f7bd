package io.adtopo.tests.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

import io.adtopo.ui.find.FindDsaDialog;
import io.adtopo.ui.topology.TopologyPart;

/**
 * The "Find DSA from a Message" dialog, opened through its command as the view's toolbar button does and
 * driven through its widgets: paste, Find, read the rows, Select.
 */
public final class FindDsaDialogPage {

    private static final String TITLE = "Find DSA from a Message";
    private final Shell shell;

    private FindDsaDialogPage(Shell shell) {
        this.shell = shell;
    }

    /** Runs the find command in the active Sites and Servers view and waits for the dialog. */
    public static FindDsaDialogPage open() {
        Display display = Display.getDefault();
        display.asyncExec(() -> {
            try {
                PlatformUI.getWorkbench().getService(IHandlerService.class)
                        .executeCommand("io.adtopo.ui.commands.findDsa", null);
            } catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
                throw new IllegalStateException(e);
            }
        });
        Shell[] found = new Shell[1];
        Workbench.waitUntil("the find dialog is open", Duration.ofSeconds(20), () -> {
            for (Shell shell : display.getShells()) {
                if (TITLE.equals(shell.getText()) && shell.isVisible()) {
                    found[0] = shell;
                    return true;
                }
            }
            return false;
        });
        return new FindDsaDialogPage(found[0]);
    }

    /** Pastes the text, presses Find and waits for the lookup to end. */
    public void find(String text) {
        Text paste = Workbench.find(shell, TopologyPart.WIDGET_KEY, "paste", Text.class);
        Button find = Workbench.find(shell, TopologyPart.WIDGET_KEY, "find", Button.class);
        Workbench.uiRun(() -> {
            paste.setText(text);
            find.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        Workbench.waitForJobs(findFamily(), Duration.ofSeconds(60));
    }

    public String summary() {
        Label summary = Workbench.find(shell, TopologyPart.WIDGET_KEY, "summary", Label.class);
        return Workbench.ui(summary::getText);
    }

    /** The result rows as "text | kind | found". */
    public List<String> rows() {
        Table table = Workbench.find(shell, TopologyPart.WIDGET_KEY, "results", Table.class);
        return Workbench.ui(() -> {
            List<String> rows = new ArrayList<>();
            for (TableItem item : table.getItems()) {
                rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2));
            }
            return rows;
        });
    }

    public boolean canSelect() {
        Button select = Workbench.find(shell, TopologyPart.WIDGET_KEY, "select", Button.class);
        return Workbench.ui(select::isEnabled);
    }

    /** Presses "Select in Sites and Servers": the dialog closes and the view selects the DSA. */
    public void select() {
        Button select = Workbench.find(shell, TopologyPart.WIDGET_KEY, "select", Button.class);
        Workbench.uiRun(() -> select.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event()));
        Workbench.waitUntil("the find dialog is closed", Duration.ofSeconds(10), shell::isDisposed);
    }

    public void close() {
        Workbench.uiRun(() -> {
            if (!shell.isDisposed()) {
                shell.close();
            }
        });
    }

    private static Object findFamily() {
        return FindDsaDialog.JOB_FAMILY;
    }
}
