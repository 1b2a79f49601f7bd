package io.adtopo.ui.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.adtopo.core.checks.Problem;
import io.adtopo.core.checks.ServerReferenceChecks;
import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.topology.Topology;
import io.adtopo.ui.connections.ConnectionRef;
import io.adtopo.ui.topology.TopologyService;
import io.adtopo.ui.topology.TopologyState;

/**
 * Runs the checks whenever a connection's topology is (re)loaded, comparing it with the other DCs' copies of
 * the same forest loaded in adtopo, and turns the problems into markers. Markers change only on a complete
 * load: a failed or cancelled read leaves the last markers as they were.
 */
public final class ValidationService implements TopologyService.Listener {

    /** A validated copy: the connection, its topology and what the checks found in it. */
    static final class Validated {
        final ConnectionRef connection;
        final Topology topology;
        final List<Problem> problems;

        Validated(ConnectionRef connection, Topology topology, List<Problem> problems) {
            this.connection = connection;
            this.topology = topology;
            this.problems = problems;
        }
    }

    private final Map<String, Validated> byConnection = new ConcurrentHashMap<>();
    private final ProblemMarkers markers;

    public ValidationService(ProblemMarkers markers) {
        this.markers = markers;
    }

    @Override
    public void stateChanged(TopologyState state) {
        if (state.status() == TopologyState.Status.LOADED) {
            validate(state.connection(), state.topology());
        }
    }

    /** Validates a freshly read copy and every other loaded copy of the same forest (check 7 pairs them). */
    synchronized void validate(ConnectionRef connection, Topology topology) {
        byConnection.put(connection.key(), new Validated(connection, topology, List.of()));
        List<Validated> forest = new ArrayList<>();
        for (Validated v : byConnection.values()) {
            if (DnNames.same(v.topology.forest().configurationDn(), topology.forest().configurationDn())) {
                forest.add(v);
            }
        }
        for (Validated v : forest) {
            List<Topology> others = new ArrayList<>();
            for (Validated o : forest) {
                if (o != v && !sameDc(o.topology, v.topology)) {
                    others.add(o.topology);
                }
            }
            Validated done = new Validated(v.connection, v.topology, ServerReferenceChecks.run(v.topology, others));
            byConnection.put(v.connection.key(), done);
            markers.replace(done.connection, done.problems);
        }
    }

    private static boolean sameDc(Topology a, Topology b) {
        return a.forest().readFromHost().equalsIgnoreCase(b.forest().readFromHost());
    }

    /** The last validation of a connection. */
    Optional<Validated> validated(String connectionKey) {
        return Optional.ofNullable(byConnection.get(connectionKey));
    }
}
