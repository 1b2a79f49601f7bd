package io.adtopo.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.connection.Encryption;
import io.adtopo.core.dns.HostConnector;
import io.adtopo.core.dns.HostResolvers;
import io.adtopo.core.ldap.DirectoryConnector;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.replication.DcOpener;
import io.adtopo.core.replication.DcReplication;
import io.adtopo.core.replication.InboundNeighbor;
import io.adtopo.core.replication.ReplicaLink;
import io.adtopo.core.replication.ReplicationStatus;
import io.adtopo.core.replication.ReplicationStatusReader;
import io.adtopo.core.replication.ShowreplCsv;
import io.adtopo.core.topology.Server;
import io.adtopo.core.topology.Topology;
import io.adtopo.tests.support.Ldapsearch;
import io.adtopo.tests.support.TestForest;

/**
 * Replication status of the Samba forest, read the way the Replication view reads it (each DC reached by its
 * dNSHostName through the directory's DNS records, the connection's credentials), compared with what
 * ldapsearch returns from each DC decoded by Samba's own NDR code (tests/forest/tools/repsfrom.py): the same
 * rows, the injected 8589 link first, and the seed's DCs that have no address reported, not fatal.
 */
class ReplicationOfForestTest {

    private final TestForest forest = TestForest.get();
    private DirectorySession session;
    private Topology topology;

    @BeforeEach
    void open() throws Exception {
        session = forest.open(1);
        topology = forest.topology(1);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private ReplicationStatus read(int parallelism) {
        return reader(parallelism).read(topology, new NullProgressMonitor());
    }

    private ReplicationStatusReader reader(int parallelism) {
        HostConnector hosts = new HostConnector(new DirectoryConnector(Duration.ofSeconds(10)),
                HostResolvers.directoryOnly(session, forest.baseDn(), forest.baseDn()), forest.trust());
        return new ReplicationStatusReader(DcOpener.through(hosts, 389, Encryption.NONE, forest.adminCredentials()),
                parallelism, Duration.ofSeconds(20));
    }

    @Test
    void theRowsAreWhatEachDcHoldsInRepsFromAsSambaDecodesIt() throws Exception {
        ReplicationStatus status = read(4);

        Set<String> expected = new TreeSet<>();
        for (int dc = 1; dc <= 2; dc++) {
            for (String nc : namingContexts(dc)) {
                for (Ldapsearch.Entry entry : Ldapsearch.search(forest, dc, nc, "(repsFrom=*)", "repsFrom")) {
                    if (!entry.dn.equalsIgnoreCase(nc)) {
                        continue;
                    }
                    for (byte[] value : entry.values.get("repsfrom")) {
                        expected.add(row(forest.dcName(dc), nc, sambaDecode(value)));
                    }
                }
            }
        }
        Set<String> actual = status.rows().stream().map(ReplicationOfForestTest::row)
                .collect(Collectors.toCollection(TreeSet::new));

        assertTrue(expected.size() >= 8, "DC1's three injected links and DC2's five from the join: " + expected);
        assertEquals(expected, actual);
    }

    @Test
    void theInjectedFailingLinkComesFirstWithItsSourceResolved() {
        ReplicationStatus status = read(4);

        List<InboundNeighbor> rows = status.rows();
        List<InboundNeighbor> failing = rows.stream().filter(InboundNeighbor::isFailing)
                .collect(Collectors.toList());
        assertEquals(3, failing.size(), "domain, Configuration and Schema of LIVDC1");
        assertEquals(failing, rows.subList(0, 3));
        for (InboundNeighbor n : failing) {
            assertEquals("LIVDC1", n.destination().name());
            assertEquals(8589, n.link().lastResult());
            assertEquals(3, n.link().consecutiveFailures());
            assertEquals("HOUDC1", n.source().orElseThrow().name());
            assertEquals(forest.get("dc2.dsa.guid"), n.link().sourceDsaGuid().toString());
            assertEquals(Instant.parse("2026-11-01T10:00:00Z"), n.link().lastAttempt().orElseThrow());
            assertEquals(Instant.parse("2026-10-31T22:00:00Z"), n.link().lastSuccess().orElseThrow());
        }
        String csv = ShowreplCsv.of(rows);
        assertTrue(csv.lines().skip(1).findFirst().orElseThrow().matches(
                "showrepl_INFO,[^,]+,LIVDC1,\"[^\"]+\",[^,]+,HOUDC1,RPC,3,2026-11-01 10:00:00,2026-10-31 22:00:00,8589"),
                csv);
    }

    @Test
    void dcsThatCannotBeReachedOrFoundAreReportedAndTheRunningOnesRead() {
        List<Server> dcs = topology.servers().stream().filter(Server::isDomainController)
                .collect(Collectors.toCollection(ArrayList::new));
        Server ghost = new Server("CN=GHOSTDC1,CN=Servers,CN=Default-First-Site-Name,CN=Sites," + forest.configDn(),
                "ghostdc1." + forest.domainDns(), "", null);
        dcs.add(ghost);

        ReplicationStatus status = reader(4).read(dcs, topology, new NullProgressMonitor());

        Map<String, DcReplication> byName = new LinkedHashMap<>();
        status.dcs().forEach(d -> byName.put(d.dc().name(), d));
        assertEquals(dcs.stream().map(Server::name).collect(Collectors.toCollection(TreeSet::new)),
                new TreeSet<>(byName.keySet()));
        for (int dc = 1; dc <= 2; dc++) {
            DcReplication read = byName.get(forest.dcName(dc));
            assertTrue(read.failure().isEmpty(), read.toString());
            assertTrue(read.reachedVia().contains(forest.address(dc)), read.reachedVia());
            assertTrue(read.undecodable().isEmpty(), read.undecodable().toString());
        }
        assertEquals("No address found for ghostdc1." + forest.domainDns()
                + " (system resolver, the directory's DNS records and the addresses set in the adtopo preferences).",
                byName.get("GHOSTDC1").failure().orElseThrow());
        // the seed's other DCs have DNS records in the forest, on loopback addresses where nothing listens
        List<DcReplication> unreachable = status.unreachable();
        assertEquals(dcs.size() - 2, unreachable.size(), unreachable.toString());
        for (DcReplication lost : unreachable) {
            if (lost.dc() != ghost) {
                assertTrue(lost.failure().orElseThrow().startsWith("Cannot connect to ldap://127."), lost.toString());
                assertTrue(lost.reachedVia().isEmpty(), lost.reachedVia());
            }
        }
    }

    @Test
    void oneDcAtATimeGivesTheSameRows() {
        assertEquals(read(4).rows().stream().map(ReplicationOfForestTest::row).collect(Collectors.toList()),
                read(1).rows().stream().map(ReplicationOfForestTest::row).collect(Collectors.toList()));
    }

    private List<String> namingContexts(int dc) throws Exception {
        List<String> out = new ArrayList<>();
        try (DirectorySession dcSession = forest.open(dc)) {
            out.addAll(dcSession.rootDse().namingContexts());
        }
        return out;
    }

    private static String row(InboundNeighbor n) {
        ReplicaLink link = n.link();
        return String.join("|", n.destination().name(), n.namingContext().toLowerCase(),
                link.sourceDsaGuid().toString(), link.sourceAddress(), String.valueOf(link.lastResult()),
                String.valueOf(link.consecutiveFailures()), link.lastSuccess().map(Instant::toString).orElse("never"),
                link.lastAttempt().map(Instant::toString).orElse("never"),
                "0x" + Integer.toHexString(link.replicaFlags()));
    }

    private static String row(String dc, String nc, Map<String, String> samba) {
        String flags = samba.get("replica_flags").split(" ")[0];
        return String.join("|", dc, nc.toLowerCase(), samba.get("source_dsa_obj_guid"), samba.get("address"),
                samba.get("result_last_attempt").split(" ")[0], samba.get("consecutive_sync_failures"),
                never(samba.get("last_success")), never(samba.get("last_attempt")), flags);
    }

    private static String never(String time) {
        return time.startsWith("1601-01-01") || time.equals("0") || time.equals("never") ? "never" : time;
    }

    /** The fields Samba's NDR code decodes from a repsFrom value (tools/repsfrom.py --decode). */
    private static Map<String, String> sambaDecode(byte[] value) throws IOException, InterruptedException {
        String tool = Paths.get(System.getProperty("adtopo.repo"), "tests", "forest", "tools", "repsfrom.py")
                .toString();
        Process process = new ProcessBuilder(tool, "--decode", Base64.getEncoder().encodeToString(value))
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("repsfrom.py failed: " + out);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                fields.put(line.substring(0, colon).trim(), line.substring(colon + 2).trim());
            }
        }
        return fields;
    }
}
