package io.adtopo.ui.connections;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Encryption;
import io.adtopo.ui.connections.PreferenceConnectionCatalog;
import io.adtopo.ui.internal.Messages;

/** Enters or edits one directory connection of adtopo's preferences. */
final class ConnectionDialog extends TitleAreaDialog {

    private final ConnectionProfile initial;
    private Text name;
    private Text host;
    private Text port;
    private Combo encryption;
    private Text bind;
    private Button readOnly;
    private String nameValue;
    private String hostValue;
    private int portValue;
    private Encryption encryptionValue;
    private String bindValue;
    private boolean readOnlyValue;

    ConnectionDialog(Shell parent, ConnectionProfile initial) {
        super(parent);
        this.initial = initial;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Dialog_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.Dialog_title);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        name = field(form, Messages.Dialog_name);
        host = field(form, Messages.Dialog_host);
        port = field(form, Messages.Dialog_port);
        new Label(form, SWT.NONE).setText(Messages.Dialog_encryption);
        encryption = new Combo(form, SWT.READ_ONLY);
        for (Encryption e : Encryption.values()) {
            encryption.add(e.name());
        }
        encryption.addListener(SWT.Selection, e -> {
            if (port.getText().isBlank() || "389".equals(port.getText()) || "636".equals(port.getText())) {
                port.setText(String.valueOf(Encryption.values()[encryption.getSelectionIndex()].defaultPort()));
            }
        });
        Label bindLabel = new Label(form, SWT.WRAP);
        bindLabel.setText(Messages.Dialog_bind);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(bindLabel);
        bind = new Text(form, SWT.BORDER);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(bind);
        readOnly = new Button(form, SWT.CHECK);
        readOnly.setText(Messages.Dialog_readOnly);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(readOnly);

        ConnectionProfile p = initial;
        name.setText(p == null ? "" : p.name());
        host.setText(p == null ? "" : p.host());
        port.setText(String.valueOf(p == null ? 389 : p.port()));
        encryption.select((p == null ? Encryption.NONE : p.encryption()).ordinal());
        bind.setText(p == null ? "" : p.bindPrincipal());
        readOnly.setSelection(p != null && p.readOnly());
        return area;
    }

    private static Text field(Composite form, String label) {
        new Label(form, SWT.NONE).setText(label);
        Text text = new Text(form, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        return text;
    }

    @Override
    protected void okPressed() {
        if (name.getText().isBlank() || host.getText().isBlank()) {
            setErrorMessage(Messages.Dialog_missing);
            return;
        }
        try {
            portValue = Integer.parseInt(port.getText().trim());
            if (portValue < 1 || portValue > 65535) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            setErrorMessage(Messages.Dialog_badPort);
            return;
        }
        nameValue = name.getText().trim();
        hostValue = host.getText().trim();
        encryptionValue = Encryption.values()[encryption.getSelectionIndex()];
        bindValue = bind.getText().trim();
        readOnlyValue = readOnly.getSelection();
        super.okPressed();
    }

    ConnectionProfile profile(String id) {
        return new ConnectionProfile(id, nameValue, hostValue, portValue, encryptionValue, bindValue, readOnlyValue,
                PreferenceConnectionCatalog.ID);
    }
}
