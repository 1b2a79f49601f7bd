package io.adtopo.core.replication;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.adtopo.core.dns.HostConnector;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.ldap.LdapEntry;
import io.adtopo.core.topology.NtdsSettings;
import io.adtopo.core.topology.Server;
import io.adtopo.core.topology.Topology;

/**
 * Reads every DC's inbound replication state: one connection per DC (the state is not replicated), each DC
 * reached by its dNSHostName; on each naming context it holds, msDS-NCReplInboundNeighbors where the DC
 * returns it (Windows), else repsFrom decoded. A few DCs at a time, each within a time limit: a DC that cannot
 * be reached or does not answer in time is a row with its reason, never a failed read.
 */
public final class ReplicationStatusReader {

    static final String[] ATTRIBUTES = { "msDS-NCReplInboundNeighbors", "repsFrom" };

    private final DcOpener dcs;
    private final int parallelism;
    private final Duration perDcTimeout;
    private final Clock clock;

    public ReplicationStatusReader(DcOpener dcs, int parallelism, Duration perDcTimeout) {
        this(dcs, parallelism, perDcTimeout, Clock.systemUTC());
    }

    ReplicationStatusReader(DcOpener dcs, int parallelism, Duration perDcTimeout, Clock clock) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
        }
        this.dcs = dcs;
        this.parallelism = parallelism;
        this.perDcTimeout = perDcTimeout;
        this.clock = clock;
    }

    /** The status of every DC of the topology (servers with NTDS Settings). */
    public ReplicationStatus read(Topology topology, IProgressMonitor monitor) {
        List<Server> dcs = new ArrayList<>();
        for (Server server : topology.servers()) {
            if (server.isDomainController()) {
                dcs.add(server);
            }
        }
        return read(dcs, topology, monitor);
    }

    /**
     * The status of the given DCs; sources are resolved from their DSA GUIDs to the topology's servers.
     */
    public ReplicationStatus read(List<Server> dcs, Topology topology, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading the replication status of " + dcs.size()
                + " domain controllers", dcs.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, Math.max(1, dcs.size())), r -> {
            Thread t = new Thread(r, "adtopo replication status");
            t.setDaemon(true);
            return t;
        });
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "adtopo replication timeout");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<DcReplication>> futures = new ArrayList<>();
            for (Server dc : dcs) {
                futures.add(pool.submit(() -> readBounded(dc, topology, timer)));
            }
            List<DcReplication> results = new ArrayList<>();
            for (int i = 0; i < dcs.size(); i++) {
                results.add(await(futures.get(i), dcs.get(i), progress, futures));
                progress.worked(1);
            }
            return new ReplicationStatus(results, clock.instant());
        } finally {
            pool.shutdownNow();
            timer.shutdownNow();
        }
    }

    private DcReplication await(Future<DcReplication> future, Server dc, SubMonitor progress,
            List<Future<DcReplication>> all) {
        while (true) {
            if (progress.isCanceled()) {
                all.forEach(f -> f.cancel(true));
                throw new OperationCanceledException();
            }
            try {
                return future.get(200, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // check for cancel, then wait again: each DC has its own time limit
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            } catch (ExecutionException e) {
                return DcReplication.unreachable(dc, "", String.valueOf(e.getCause()));
            }
        }
    }

    /** Reads one DC; a timer closes its session when the time limit passes, which ends any read in progress. */
    private DcReplication readBounded(Server dc, Topology topology, ScheduledExecutorService timer) {
        AtomicReference<DirectorySession> open = new AtomicReference<>();
        AtomicReference<Boolean> timedOut = new AtomicReference<>(false);
        ScheduledFuture<?> limit = timer.schedule(() -> {
            timedOut.set(true);
            DirectorySession session = open.get();
            if (session != null) {
                session.close();
            }
        }, perDcTimeout.toMillis(), TimeUnit.MILLISECONDS);
        String via = "";
        try {
            if (dc.dnsHostName().isEmpty()) {
                return DcReplication.unreachable(dc, "", "The server object has no dNSHostName: adtopo cannot reach"
                        + " the DC by name.");
            }
            HostConnector.Reached reached = dcs.open(dc.dnsHostName(), new NullProgressMonitor());
            via = reached.how();
            open.set(reached.session());
            try (DirectorySession session = reached.session()) {
                if (timedOut.get()) {
                    throw new DirectoryException(DirectoryException.Kind.TIMEOUT, "timed out");
                }
                return readDc(dc, via, session, topology);
            }
        } catch (DirectoryException | RuntimeException e) {
            String reason = timedOut.get() ? "No answer within " + limitText() + "." : e.getMessage();
            return DcReplication.unreachable(dc, via, reason);
        } finally {
            limit.cancel(false);
        }
    }

    private String limitText() {
        long millis = perDcTimeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static DcReplication readDc(Server dc, String via, DirectorySession session, Topology topology)
            throws DirectoryException {
        List<InboundNeighbor> neighbors = new ArrayList<>();
        List<String> undecodable = new ArrayList<>();
        for (String nc : session.rootDse().namingContexts()) {
            Optional<LdapEntry> head = session.read(nc, ATTRIBUTES);
            if (head.isEmpty()) {
                continue;
            }
            List<String> xml = head.get().strings("msDS-NCReplInboundNeighbors");
            if (!xml.isEmpty()) {
                for (String value : xml) {
                    try {
                        neighbors.add(neighbor(dc, nc, NeighborXmlParser.parse(value, dc.name()), topology,
                                "msDS-NCReplInboundNeighbors"));
                    } catch (ReplicaLinkException e) {
                        undecodable.add(e.getMessage());
                    }
                }
            } else {
                for (byte[] value : head.get().allBytes("repsFrom")) {
                    try {
                        neighbors.add(neighbor(dc, nc, ReplicaLinkDecoder.decode(value, dc.name(), nc), topology,
                                "repsFrom"));
                    } catch (ReplicaLinkException e) {
                        undecodable.add(e.getMessage());
                    }
                }
            }
        }
        return new DcReplication(dc, via, neighbors, undecodable, null);
    }

    static InboundNeighbor neighbor(Server dc, String nc, ReplicaLink link, Topology topology, String readFrom) {
        Optional<NtdsSettings> dsa = topology.ntdsSettings(link.sourceDsaGuid());
        Optional<Server> source = dsa.flatMap(topology::serverOf);
        String site = source.map(s -> io.adtopo.core.ldap.DnNames.firstValue(s.siteDn())).orElse("");
        return new InboundNeighbor(dc, nc, link, source.orElse(null), site, readFrom);
    }
}
