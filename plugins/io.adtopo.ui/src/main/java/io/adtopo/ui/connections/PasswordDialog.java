package io.adtopo.ui.connections;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for one password; the text field masks it and the value is handed out as a char array. */
final class PasswordDialog extends Dialog {

    private final String title;
    private final String prompt;
    private Text text;
    private char[] password;

    PasswordDialog(Shell parent, String title, String prompt) {
        super(parent);
        this.title = title;
        this.prompt = prompt;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().applyTo(area);
        Label label = new Label(area, SWT.WRAP);
        label.setText(prompt);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(label);
        text = new Text(area, SWT.BORDER | SWT.PASSWORD | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        return area;
    }

    @Override
    protected void okPressed() {
        password = text.getTextChars();
        super.okPressed();
    }

    char[] password() {
        return password;
    }
}
