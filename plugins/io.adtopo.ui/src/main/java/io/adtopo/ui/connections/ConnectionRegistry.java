package io.adtopo.ui.connections;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;

import io.adtopo.core.connection.CatalogListener;
import io.adtopo.core.connection.ConnectionCatalog;
import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.ui.internal.AdtopoUiPlugin;
import io.adtopo.ui.internal.Messages;
import io.adtopo.ui.internal.UiLog;

/**
 * Every connection adtopo can use: those of the catalogs contributed to
 * {@code io.adtopo.ui.connectionCatalogs} (Directory Studio's, through the Studio bridge) and those of
 * adtopo's own preferences. Forwards catalog events to its listeners.
 */
public final class ConnectionRegistry {

    public static final String EXTENSION_POINT = AdtopoUiPlugin.ID + ".connectionCatalogs";

    private final List<ConnectionCatalog> catalogs;
    private final List<CatalogListener> listeners = new CopyOnWriteArrayList<>();
    private final CatalogListener relay = new CatalogListener() {
        @Override
        public void catalogChanged(ConnectionCatalog catalog) {
            listeners.forEach(l -> l.catalogChanged(catalog));
        }

        @Override
        public void connectionOpened(ConnectionProfile profile) {
            listeners.forEach(l -> l.connectionOpened(profile));
        }

        @Override
        public void connectionClosed(ConnectionProfile profile) {
            listeners.forEach(l -> l.connectionClosed(profile));
        }
    };

    public ConnectionRegistry(List<ConnectionCatalog> catalogs) {
        this.catalogs = List.copyOf(catalogs);
        this.catalogs.forEach(c -> c.addListener(relay));
    }

    /** The catalogs contributed by extensions, then adtopo's preference catalog. */
    public static ConnectionRegistry fromExtensions() {
        List<ConnectionCatalog> catalogs = new ArrayList<>();
        for (IConfigurationElement element : Platform.getExtensionRegistry()
                .getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                Object catalog = element.createExecutableExtension("class");
                if (catalog instanceof ConnectionCatalog) {
                    catalogs.add((ConnectionCatalog) catalog);
                }
            } catch (CoreException | RuntimeException | LinkageError e) {
                UiLog.error(NLS.bind(Messages.Connection_catalogFailed, element.getContributor().getName(),
                        e.getMessage()), e);
            }
        }
        catalogs.add(new PreferenceConnectionCatalog());
        return new ConnectionRegistry(catalogs);
    }

    public List<ConnectionCatalog> catalogs() {
        return catalogs;
    }

    /** All connections, catalog by catalog. */
    public List<ConnectionRef> connections() {
        List<ConnectionRef> refs = new ArrayList<>();
        for (ConnectionCatalog catalog : catalogs) {
            try {
                for (ConnectionProfile profile : catalog.profiles()) {
                    refs.add(new ConnectionRef(catalog, profile));
                }
            } catch (RuntimeException e) {
                UiLog.error(NLS.bind(Messages.Connection_catalogFailed, catalog.label(), e.getMessage()), e);
            }
        }
        return refs;
    }

    public Optional<ConnectionRef> find(String key) {
        return connections().stream().filter(ref -> ref.key().equals(key)).findFirst();
    }

    /** The connection with this catalog and profile id, as it is now (it may have been edited). */
    public Optional<ConnectionRef> current(ConnectionRef ref) {
        return find(ref.key());
    }

    public void addListener(CatalogListener listener) {
        listeners.add(listener);
    }

    public void removeListener(CatalogListener listener) {
        listeners.remove(listener);
    }

    public void dispose() {
        catalogs.forEach(c -> c.removeListener(relay));
        listeners.clear();
    }
}
