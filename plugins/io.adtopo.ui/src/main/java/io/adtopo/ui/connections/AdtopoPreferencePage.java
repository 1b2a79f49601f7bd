package io.adtopo.ui.connections;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import io.adtopo.ui.internal.Messages;
import io.adtopo.ui.topology.TopologyPart;

/** The root of adtopo's preferences: what adtopo is, and the addresses of hosts no resolver finds. */
public final class AdtopoPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private Text addresses;

    @Override
    public void init(IWorkbench workbench) {
        // the preferences are read when the page is drawn
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(body);
        Label label = new Label(body, SWT.WRAP);
        label.setText(Messages.Prefs_description);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(label);
        Label title = new Label(body, SWT.WRAP);
        title.setText(Messages.Prefs_addresses);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).indent(0, 10).applyTo(title);
        addresses = new Text(body, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        addresses.setData(TopologyPart.WIDGET_KEY, "addresses");
        addresses.setText(HostAddresses.text());
        addresses.addListener(SWT.Modify, e -> check());
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 120).applyTo(addresses);
        return body;
    }

    private boolean check() {
        try {
            io.adtopo.core.dns.AddressBook.parse(addresses.getText());
            setErrorMessage(null);
            setValid(true);
            return true;
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            setValid(false);
            return false;
        }
    }

    @Override
    protected void performDefaults() {
        addresses.setText("");
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        if (!check()) {
            return false;
        }
        HostAddresses.store(addresses.getText());
        return true;
    }
}
