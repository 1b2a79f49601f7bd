package io.adtopo.ui.topology;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import io.adtopo.core.connection.CatalogListener;
import io.adtopo.core.connection.ConnectionCatalog;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.topology.Topology;
import io.adtopo.ui.connections.ConnectionRef;
import io.adtopo.ui.connections.ConnectionRegistry;
import io.adtopo.ui.internal.AdtopoUiPlugin;
import io.adtopo.ui.internal.Messages;
import io.adtopo.ui.properties.TopologyPropertySources;

/**
 * A view over one connection's topology, as the shared {@link TopologyService} holds it: a connection chooser,
 * a status line that always says what is shown or why nothing is, and the view's own viewer below. A failed
 * or cancelled load clears the viewer rather than leave an old copy looking current.
 */
public abstract class TopologyPart extends ViewPart {

    /** Widget data key naming the view's controls for page objects in tests. */
    public static final String WIDGET_KEY = "io.adtopo.widget";
    /** Widget data key holding the JFace viewer of a tagged table, for page objects that edit cells. */
    public static final String VIEWER_KEY = "io.adtopo.viewer";
    /** The job family of topology loads. */
    public static final Object LOAD_FAMILY = LoadTopologyJob.FAMILY;

    private static final String MEMENTO_CONNECTION = "connection";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private ConnectionRegistry registry;
    private TopologyService service;
    private List<ConnectionRef> choices = List.of();
    private ConnectionRef current;
    private String remembered;
    private Topology topology;
    private boolean partial;
    private boolean reloading;
    private Combo chooser;
    private StatusLine status;
    private Control viewerControl;
    private TreeViewer tree;
    private boolean filledUnpainted;
    private final Listener drawn = new Listener() {
        @Override
        public void handleEvent(Event event) {
            filledUnpainted = false;
            viewerControl.removeListener(SWT.Paint, this); // a listener costs a GC per draw: only until drawn
        }
    };

    private final CatalogListener catalogListener = new CatalogListener() {
        @Override
        public void catalogChanged(ConnectionCatalog catalog) {
            inUi(TopologyPart.this::connectionsChanged);
        }
    };
    private final TopologyService.Listener stateListener = state -> inUi(() -> {
        if (current != null && state.connection().key().equals(current.key())) {
            render(state);
        }
    });

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
    public final void createPartControl(Composite parent) {
        registry = AdtopoUiPlugin.getDefault().connections();
        service = AdtopoUiPlugin.getDefault().topologies();
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(parent);
        new Label(parent, SWT.NONE).setText(Messages.Connection_label);
        chooser = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        chooser.setData(WIDGET_KEY, "connection");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(chooser);
        chooser.addListener(SWT.Selection, e -> choose(chooser.getSelectionIndex()));
        status = new StatusLine(parent);
        status.label().setData(WIDGET_KEY, "status");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(status.label());
        createControls(parent);
        tree = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | treeStyle());
        tree.getTree().setData(WIDGET_KEY, "tree");
        tree.getTree().setHeaderVisible(true);
        tree.setUseHashlookup(true);
        configure(tree);
        getSite().setSelectionProvider(tree);
        TopologyMenus.register(this, tree);
        viewerControl = tree.getControl();
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(viewerControl);

        registry.addListener(catalogListener);
        service.addListener(stateListener);
        connectionsChanged();
        if (current == null) {
            setStatus(choices.isEmpty() ? Messages.Connection_none : Messages.Topology_chooseConnection, false);
        }
    }

    /** Adds the view's own controls between the status line and the tree (the parent has two columns). */
    protected void createControls(Composite parent) {
        // none by default
    }

    /** Style bits the view's tree adds to the common ones, such as {@code SWT.VIRTUAL} for a lazy tree. */
    protected int treeStyle() {
        return SWT.NONE;
    }

    /** Gives the view's tree its columns and content provider. */
    protected abstract void configure(TreeViewer viewer);

    /** Adds a column to the tree. */
    protected static void column(TreeViewer viewer, String title, int width, CellLabelProvider labels) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(labels);
    }

    /** The view's tree of topology objects. */
    public final TreeViewer viewer() {
        return tree;
    }

    /**
     * Whether the view shows the sites read so far while the servers still load (their topology() is then
     * partial and the status line says so). Off by default: views that read more after the topology wait.
     */
    protected boolean showsSitesSoFar() {
        return false;
    }

    /** Shows a topology, or clears the viewer for null. */
    protected abstract void showTopology(Topology shown);

    /** The status line for a loaded topology. */
    protected abstract String loadedStatus(ConnectionRef connection, Topology loaded, String time);

    /** Shows the connection with this key (as {@link ConnectionRef#key()}); loads it if it is not yet. */
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
        if (registry.current(current).isEmpty()) {
            render(TopologyState.none(current));
            setStatus(NLS.bind(Messages.Topology_connectionGone, current.profile().name()), true);
            return;
        }
        service.load(current);
    }

    /** Whether the connection's topology is being read (again) now: what a view shows may stay until it ends. */
    protected final boolean isReloading() {
        return reloading;
    }

    /** Whether the topology shown is the sites read so far, servers still loading. */
    protected final boolean isPartial() {
        return partial;
    }

    /** The topology shown now, or null. */
    public Topology topology() {
        return topology;
    }

    /** The connection chosen now, or null. */
    public ConnectionRef connection() {
        return current;
    }

    private void choose(int index) {
        if (index < 0 || index >= choices.size()) {
            return;
        }
        current = choices.get(index);
        render(service.stateOrLoad(current));
    }

    private void render(TopologyState state) {
        partial = false;
        reloading = state.status() == TopologyState.Status.LOADING;
        switch (state.status()) {
        case LOADED:
            show(state.topology(), loadedStatus(state.connection(), state.topology(), state.at().format(TIME)),
                    false);
            break;
        case LOADING:
            if (state.sitesSoFar() != null && showsSitesSoFar()) {
                partial = true;
                show(state.sitesSoFar(), NLS.bind(Messages.Topology_loadingServers, state.connection().profile(),
                        state.sitesSoFar().sites().size()), false);
            } else {
                show(null, NLS.bind(Messages.Topology_loading, state.connection().profile()), false);
            }
            break;
        case FAILED:
            DirectoryException e = state.failure();
            if (state.lastComplete() != null && e.kind() != DirectoryException.Kind.NOT_ACTIVE_DIRECTORY) {
                show(state.lastComplete(), NLS.bind(Messages.Topology_failedShowingLast, e.getMessage(),
                        state.at().format(TIME)), true);
            } else {
                show(null, e.kind() == DirectoryException.Kind.NOT_ACTIVE_DIRECTORY
                        ? NLS.bind(Messages.Topology_notActiveDirectory, e.getMessage())
                        : NLS.bind(Messages.Topology_failed, e.getMessage()), true);
            }
            break;
        case CANCELLED:
            show(null, Messages.Topology_cancelled, true);
            break;
        case CLOSED:
            show(null, NLS.bind(Messages.Topology_connectionClosed, state.connection().profile().name()), true);
            break;
        default:
            show(null, Messages.Topology_chooseConnection, false);
        }
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
        // the status first, so that its layout (when its text needs one) happens before the tree takes its new rows
        setStatus(message, problem);
        showTopology(shown);
        if (!filledUnpainted) {
            filledUnpainted = true;
            viewerControl.addListener(SWT.Paint, drawn);
        }
    }

    /** Replaces the status line, for views that read more after the topology (problem: shown in red). */
    protected final void updateStatus(String message, boolean problem) {
        setStatus(message, problem);
    }

    private void setStatus(String message, boolean problem) {
        status.show(message, problem);
    }

    private void inUi(Runnable runnable) {
        if (viewerControl == null || viewerControl.isDisposed()) {
            return;
        }
        viewerControl.getDisplay().asyncExec(() -> {
            if (!viewerControl.isDisposed()) {
                runnable.run();
            }
        });
    }

    /** The Properties view shows the selected object's facts, decoded, from the topology shown. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            PropertySheetPage page = new PropertySheetPage();
            page.setPropertySourceProvider(element -> TopologyPropertySources.of(element, topology));
            return adapter.cast(page);
        }
        return super.getAdapter(adapter);
    }

    /**
     * Focuses the tree, or the connection chooser while the tree holds rows it has not yet drawn: GTK 3 kills
     * the process inside gtk_widget_grab_focus when a virtual tree (Sites and Servers on a large forest) filled
     * while the view was hidden, or as it opened, takes the focus before it is drawn. Once drawn, the tree takes
     * the focus as usual.
     */
    @Override
    public void setFocus() {
        if (filledUnpainted) {
            chooser.setFocus();
        } else {
            viewerControl.setFocus();
        }
    }

    @Override
    public void dispose() {
        if (registry != null) {
            registry.removeListener(catalogListener);
        }
        if (service != null) {
            service.removeListener(stateListener);
        }
        super.dispose();
    }
}
