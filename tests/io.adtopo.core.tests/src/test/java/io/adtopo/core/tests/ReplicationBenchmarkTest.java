package io.adtopo.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import io.adtopo.core.connection.Encryption;
import io.adtopo.core.dns.HostConnector;
import io.adtopo.core.dns.HostResolver;
import io.adtopo.core.dns.ResolvedHost;
import io.adtopo.core.ldap.DirectoryConnector;
import io.adtopo.core.replication.DcOpener;
import io.adtopo.core.replication.InboundNeighbor;
import io.adtopo.core.replication.ReplicationStatus;
import io.adtopo.core.replication.ReplicationStatusReader;
import io.adtopo.core.topology.Server;
import io.adtopo.core.topology.Topology;
import io.adtopo.tests.support.TestForest;

/**
 * Benchmark, printed (not a timed test): the replication status of 50 DCs, simulated by the two running
 * contoso DCs repeated under 50 names that a table resolves (only here: the product resolves names by the
 * system, the directory's DNS and the user's addresses). One connection per DC as the view does; wall time
 * one DC at a time against 4 (the view's setting) and 8 at a time, in the same run. Asserts only that every
 * way reads the same rows.
 */
class ReplicationBenchmarkTest {

    private static final int DCS = 50;
    private static final int ROUNDS = 3;

    private final TestForest forest = TestForest.get();

    @Test
    void fiftyDcsReadInParallelAgainstOneAtATime() throws Exception {
        Topology topology = forest.topology(1);
        List<Server> running = new ArrayList<>();
        for (int dc = 1; dc <= 2; dc++) {
            String name = forest.dcName(dc);
            running.add(topology.servers().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow());
        }
        List<Server> fifty = new ArrayList<>();
        for (int i = 0; i < DCS; i++) {
            Server model = running.get(i % 2);
            String name = String.format("BENCHDC%02d", i);
            fifty.add(new Server(model.dn().replaceFirst("^CN=[^,]+", "CN=" + name),
                    name.toLowerCase() + ".bench.invalid", model.serverReference(), model.ntdsSettings().orElse(null)));
        }
        InetAddress dc1 = InetAddress.getByName(forest.address(1));
        InetAddress dc2 = InetAddress.getByName(forest.address(2));
        HostResolver table = host -> Optional.of(new ResolvedHost(host, List.of(index(host) % 2 == 0 ? dc1 : dc2),
                "benchmark table"));

        read(topology, fifty, table, 4); // warm-up: class loading, the DCs' caches
        long[] sequential = new long[ROUNDS];
        long[] four = new long[ROUNDS];
        long[] eight = new long[ROUNDS];
        List<String> expected = null;
        for (int round = 0; round < ROUNDS; round++) {
            for (int[] way : new int[][] { { 1, 0 }, { 4, 1 }, { 8, 2 } }) {
                long start = System.nanoTime();
                ReplicationStatus status = read(topology, fifty, table, way[0]);
                long millis = (System.nanoTime() - start) / 1_000_000;
                (way[1] == 0 ? sequential : way[1] == 1 ? four : eight)[round] = millis;
                assertTrue(status.unreachable().isEmpty(), status.unreachable().toString());
                List<String> rows = status.rows().stream().map(InboundNeighbor::toString).sorted()
                        .collect(Collectors.toList());
                if (expected == null) {
                    expected = rows;
                }
                assertEquals(expected, rows, "every way reads the same rows");
            }
        }
        System.out.printf("Replication status of %d DCs (%d inbound links; best of %d rounds, each DC its own"
                + " connection):%n  one at a time %d ms%n  4 at a time   %d ms (%.1fx)%n  8 at a time   %d ms"
                + " (%.1fx)%n", DCS, expected.size(), ROUNDS, min(sequential), min(four),
                (double) min(sequential) / min(four), min(eight), (double) min(sequential) / min(eight));
    }

    private ReplicationStatus read(Topology topology, List<Server> dcs, HostResolver table, int parallelism) {
        HostConnector hosts = new HostConnector(new DirectoryConnector(Duration.ofSeconds(10)), table, forest.trust());
        return new ReplicationStatusReader(DcOpener.through(hosts, 389, Encryption.NONE, forest.adminCredentials()),
                parallelism, Duration.ofSeconds(30)).read(dcs, topology, new NullProgressMonitor());
    }

    private static int index(String host) {
        return Integer.parseInt(host.substring("benchdc".length(), "benchdc".length() + 2));
    }

    private static long min(long[] values) {
        long min = Long.MAX_VALUE;
        for (long v : values) {
            min = Math.min(min, v);
        }
        return min;
    }
}
