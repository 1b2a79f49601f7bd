package io.adtopo.ui.referrals;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.adtopo.core.connection.Credentials;
import io.adtopo.core.referrals.BindChoice;
import io.adtopo.core.referrals.ChaseTarget;
import io.adtopo.ui.internal.Messages;
import io.adtopo.ui.topology.TopologyPart;

/**
 * Asks how to bind at a server a referral names, before anything is sent to it: the connection's credentials
 * (offered first inside the forest), anonymously (offered first outside it), other credentials, or skip.
 */
final class ChaseConsentDialog extends TitleAreaDialog {

    private final ChaseTarget target;
    private final String connectionPrincipal;
    private Button connection;
    private Button anonymous;
    private Button other;
    private Text principal;
    private Text password;
    private BindChoice choice = BindChoice.skip();

    ChaseConsentDialog(Shell parent, ChaseTarget target, String connectionPrincipal) {
        super(parent);
        this.target = target;
        this.connectionPrincipal = connectionPrincipal;
    }

    /** What the user chose; skip when the dialog was cancelled. */
    BindChoice choice() {
        return choice;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Chase_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(NLS.bind(Messages.Chase_heading, target.url().host() + ":" + target.url().port()));
        setMessage(NLS.bind(target.inForest() ? Messages.Chase_inForest : Messages.Chase_outside, new Object[] {
                target.url(), target.hop(), target.cause() }));
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        connection = radio(body, NLS.bind(Messages.Chase_connection, connectionPrincipal.isEmpty()
                ? Messages.Chase_anonymousConnection : connectionPrincipal), "connection");
        anonymous = radio(body, Messages.Chase_anonymous, "anonymous");
        other = radio(body, Messages.Chase_other, "other");
        new Label(body, SWT.NONE).setText(Messages.Chase_principal);
        principal = new Text(body, SWT.BORDER);
        principal.setData(TopologyPart.WIDGET_KEY, "principal");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(principal);
        new Label(body, SWT.NONE).setText(Messages.Chase_password);
        password = new Text(body, SWT.BORDER | SWT.PASSWORD);
        password.setData(TopologyPart.WIDGET_KEY, "password");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
        (target.inForest() ? connection : anonymous).setSelection(true);
        return area;
    }

    private static Button radio(Composite parent, String text, String id) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(text);
        button.setData(TopologyPart.WIDGET_KEY, id);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(button);
        return button;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Chase_follow, true).setData(TopologyPart.WIDGET_KEY,
                "follow");
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.Chase_skip, false).setData(TopologyPart.WIDGET_KEY,
                "skip");
    }

    @Override
    protected void okPressed() {
        if (connection.getSelection()) {
            choice = BindChoice.connection();
        } else if (other.getSelection()) {
            if (principal.getText().isBlank()) {
                setErrorMessage(Messages.Chase_principalMissing);
                return;
            }
            choice = BindChoice.other(Credentials.of(principal.getText().trim(), password.getTextChars()));
        } else {
            choice = BindChoice.anonymous();
        }
        super.okPressed();
    }
}
