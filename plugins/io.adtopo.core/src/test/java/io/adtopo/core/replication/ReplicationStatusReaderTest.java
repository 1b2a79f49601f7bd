package io.adtopo.core.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.dns.HostConnector;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectoryException.Kind;
import io.adtopo.core.ldap.LdapEntry;
import io.adtopo.core.testing.LdifDirectory;
import io.adtopo.core.topology.Server;
import io.adtopo.core.topology.Topology;
import io.adtopo.core.topology.TopologyReader;

/**
 * The reader over scripted DCs (the seed forest's topology, NC heads holding repsFrom values built with the
 * encoder): sources resolved from DSA GUIDs, failing links first, the XML path preferred, undecodable values
 * and unreachable or silent DCs reported as rows, bounded parallelism and cancel.
 */
class ReplicationStatusReaderTest {

    private static final String DOMAIN = "DC=contoso,DC=com";
    private static final String CONFIGURATION = "CN=Configuration,DC=contoso,DC=com";
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private Topology topology;
    private Map<String, Server> dcs;
    private final Map<String, ScriptedDc> hosts = new HashMap<>();

    @BeforeEach
    void readTopology() throws DirectoryException {
        topology = new TopologyReader().read(LdifDirectory.fromResource(TopologyReader.class, "seed-forest.ldif"),
                new NullProgressMonitor());
        dcs = topology.servers().stream().filter(Server::isDomainController)
                .collect(Collectors.toMap(s -> s.name().toUpperCase(), s -> s));
    }

    private ReplicationStatusReader reader(int parallelism, Duration limit) {
        DcOpener opener = (name, monitor) -> {
            ScriptedDc dc = hosts.get(name.toLowerCase());
            if (dc == null) {
                throw new DirectoryException(Kind.UNREACHABLE, "No address found for " + name + ".");
            }
            return new HostConnector.Reached(dc.session(), name + " -> 127.0.0.9 (test)");
        };
        return new ReplicationStatusReader(opener, parallelism, limit, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private ScriptedDc dc(String name) {
        ScriptedDc dc = new ScriptedDc(List.of(DOMAIN, CONFIGURATION));
        hosts.put(dcs.get(name).dnsHostName().toLowerCase(), dc);
        return dc;
    }

    private UUID dsa(String name) {
        return dcs.get(name).ntdsSettings().orElseThrow().objectGuid().orElseThrow();
    }

    private static byte[] link(UUID source, int result, long failures, String lastSuccess) {
        return ReplicaLinkEncoder.encode(ReplicaLink.builder().sourceDsaGuid(source).lastResult(result)
                .consecutiveFailures(failures).sourceAddress(source + "._msdcs.contoso.com")
                .lastSuccess(Optional.ofNullable(lastSuccess).map(Instant::parse))
                .lastAttempt(Optional.of(Instant.parse("2026-11-26T11:00:00Z"))).build());
    }

    private void everyDcReplicatesWell() {
        for (String name : dcs.keySet()) {
            ScriptedDc dc = dc(name);
            for (String other : dcs.keySet()) {
                if (!other.equals(name)) {
                    dc.repsFrom(DOMAIN, link(dsa(other), 0, 0, "2026-11-26T11:00:00Z"));
                }
            }
        }
    }

    @Test
    void resolvesSourcesAndPutsFailingLinksFirst() {
        everyDcReplicatesWell();
        hosts.get(dcs.get("LIVCONTOSODC").dnsHostName().toLowerCase())
                .repsFrom(CONFIGURATION, link(dsa("DCSRV02"), 8589, 3, "2026-10-31T22:00:00Z"));

        ReplicationStatus status = reader(2, Duration.ofSeconds(5)).read(topology, new NullProgressMonitor());

        List<InboundNeighbor> rows = status.rows();
        int n = dcs.size();
        assertEquals(n * (n - 1) + 1, rows.size());
        InboundNeighbor first = rows.get(0);
        assertTrue(first.isFailing());
        assertEquals("LIVCONTOSODC", first.destination().name());
        assertEquals(CONFIGURATION, first.namingContext());
        assertEquals("Houston\\DCSRV02", first.sourceName());
        assertEquals(dcs.get("DCSRV02"), first.source().orElseThrow());
        assertEquals(8589, first.link().lastResult());
        assertEquals(3, first.link().consecutiveFailures());
        assertEquals("repsFrom", first.readFrom());
        assertTrue(rows.subList(1, rows.size()).stream().noneMatch(InboundNeighbor::isFailing));
        assertTrue(status.unreachable().isEmpty());
        assertEquals(NOW, status.readAt());
        assertTrue(status.dcs().stream().allMatch(d -> d.reachedVia().endsWith("(test)")));
    }

    @Test
    void aDcThatCannotBeFoundIsARowWithItsReasonAndTheOthersAreRead() {
        everyDcReplicatesWell();
        hosts.remove(dcs.get("DCSRV02").dnsHostName().toLowerCase());

        ReplicationStatus status = reader(4, Duration.ofSeconds(5)).read(topology, new NullProgressMonitor());

        assertEquals(1, status.unreachable().size());
        DcReplication lost = status.unreachable().get(0);
        assertEquals("DCSRV02", lost.dc().name());
        assertTrue(lost.failure().orElseThrow().contains("No address found for DCSRV02"), lost.toString());
        assertEquals((dcs.size() - 1) * (dcs.size() - 1), status.rows().size());
    }

    @Test
    void aDcThatDoesNotAnswerInTimeIsReportedAndItsSessionClosed() {
        everyDcReplicatesWell();
        ScriptedDc silent = hosts.get(dcs.get("5THWARDCORPDC").dnsHostName().toLowerCase());
        silent.hangUntilClosed = true;

        ReplicationStatus status = reader(4, Duration.ofMillis(300)).read(topology, new NullProgressMonitor());

        assertEquals(List.of("5THWARDCORPDC"), status.unreachable().stream().map(d -> d.dc().name())
                .collect(Collectors.toList()));
        assertEquals("No answer within 300 ms.", status.unreachable().get(0).failure().orElseThrow());
        assertFalse(silent.open);
        assertEquals(dcs.size() - 1, status.dcs().stream().filter(d -> d.failure().isEmpty()).count());
    }

    @Test
    void readsNoMoreDcsAtOnceThanAllowed() {
        everyDcReplicatesWell();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        hosts.values().forEach(dc -> dc.onRead = () -> {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            sleep(150);
            inside.decrementAndGet();
        });

        reader(2, Duration.ofSeconds(10)).read(topology, new NullProgressMonitor());

        assertEquals(2, most.get(), "two DCs at a time, no more, and more than one");
    }

    @Test
    void theXmlAttributeIsPreferredWhereTheDcReturnsIt() {
        everyDcReplicatesWell();
        ScriptedDc windows = hosts.get(dcs.get("DCSRV02").dnsHostName().toLowerCase());
        String xml = ReplicationFixtures.text("neighbor-8589-never.xml");
        windows.heads.put(DOMAIN, LdapEntry.builder(DOMAIN).add("msDS-NCReplInboundNeighbors", xml)
                .add("repsFrom", link(dsa("LIVCONTOSODC"), 0, 0, "2026-11-26T11:00:00Z")).build());

        ReplicationStatus status = reader(4, Duration.ofSeconds(5)).read(topology, new NullProgressMonitor());

        List<InboundNeighbor> fromXml = status.rows().stream()
                .filter(r -> r.destination().name().equals("DCSRV02") && r.namingContext().equals(DOMAIN))
                .collect(Collectors.toList());
        assertEquals(1, fromXml.size());
        assertEquals("msDS-NCReplInboundNeighbors", fromXml.get(0).readFrom());
        assertEquals(8589, fromXml.get(0).link().lastResult());
    }

    @Test
    void anUndecodableValueIsNamedAndTheRestOfTheDcIsRead() {
        everyDcReplicatesWell();
        ScriptedDc dc = hosts.get(dcs.get("DCSRV02").dnsHostName().toLowerCase());
        byte[] good = link(dsa("LIVCONTOSODC"), 0, 0, "2026-11-26T11:00:00Z");
        byte[] truncated = java.util.Arrays.copyOf(good, 100);
        dc.repsFrom(CONFIGURATION, truncated);

        ReplicationStatus status = reader(4, Duration.ofSeconds(5)).read(topology, new NullProgressMonitor());

        DcReplication read = status.dcs().stream().filter(d -> d.dc().name().equals("DCSRV02")).findFirst()
                .orElseThrow();
        assertEquals(1, read.undecodable().size());
        String message = read.undecodable().get(0);
        assertTrue(message.contains("DCSRV02") && message.contains(CONFIGURATION), message);
        assertEquals(dcs.size() - 1, read.neighbors().size());
    }

    @Test
    void cancelStopsTheRead() {
        everyDcReplicatesWell();
        NullProgressMonitor monitor = new NullProgressMonitor();
        hosts.values().forEach(dc -> dc.onRead = () -> {
            monitor.setCanceled(true);
            sleep(2000);
        });

        assertThrows(OperationCanceledException.class, () -> reader(1, Duration.ofSeconds(30)).read(topology,
                monitor));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A DC answering reads of its NC heads; optionally silent until its session is closed. */
    static final class ScriptedDc {
        final Map<String, LdapEntry> heads = new HashMap<>();
        final List<String> namingContexts;
        volatile boolean hangUntilClosed;
        volatile boolean open;
        volatile Runnable onRead = () -> { };

        ScriptedDc(List<String> namingContexts) {
            this.namingContexts = new ArrayList<>(namingContexts);
        }

        void repsFrom(String nc, byte[] value) {
            LdapEntry old = heads.get(nc);
            LdapEntry.Builder entry = LdapEntry.builder(nc);
            if (old != null) {
                old.allBytes("repsFrom").forEach(v -> entry.add("repsFrom", v));
            }
            heads.put(nc, entry.add("repsFrom", value).build());
        }

        ScriptedSession session() {
            open = true;
            return new ScriptedSession(this);
        }
    }
}
