package io.adtopo.ui.topology;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.adtopo.core.connection.CatalogListener;
import io.adtopo.core.connection.ConnectionCatalog;
import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.topology.Topology;
import io.adtopo.ui.connections.ConnectionRef;
import io.adtopo.ui.connections.ConnectionRegistry;

/**
 * The topology of each connection, read once and shared by every view (and the checks): views ask for a
 * connection's state and listen; a load or reload runs in a job; a connection closed by its owner drops its
 * topology. Listeners are called on the thread that changed the state: views hop to the UI thread.
 */
public final class TopologyService {

    /** Told whenever a connection's state changes. */
    public interface Listener {
        void stateChanged(TopologyState state);
    }

    /** The last complete read of each connection: shown, marked, when a reload fails. */
    private final Map<String, TopologyState> lastLoaded = new ConcurrentHashMap<>();
    private final ConnectionRegistry registry;
    private final Map<String, TopologyState> states = new ConcurrentHashMap<>();
    private final Map<String, LoadTopologyJob> jobs = new ConcurrentHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final CatalogListener catalogListener = new CatalogListener() {
        @Override
        public void catalogChanged(ConnectionCatalog catalog) {
            // states stay keyed by connection; views re-read the registry themselves
        }

        @Override
        public void connectionClosed(ConnectionProfile profile) {
            for (TopologyState state : states.values()) {
                if (state.connection().profile().id().equals(profile.id())) {
                    cancelJob(state.connection());
                    set(TopologyState.closed(state.connection()));
                }
            }
        }

        @Override
        public void connectionOpened(ConnectionProfile profile) {
            for (TopologyState state : states.values()) {
                if (state.connection().profile().id().equals(profile.id())
                        && state.status() == TopologyState.Status.CLOSED) {
                    load(state.connection());
                }
            }
        }
    };

    public TopologyService(ConnectionRegistry registry) {
        this.registry = registry;
        registry.addListener(catalogListener);
    }

    /** What is known of the connection now. */
    public TopologyState state(ConnectionRef connection) {
        return states.getOrDefault(connection.key(), TopologyState.none(connection));
    }

    /** The state, loading the topology first if nothing is known of it yet. */
    public TopologyState stateOrLoad(ConnectionRef connection) {
        TopologyState state = state(connection);
        if (state.status() == TopologyState.Status.NONE) {
            load(connection);
            return state(connection);
        }
        return state;
    }

    /** Reads the connection's topology (again); a load already running for it is cancelled first. */
    public void load(ConnectionRef connection) {
        ConnectionRef current = registry.current(connection).orElse(connection);
        cancelJob(current);
        set(TopologyState.loading(current));
        LoadTopologyJob job = new LoadTopologyJob(current, sites -> sitesRead(current, sites),
                outcome -> finished(current, outcome));
        jobs.put(current.key(), job);
        job.schedule();
    }

    private void sitesRead(ConnectionRef connection, Topology sites) {
        if (state(connection).status() == TopologyState.Status.LOADING) {
            set(TopologyState.loading(connection, sites));
        }
    }

    private void finished(ConnectionRef connection, LoadTopologyJob.Outcome outcome) {
        jobs.remove(connection.key());
        if (outcome.topology != null) {
            set(TopologyState.loaded(connection, outcome.topology));
        } else if (outcome.cancelled) {
            if (state(connection).status() == TopologyState.Status.LOADING) {
                set(TopologyState.cancelled(connection));
            }
        } else {
            set(TopologyState.failed(connection, outcome.failure, lastLoaded.get(connection.key())));
        }
    }

    private void cancelJob(ConnectionRef connection) {
        LoadTopologyJob running = jobs.remove(connection.key());
        if (running != null) {
            running.cancelQuietly();
        }
    }

    private void set(TopologyState state) {
        states.put(state.connection().key(), state);
        if (state.status() == TopologyState.Status.LOADED) {
            lastLoaded.put(state.connection().key(), state);
        } else if (state.status() == TopologyState.Status.CLOSED) {
            lastLoaded.remove(state.connection().key());
        }
        listeners.forEach(l -> l.stateChanged(state));
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    public void dispose() {
        registry.removeListener(catalogListener);
        jobs.values().forEach(LoadTopologyJob::cancelQuietly);
        listeners.clear();
    }
}
