package io.adtopo.ui.validation;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.adtopo.core.changes.EntryChange;
import io.adtopo.ui.connections.ConnectionRef;
import io.adtopo.ui.internal.Messages;
import io.adtopo.ui.topology.TopologyPart;

/**
 * Shows exactly what will be written, and to which server, before anything is: the LDIF of each change with
 * what it does and why. Apply writes; a read-only connection only offers to copy the LDIF.
 */
public final class ChangePreviewDialog extends TitleAreaDialog {

    /** One change to show: what it does, why, and the change itself. */
    public static final class Item {
        final String label;
        final String reason;
        final EntryChange change;

        public Item(String label, String reason, EntryChange change) {
            this.label = label;
            this.reason = reason;
            this.change = change;
        }
    }

    public static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;
    /** The family of the jobs that write what the dialog showed. */
    public static final Object WRITE_FAMILY = ApplyChangesJob.FAMILY;

    private final String title;
    private final ConnectionRef connection;
    private final List<Item> items;

    public ChangePreviewDialog(Shell parent, String title, ConnectionRef connection, List<Item> items) {
        super(parent);
        this.title = title;
        this.connection = connection;
        this.items = List.copyOf(items);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The LDIF shown, with a comment above each change saying what it does and why. */
    public String ldif() {
        StringBuilder out = new StringBuilder();
        for (Item item : items) {
            out.append("# ").append(item.label).append('\n');
            out.append("# why: ").append(item.reason).append('\n');
            out.append(item.change.toLdif()).append('\n');
        }
        return out.toString();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(title);
        String target = NLS.bind(Messages.Preview_target, connection.profile().url(), connection.profile().name());
        setMessage(connection.profile().readOnly() ? target + " " + Messages.Preview_readOnly
                : target + " " + Messages.Preview_safe);
        Composite area = (Composite) super.createDialogArea(parent);
        Text text = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        text.setData(TopologyPart.WIDGET_KEY, "ldif");
        text.setText(ldif());
        text.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().grab(true, true).hint(720, 260).applyTo(text);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (!connection.profile().readOnly()) {
            createButton(parent, IDialogConstants.OK_ID, Messages.Preview_apply, true).setData(TopologyPart.WIDGET_KEY,
                    "apply");
        }
        createButton(parent, COPY_ID, Messages.Preview_copy, connection.profile().readOnly())
                .setData(TopologyPart.WIDGET_KEY, "copy");
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false)
                .setData(TopologyPart.WIDGET_KEY, "cancel");
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == COPY_ID) {
            Clipboard clipboard = new Clipboard(getShell().getDisplay());
            try {
                clipboard.setContents(new Object[] { ldif() }, new Transfer[] { TextTransfer.getInstance() });
            } finally {
                clipboard.dispose();
            }
            setReturnCode(COPY_ID);
            close();
            return;
        }
        super.buttonPressed(buttonId);
    }
}
