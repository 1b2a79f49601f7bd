package io.adtopo.ui.connections;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import io.adtopo.core.connection.ConnectionCatalog;
import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.ui.internal.AdtopoUiPlugin;
import io.adtopo.ui.internal.Messages;

/** Lists, adds, edits and removes the connections of adtopo's own preferences. */
public final class ConnectionsPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private final List<ConnectionProfile> profiles = new ArrayList<>();
    private PreferenceConnectionCatalog catalog;
    private TableViewer table;

    @Override
    public void init(IWorkbench workbench) {
        for (ConnectionCatalog c : AdtopoUiPlugin.getDefault().connections().catalogs()) {
            if (c instanceof PreferenceConnectionCatalog) {
                catalog = (PreferenceConnectionCatalog) c;
            }
        }
        if (catalog != null) {
            profiles.addAll(catalog.profiles());
        }
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(area);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(Messages.Prefs_connections);
        GridDataFactory.fillDefaults().span(2, 1).hint(400, SWT.DEFAULT).grab(true, false).applyTo(intro);

        table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.getTable().setHeaderVisible(true);
        column(Messages.Prefs_columnName, 140, p -> p.name());
        column(Messages.Prefs_columnUrl, 200, p -> p.url() + (p.readOnly() ? " (read-only)" : ""));
        column(Messages.Prefs_columnBind, 200, p -> p.isAnonymous() ? "(anonymous)" : p.bindPrincipal());
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setInput(profiles);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 160).applyTo(table.getControl());

        Composite buttons = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        button(buttons, Messages.Prefs_add, this::add);
        button(buttons, Messages.Prefs_edit, this::edit);
        button(buttons, Messages.Prefs_remove, this::remove);
        table.addDoubleClickListener(e -> edit());
        return area;
    }

    private void column(String title, int width, java.util.function.Function<ConnectionProfile, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ConnectionProfile) element);
            }
        });
    }

    private static void button(Composite parent, String label, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.addListener(SWT.Selection, e -> action.run());
        GridDataFactory.fillDefaults().applyTo(button);
    }

    private void add() {
        ConnectionDialog dialog = new ConnectionDialog(getShell(), null);
        if (dialog.open() == Window.OK) {
            profiles.add(dialog.profile(PreferenceConnectionCatalog.newId()));
            table.refresh();
        }
    }

    private void edit() {
        ConnectionProfile selected = selected();
        if (selected == null) {
            return;
        }
        ConnectionDialog dialog = new ConnectionDialog(getShell(), selected);
        if (dialog.open() == Window.OK) {
            profiles.set(profiles.indexOf(selected), dialog.profile(selected.id()));
            table.refresh();
        }
    }

    private void remove() {
        ConnectionProfile selected = selected();
        if (selected != null) {
            profiles.remove(selected);
            table.refresh();
        }
    }

    private ConnectionProfile selected() {
        return (ConnectionProfile) ((IStructuredSelection) table.getSelection()).getFirstElement();
    }

    @Override
    public boolean performOk() {
        if (catalog != null) {
            catalog.replaceAll(profiles);
        }
        return true;
    }
}
