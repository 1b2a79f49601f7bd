package io.adtopo.ui.dfs;

import java.util.List;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;

import io.adtopo.core.dfs.DfsNamespace;
import io.adtopo.core.topology.Topology;
import io.adtopo.ui.connections.ConnectionRef;
import io.adtopo.ui.internal.Messages;
import io.adtopo.ui.topology.TopologyPart;

/**
 * DFS Namespaces: the domain-based namespaces of the connection's domain, each with its root and folders,
 * their referral ordering and targets; fTDfs namespaces listed as not previewed. Opening a root or folder
 * opens the referral preview editor on it.
 */
public final class DfsNamespacesView extends TopologyPart {

    public static final String ID = "io.adtopo.ui.views.dfs";
    /** The job family of namespace reads. */
    public static final Object READ_FAMILY = ReadNamespacesJob.class;

    private volatile ReadNamespacesJob reading;
    private List<DfsNamespace> namespaces = List.of();
    /** The connection the namespaces shown were read from, and when (kept, marked, when a re-read fails). */
    private String readFrom;
    private String readAt;
    private String clientSiteDn;

    @Override
    protected void configure(TreeViewer tree) {
        column(tree, Messages.Dfs_columnPath, 300, DfsLabels::path);
        column(tree, Messages.Dfs_columnOrdering, 330, DfsLabels::ordering);
        column(tree, Messages.Dfs_columnTargets, 90, DfsLabels::targetCount);
        column(tree, Messages.Dfs_columnNotes, 420, DfsLabels::notes);
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return input instanceof List ? ((List<?>) input).toArray() : new Object[0];
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof DfsNamespace ? FolderNode.of((DfsNamespace) parent).toArray()
                        : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof DfsNamespace && ((DfsNamespace) element).isPreviewable();
            }
        });
        tree.addDoubleClickListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof FolderNode) {
                OpenReferralPreviewHandler.open(getSite().getPage(), connection(), (FolderNode) first, clientSiteDn);
            }
        });
    }

    private void column(TreeViewer tree, String title, int width, java.util.function.Function<Object, String> text) {
        column(tree, title, width, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }
        });
    }

    /** The client site previews opened from here start with; null for the site of the DC read. */
    public String clientSiteDn() {
        return clientSiteDn;
    }

    public void setClientSite(String siteDn) {
        clientSiteDn = siteDn;
        if (reading == null && !namespaces.isEmpty()) {
            showNamespaces(connection(), new ReadNamespacesJob.Outcome(namespaces, null));
        }
    }

    /** The namespaces shown, for the preview handler and tests. */
    public List<DfsNamespace> namespaces() {
        return namespaces;
    }

    @Override
    protected void showTopology(Topology shown) {
        ReadNamespacesJob previous = reading;
        if (previous != null) {
            previous.cancel();
        }
        ConnectionRef connection = connection();
        boolean sameConnection = connection != null && connection.key().equals(readFrom);
        if (shown == null && sameConnection && isReloading()) {
            return; // the topology is read again: keep the namespaces until the new ones (or an error) come
        }
        if (shown == null || !sameConnection) {
            // another connection (or none): nothing of the earlier one may stay on screen
            namespaces = List.of();
            readFrom = null;
            viewer().setInput(null);
        }
        if (shown == null || connection == null) {
            return;
        }
        String domain = shown.forest().defaultNamingContext();
        ReadNamespacesJob[] self = new ReadNamespacesJob[1];
        self[0] = new ReadNamespacesJob(connection, domain, outcome -> inUi(() -> {
            if (reading == self[0] && connection.equals(connection())) {
                showNamespaces(connection, outcome);
            }
        }));
        reading = self[0];
        self[0].schedule();
    }

    private void showNamespaces(ConnectionRef connection, ReadNamespacesJob.Outcome outcome) {
        reading = null;
        if (outcome.failure != null) {
            updateStatus(readFrom != null ? NLS.bind(Messages.Dfs_readFailedShowingLast, outcome.failure, readAt)
                    : NLS.bind(Messages.Dfs_readFailed, outcome.failure), true);
        } else if (outcome.namespaces == null) {
            updateStatus(Messages.Topology_cancelled, true);
        } else {
            namespaces = outcome.namespaces;
            readFrom = connection.key();
            readAt = java.time.LocalTime.now().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss"));
            viewer().setInput(namespaces);
            viewer().expandAll();
            String text = namespaces.isEmpty() ? NLS.bind(Messages.Dfs_none, connection.profile().name())
                    : NLS.bind(Messages.Dfs_loaded, namespaces.size(), connection.profile().name());
            if (clientSiteDn != null) {
                text += " " + NLS.bind(Messages.Dfs_clientSite, io.adtopo.core.ldap.DnNames.firstValue(clientSiteDn));
            }
            updateStatus(text, false);
        }
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

    @Override
    protected String loadedStatus(ConnectionRef connection, Topology loaded, String time) {
        return NLS.bind(Messages.Dfs_reading, connection.profile().name());
    }
}
