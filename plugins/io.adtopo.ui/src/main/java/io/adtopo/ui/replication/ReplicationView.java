package io.adtopo.ui.replication;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.views.markers.MarkerViewUtil;

import io.adtopo.core.checks.Check;
import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.replication.DcReplication;
import io.adtopo.core.replication.InboundNeighbor;
import io.adtopo.core.replication.ReplicationStatus;
import io.adtopo.core.replication.ReplicationSummary;
import io.adtopo.core.replication.ShowreplCsv;
import io.adtopo.core.topology.Topology;
import io.adtopo.ui.commands.ClipboardText;
import io.adtopo.ui.connections.ConnectionRef;
import io.adtopo.ui.internal.Messages;
import io.adtopo.ui.topology.TopologyPart;
import io.adtopo.ui.validation.ProblemMarkers;

/**
 * Replication: repadmin /showrepl for the whole forest, off Windows. For each DC of the chosen connection's
 * forest, its inbound partners per naming context with last success, last attempt, result and consecutive
 * failures, failing links first; DCs that could not be read, each with its reason; a summary like
 * repadmin /replsummary. A link failing with 8589 names the validator's problem that causes it.
 */
public final class ReplicationView extends TopologyPart {

    public static final String ID = "io.adtopo.ui.views.replication";
    /** The job family of replication reads. */
    public static final Object JOB_FAMILY = ReadReplicationJob.class;
    /** ERROR_DS_CANT_DERIVE_SPN_WITHOUT_SERVER_REF: the source's server object lacks serverReference. */
    static final int ERROR_NO_SERVER_REFERENCE = 8589;

    private Text filter;
    private Button failingOnly;
    private ReplicationStatus status;
    private ReadReplicationJob reading;

    @Override
    protected void createControls(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(row);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(row);
        new Label(row, SWT.NONE).setText(Messages.Replication_filter);
        filter = new Text(row, SWT.BORDER | SWT.SEARCH);
        filter.setData(WIDGET_KEY, "filter");
        filter.setMessage(Messages.Replication_filterHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        filter.addListener(SWT.Modify, e -> showStatus());
        failingOnly = new Button(row, SWT.CHECK);
        failingOnly.setText(Messages.Replication_failingOnly);
        failingOnly.setData(WIDGET_KEY, "failing");
        failingOnly.addListener(SWT.Selection, e -> showStatus());
        Button read = new Button(row, SWT.PUSH);
        read.setText(Messages.Replication_read);
        read.setData(WIDGET_KEY, "read");
        read.addListener(SWT.Selection, e -> readStatus());
        Button copy = new Button(row, SWT.PUSH);
        copy.setText(Messages.Replication_copyCsv);
        copy.setData(WIDGET_KEY, "copy");
        copy.addListener(SWT.Selection, e -> ClipboardText.put(copy.getDisplay(), csv()));
    }

    @Override
    protected void configure(TreeViewer tree) {
        for (int i = 0; i < ReplicationLabels.COLUMNS.length; i++) {
            int column = i;
            column(tree, ReplicationLabels.COLUMNS[i], ReplicationLabels.WIDTHS[i], new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return ReplicationLabels.text(element, column, ReplicationView.this::problemOf);
                }
            });
        }
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return input instanceof Object[] ? (Object[]) input : new Object[0];
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof ReplicationLabels.Group ? ((ReplicationLabels.Group) parent).children()
                        : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof ReplicationLabels.Group;
            }
        });
        tree.addDoubleClickListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof InboundNeighbor) {
                problemOf((InboundNeighbor) first).ifPresent(m -> MarkerViewUtil.showMarker(getSite().getPage(), m,
                        true));
            }
        });
    }

    /** Reads every DC's status again for the connection shown. */
    public void readStatus() {
        ConnectionRef connection = connection();
        Topology topology = topology();
        if (connection == null || topology == null) {
            updateStatus(Messages.Topology_chooseConnection, true);
            return;
        }
        if (reading != null) {
            reading.cancel();
        }
        updateStatus(NLS.bind(Messages.Replication_reading, topology.servers().size(), connection.profile().name()),
                false);
        ReadReplicationJob[] self = new ReadReplicationJob[1];
        self[0] = new ReadReplicationJob(connection, topology, outcome -> inUi(() -> {
            if (reading == self[0] && connection.equals(connection())) {
                reading = null;
                if (outcome.status != null) {
                    status = outcome.status;
                    showStatus();
                } else {
                    updateStatus(outcome.failure != null ? NLS.bind(Messages.Replication_failed, outcome.failure)
                            : Messages.Topology_cancelled, true);
                }
            }
        }));
        reading = self[0];
        self[0].schedule();
    }

    private void showStatus() {
        if (status == null) {
            viewer().setInput(new Object[0]);
            return;
        }
        List<Object> roots = new ArrayList<>(visibleRows());
        if (!status.unreachable().isEmpty()) {
            roots.add(new ReplicationLabels.Group(Messages.Replication_unreachable,
                    String.valueOf(status.unreachable().size()), status.unreachable().toArray()));
        }
        ReplicationSummary summary = status.summary();
        roots.add(new ReplicationLabels.Group(Messages.Replication_summary, "", new Object[] {
            new ReplicationLabels.Group(Messages.Replication_summarySources, "", summary.sources().toArray()),
            new ReplicationLabels.Group(Messages.Replication_summaryDestinations, "",
                    summary.destinations().toArray()) }));
        viewer().setInput(roots.toArray());
        long failing = status.rows().stream().filter(InboundNeighbor::isFailing).count();
        updateStatus(NLS.bind(Messages.Replication_loaded, new Object[] { status.dcs().size(), status.rows().size(),
                failing, status.unreachable().size(), ReplicationLabels.time(status.readAt()) }), failing > 0);
    }

    /** The neighbor rows the filter and "failing only" let through, failing first. */
    public List<InboundNeighbor> visibleRows() {
        if (status == null) {
            return List.of();
        }
        String text = filter.getText().trim().toLowerCase(Locale.ROOT);
        List<InboundNeighbor> rows = new ArrayList<>();
        for (InboundNeighbor n : status.rows()) {
            boolean matches = text.isEmpty() || n.destination().name().toLowerCase(Locale.ROOT).contains(text)
                    || n.sourceName().toLowerCase(Locale.ROOT).contains(text)
                    || n.namingContext().toLowerCase(Locale.ROOT).contains(text);
            if (matches && (!failingOnly.getSelection() || n.isFailing())) {
                rows.add(n);
            }
        }
        return rows;
    }

    /** The visible rows as repadmin /showrepl /csv writes them. */
    public String csv() {
        return ShowreplCsv.of(visibleRows());
    }

    public ReplicationStatus status() {
        return status;
    }

    /** Shows only rows whose DC or naming context contains the text (from a problem marker, for instance). */
    public void setFilter(String text) {
        filter.setText(text);
    }

    /** The marker of the validator's problem that explains a link failing with 8589, if there is one. */
    Optional<IMarker> problemOf(InboundNeighbor neighbor) {
        ConnectionRef connection = connection();
        if (connection == null || neighbor.link().lastResult() != ERROR_NO_SERVER_REFERENCE
                || neighbor.source().isEmpty()) {
            return Optional.empty();
        }
        String serverDn = neighbor.source().get().dn();
        try {
            for (IMarker marker : ResourcesPlugin.getWorkspace().getRoot().findMarkers(ProblemMarkers.TYPE, false,
                    IResource.DEPTH_ZERO)) {
                if (connection.key().equals(marker.getAttribute(ProblemMarkers.CONNECTION, ""))
                        && Check.SERVER_REFERENCE_MISSING.id().equals(marker.getAttribute(ProblemMarkers.CHECK, ""))
                        && DnNames.same(serverDn, marker.getAttribute(ProblemMarkers.DN, ""))) {
                    return Optional.of(marker);
                }
            }
        } catch (CoreException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    @Override
    protected void showTopology(Topology shown) {
        if (shown == null) {
            status = null;
            showStatus();
        }
    }

    @Override
    protected String loadedStatus(ConnectionRef connection, Topology loaded, String time) {
        inUi(this::readStatus);
        return NLS.bind(Messages.Replication_reading, loaded.servers().size(), connection.profile().name());
    }

    private void inUi(Runnable runnable) {
        Control control = viewer().getControl();
        if (!control.isDisposed()) {
            control.getDisplay().asyncExec(() -> {
                if (!control.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }
}
