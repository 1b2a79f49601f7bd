package io.adtopo.ui.find;

import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.adtopo.core.diagnostics.DiagnosticText;
import io.adtopo.core.diagnostics.MessageLookup;
import io.adtopo.core.topology.DsaMatch;
import io.adtopo.core.topology.NtdsSettings;
import io.adtopo.core.topology.Topology;
import io.adtopo.ui.connections.ConnectionRef;
import io.adtopo.ui.internal.Messages;
import io.adtopo.ui.topology.TopologyPart;

/**
 * "Find DSA from a message": paste an event 1411/2023/1925 text, repadmin or dcdiag output; every DSA it
 * names is looked up, live or deleted, and the chosen one is selected in Sites and Servers.
 */
public final class FindDsaDialog extends TitleAreaDialog {

    /** The family of the lookup jobs the dialog runs. */
    public static final Object JOB_FAMILY = FindDsaJob.FAMILY;

    private final Topology topology;
    private final ConnectionRef connection;
    private Text paste;
    private Label summary;
    private TableViewer results;
    private NtdsSettings chosen;

    public FindDsaDialog(Shell parent, Topology topology, ConnectionRef connection) {
        super(parent);
        this.topology = topology;
        this.connection = connection;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Find_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.Find_title);
        setMessage(Messages.Find_intro);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        paste = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        paste.setData(TopologyPart.WIDGET_KEY, "paste");
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 140).applyTo(paste);
        Button find = new Button(body, SWT.PUSH);
        find.setText(Messages.Find_button);
        find.setData(TopologyPart.WIDGET_KEY, "find");
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(find);
        find.addListener(SWT.Selection, e -> find());
        summary = new Label(body, SWT.WRAP);
        summary.setData(TopologyPart.WIDGET_KEY, "summary");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(summary);
        results = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        results.getTable().setData(TopologyPart.WIDGET_KEY, "results");
        results.getTable().setHeaderVisible(true);
        column(Messages.Find_columnText, 330, row -> row.finding().value());
        column(Messages.Find_columnKind, 130, FindDsaLabels::kind);
        column(Messages.Find_columnFound, 330, row -> FindDsaLabels.found(row, topology));
        results.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 160)
                .applyTo(results.getControl());
        results.addSelectionChangedListener(e -> updateOk());
        results.addDoubleClickListener(e -> {
            if (liveSelection() != null) {
                okPressed();
            }
        });
        return area;
    }

    private void column(String title, int width, java.util.function.Function<MessageLookup.Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(results, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((MessageLookup.Row) element);
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Find_select, true).setData(TopologyPart.WIDGET_KEY,
                "select");
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, false);
        updateOk();
    }

    /** Parses the pasted text and looks its DSAs up in the background. */
    private void find() {
        DiagnosticText text = DiagnosticText.parse(paste.getText());
        summary.setText(text.summary());
        results.setInput(List.of());
        if (text.isEmpty()) {
            return;
        }
        setMessage(Messages.Find_searching);
        Job job = new FindDsaJob(text, topology, connection, result -> results.getControl().getDisplay()
                .asyncExec(() -> show(result)));
        job.schedule();
    }

    private void show(FindDsaJob.Result result) {
        if (results.getControl().isDisposed()) {
            return;
        }
        results.setInput(result.rows);
        if (result.problem != null) {
            setMessage(Messages.Find_liveOnly + " " + result.problem, IMessageProvider.WARNING);
        } else {
            setMessage(result.rows.isEmpty() ? Messages.Find_nothing : Messages.Find_intro);
        }
        for (MessageLookup.Row row : result.rows) {
            if (row.match().kind() == DsaMatch.Kind.LIVE) {
                results.setSelection(new org.eclipse.jface.viewers.StructuredSelection(row), true);
                break;
            }
        }
        updateOk();
    }

    private NtdsSettings liveSelection() {
        Object row = ((IStructuredSelection) results.getSelection()).getFirstElement();
        return row instanceof MessageLookup.Row ? ((MessageLookup.Row) row).match().live().orElse(null) : null;
    }

    private void updateOk() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null && results != null) {
            ok.setEnabled(liveSelection() != null);
        }
    }

    @Override
    protected void okPressed() {
        chosen = liveSelection();
        super.okPressed();
    }

    /** The NTDS Settings to select in Sites and Servers, after OK. */
    public NtdsSettings chosen() {
        return chosen;
    }
}
