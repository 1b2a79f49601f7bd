package io.adtopo.core.replication;

import java.util.List;
import java.util.Optional;

import io.adtopo.core.topology.Server;

/**
 * What one DC said of its inbound replication: its neighbors per naming context, how it was reached, the
 * values that could not be decoded (each named), or why it could not be read at all.
 */
public final class DcReplication {

    private final Server dc;
    private final String reachedVia;
    private final List<InboundNeighbor> neighbors;
    private final List<String> undecodable;
    private final String failure;

    DcReplication(Server dc, String reachedVia, List<InboundNeighbor> neighbors, List<String> undecodable,
            String failure) {
        this.dc = dc;
        this.reachedVia = reachedVia == null ? "" : reachedVia;
        this.neighbors = List.copyOf(neighbors);
        this.undecodable = List.copyOf(undecodable);
        this.failure = failure;
    }

    static DcReplication unreachable(Server dc, String reachedVia, String failure) {
        return new DcReplication(dc, reachedVia, List.of(), List.of(), failure);
    }

    public Server dc() {
        return dc;
    }

    /** "livdc1.contoso.test -> 127.0.0.2 (DNS record ...)", or empty when it was not reached. */
    public String reachedVia() {
        return reachedVia;
    }

    public List<InboundNeighbor> neighbors() {
        return neighbors;
    }

    /** Values that could not be decoded: each names the DC, the naming context and what was wrong. */
    public List<String> undecodable() {
        return undecodable;
    }

    /** Why the DC could not be read (unreachable, refused, timed out), if it could not. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public String toString() {
        return dc.name() + (failure != null ? ": " + failure : ": " + neighbors.size() + " neighbors");
    }
}
