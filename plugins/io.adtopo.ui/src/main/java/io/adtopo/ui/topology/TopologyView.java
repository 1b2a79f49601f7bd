package io.adtopo.ui.topology;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import io.adtopo.core.connection.CatalogListener;
import io.adtopo.core.connection.ConnectionCatalog;
import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.topology.Topology;
import io.adtopo.ui.connections.ConnectionRef;
import io.adtopo.ui.connections.ConnectionRegistry;
import io.adtopo.ui.internal.AdtopoUiPlugin;
import io.adtopo.ui.internal.Messages;

/**
 * Sites and Servers: the site topology of the chosen connection, read in a background job. The status line
 * always says what the tree shows (or why it shows nothing); a failed or cancelled load clears the tree
 * rather than leave an old copy looking current.
 */
public final class TopologyView extends ViewPart {

    public static final String ID = "io.adtopo.ui.views.topology";
    /** The job family of the view's loads. */
    public static final Object LOAD_FAMILY = LoadTopologyJob.FAMILY;
    /** Widget data key naming the view's controls for page objects in tests. */
    public static final String WIDGET_KEY = "io.adtopo.widget";

    private static final String MEMENTO_CONNECTION = "connection";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final AtomicInteger generation = new AtomicInteger();
    private ConnectionRegistry registry;
    private List<ConnectionRef> choices = List.of();
    private ConnectionRef current;
    private String remembered;
    private Topology topology;
    private Combo chooser;
    private Label status;
    private TreeViewer tree;

    private final CatalogListener catalogListener = new CatalogListener() {
        @Override
        public void catalogChanged(ConnectionCatalog catalog) {
            inUi(TopologyView.this::connectionsChanged);
        }

        @Override
        public void connectionClosed(ConnectionProfile profile) {
            inUi(() -> {
                if (current != null && current.profile().id().equals(profile.id())) {
                    show(null, NLS.bind(Messages.Topology_connectionClosed, profile.name()), true);
                }
            });
        }

        @Override
        public void connectionOpened(ConnectionProfile profile) {
            inUi(() -> {
                if (current != null && current.profile().id().equals(profile.id())) {
                    reload();
                }
            });
        }
    };

    @Override
    public void init(IViewSite site, IMemento memento) throws PartInitException {
        super.init(site, memento);
        if (memento != null) {
            remembered = memento.getString(MEMENTO_CONNECTION);
        }
    }

    @Override
    public void saveState(IMemento memento) {
        if (current != null) {
            memento.putString(MEMENTO_CONNECTION, current.key());
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        registry = AdtopoUiPlugin.getDefault().connections();
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(parent);
        new Label(parent, SWT.NONE).setText(Messages.Connection_label);
        chooser = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        chooser.setData(WIDGET_KEY, "connection");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(chooser);
        chooser.addListener(SWT.Selection, e -> choose(chooser.getSelectionIndex()));

        status = new Label(parent, SWT.WRAP);
        status.setData(WIDGET_KEY, "status");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(status);

        tree = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        tree.getTree().setData(WIDGET_KEY, "tree");
        tree.getTree().setHeaderVisible(true);
        tree.setUseHashlookup(true);
        TreeViewerColumn name = new TreeViewerColumn(tree, SWT.NONE);
        name.getColumn().setText(Messages.Topology_columnName);
        name.getColumn().setWidth(260);
        name.setLabelProvider(TopologyLabels.names());
        TreeViewerColumn details = new TreeViewerColumn(tree, SWT.NONE);
        details.getColumn().setText(Messages.Topology_columnDetails);
        details.getColumn().setWidth(520);
        details.setLabelProvider(TopologyLabels.details(() -> topology));
        tree.setContentProvider(new TopologyContentProvider());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(tree.getControl());
        getSite().setSelectionProvider(tree);

        registry.addListener(catalogListener);
        connectionsChanged();
        if (current == null) {
            show(null, choices.isEmpty() ? Messages.Connection_none : Messages.Topology_chooseConnection, false);
        }
    }

    /** Shows the connection with this key (as {@link ConnectionRef#key()}) and loads it. */
    public boolean showConnection(String key) {
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).key().equals(key)) {
                chooser.select(i);
                choose(i);
                return true;
            }
        }
        return false;
    }

    /** Reads the topology of the current connection again. */
    public void reload() {
        if (current == null) {
            return;
        }
        Optional<ConnectionRef> now = registry.current(current);
        if (now.isEmpty()) {
            show(null, NLS.bind(Messages.Topology_connectionGone, current.profile().name()), true);
            return;
        }
        current = now.get();
        int mine = generation.incrementAndGet();
        show(null, NLS.bind(Messages.Topology_loading, current.profile()), false);
        ConnectionRef loading = current;
        LoadTopologyJob job = new LoadTopologyJob(loading, outcome -> inUi(() -> {
            if (generation.get() == mine) {
                loaded(loading, outcome);
            }
        }));
        getSite().getAdapter(org.eclipse.ui.progress.IWorkbenchSiteProgressService.class).schedule(job);
    }

    /** The topology shown now, or null. */
    public Topology topology() {
        return topology;
    }

    public TreeViewer viewer() {
        return tree;
    }

    private void loaded(ConnectionRef ref, LoadTopologyJob.Outcome outcome) {
        if (outcome.topology != null) {
            Topology t = outcome.topology;
            long dcs = t.servers().stream().filter(s -> s.isDomainController()).count();
            show(t, NLS.bind(Messages.Topology_loaded, new Object[] { ref.profile().name(), t.sites().size(),
                    t.servers().size(), dcs, t.forest().readFromHost(), LocalTime.now().format(TIME) }), false);
        } else if (outcome.cancelled) {
            show(null, Messages.Topology_cancelled, true);
        } else {
            DirectoryException e = outcome.failure;
            String text = e.kind() == DirectoryException.Kind.NOT_ACTIVE_DIRECTORY
                    ? NLS.bind(Messages.Topology_notActiveDirectory, e.getMessage())
                    : NLS.bind(Messages.Topology_failed, e.getMessage());
            show(null, text, true);
        }
    }

    private void choose(int index) {
        if (index < 0 || index >= choices.size()) {
            return;
        }
        current = choices.get(index);
        reload();
    }

    private void connectionsChanged() {
        choices = registry.connections();
        chooser.removeAll();
        int selected = -1;
        String wanted = current != null ? current.key() : remembered;
        for (int i = 0; i < choices.size(); i++) {
            chooser.add(choices.get(i).label());
            if (choices.get(i).key().equals(wanted)) {
                selected = i;
            }
        }
        if (selected >= 0) {
            chooser.select(selected);
            if (current == null) {
                choose(selected);
            } else {
                current = choices.get(selected);
            }
        } else if (current != null) {
            show(null, NLS.bind(Messages.Topology_connectionGone, current.profile().name()), true);
            current = null;
        }
    }

    private void show(Topology shown, String message, boolean problem) {
        topology = shown;
        tree.setInput(shown);
        if (shown != null) {
            tree.expandToLevel(2);
        }
        status.setText(message);
        status.setForeground(problem ? status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        status.getParent().layout(true);
    }

    private void inUi(Runnable runnable) {
        Display display = tree == null || tree.getControl().isDisposed() ? null : tree.getControl().getDisplay();
        if (display != null) {
            display.asyncExec(() -> {
                if (!tree.getControl().isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    @Override
    public void dispose() {
        generation.incrementAndGet();
        if (registry != null) {
            registry.removeListener(catalogListener);
        }
        super.dispose();
    }
}
