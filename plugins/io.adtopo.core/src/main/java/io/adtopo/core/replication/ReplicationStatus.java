package io.adtopo.core.replication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The replication status of every DC read, at one time: the rows of repadmin /showrepl for the forest. */
public final class ReplicationStatus {

    private final List<DcReplication> dcs;
    private final Instant readAt;

    ReplicationStatus(List<DcReplication> dcs, Instant readAt) {
        this.dcs = List.copyOf(dcs);
        this.readAt = readAt;
    }

    public List<DcReplication> dcs() {
        return dcs;
    }

    public Instant readAt() {
        return readAt;
    }

    /**
     * Every neighbor, failing ones first (most consecutive failures first), then by destination, naming
     * context and source.
     */
    public List<InboundNeighbor> rows() {
        List<InboundNeighbor> rows = new ArrayList<>();
        dcs.forEach(dc -> rows.addAll(dc.neighbors()));
        rows.sort(Comparator.comparing((InboundNeighbor n) -> !n.isFailing())
                .thenComparing(n -> -n.link().consecutiveFailures())
                .thenComparing(n -> n.destination().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(InboundNeighbor::namingContext, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(InboundNeighbor::sourceName, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    /** The DCs that could not be read, each with its reason. */
    public List<DcReplication> unreachable() {
        List<DcReplication> out = new ArrayList<>();
        dcs.stream().filter(d -> d.failure().isPresent()).forEach(out::add);
        return out;
    }

    public ReplicationSummary summary() {
        return ReplicationSummary.of(this);
    }
}
