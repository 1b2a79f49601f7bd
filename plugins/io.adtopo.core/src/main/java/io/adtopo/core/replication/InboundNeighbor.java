package io.adtopo.core.replication;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.adtopo.core.topology.Server;

/**
 * One inbound replication partner of one naming context on one DC, as repadmin /showrepl lists it: the
 * destination DC, the naming context, the source DC (resolved from its DSA GUID to its server object when
 * the topology has it), last success, last attempt, result and consecutive failures.
 */
public final class InboundNeighbor {

    private final Server destination;
    private final String namingContext;
    private final ReplicaLink link;
    private final Server source;
    private final String sourceSite;
    private final String readFrom;

    InboundNeighbor(Server destination, String namingContext, ReplicaLink link, Server source, String sourceSite,
            String readFrom) {
        this.destination = destination;
        this.namingContext = namingContext;
        this.link = link;
        this.source = source;
        this.sourceSite = sourceSite;
        this.readFrom = readFrom;
    }

    public Server destination() {
        return destination;
    }

    public String namingContext() {
        return namingContext;
    }

    public ReplicaLink link() {
        return link;
    }

    /** The source DC's server object, when the DSA GUID names one in the topology. */
    public Optional<Server> source() {
        return Optional.ofNullable(source);
    }

    /** "Houston\HOUDC1", or the DSA's address/GUID when the topology does not know it. */
    public String sourceName() {
        if (source != null) {
            return sourceSite + "\\" + source.name();
        }
        return link.sourceAddress().isEmpty() ? String.valueOf(link.sourceDsaGuid()) : link.sourceAddress();
    }

    public String sourceSite() {
        return sourceSite;
    }

    /** Where the data came from: "repsFrom" or "msDS-NCReplInboundNeighbors". */
    public String readFrom() {
        return readFrom;
    }

    public boolean isFailing() {
        return link.isFailing();
    }

    /** How long since the last success at the given time (empty: never succeeded). */
    public Optional<Duration> sinceLastSuccess(Instant now) {
        return link.lastSuccess().map(t -> Duration.between(t, now));
    }

    @Override
    public String toString() {
        return destination.name() + " <- " + sourceName() + " " + namingContext + ": " + link.lastResult()
                + " x" + link.consecutiveFailures();
    }
}
