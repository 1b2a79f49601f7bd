package io.adtopo.core.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.adtopo.core.topology.Server;

/** The /replsummary-like summary and the /showrepl /csv text, over hand-made rows. */
class ReplicationReportsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final String CONFIGURATION = "CN=Configuration,DC=contoso,DC=test";

    private static Server server(String site, String name) {
        return new Server("CN=" + name + ",CN=Servers,CN=" + site + ",CN=Sites," + CONFIGURATION,
                name.toLowerCase() + ".contoso.test", "", null);
    }

    private static final Server LIVDC1 = server("Liverpool", "LIVDC1");
    private static final Server HOUDC1 = server("Houston", "HOUDC1");
    private static final Server DENDC1 = server("Den\\,ver", "DENDC1");

    private static InboundNeighbor row(Server destination, Server source, String nc, int result, long failures,
            String lastSuccess) {
        ReplicaLink link = ReplicaLink.builder().namingContext(nc).sourceDsaGuid(UUID.randomUUID())
                .lastResult(result).consecutiveFailures(failures)
                .lastSuccess(Optional.ofNullable(lastSuccess).map(Instant::parse))
                .lastAttempt(Optional.of(Instant.parse("2026-11-26T11:30:00Z"))).build();
        String site = io.adtopo.core.ldap.DnNames.firstValue(source.siteDn());
        return new InboundNeighbor(destination, nc, link, source, site, "repsFrom");
    }

    private static ReplicationStatus status(InboundNeighbor... rows) {
        return new ReplicationStatus(List.of(new DcReplication(LIVDC1, "", List.of(rows), List.of(), null)), NOW);
    }

    @Test
    void summaryGivesLargestDeltaAndFailsOverTotalPerSourceAndDestination() {
        ReplicationStatus status = status(
                row(LIVDC1, HOUDC1, CONFIGURATION, 8589, 3, "2026-10-31T22:00:00Z"),
                row(LIVDC1, HOUDC1, "DC=contoso,DC=test", 0, 0, "2026-11-26T11:55:00Z"),
                row(HOUDC1, LIVDC1, CONFIGURATION, 0, 0, "2026-11-26T10:59:30Z"),
                row(HOUDC1, DENDC1, CONFIGURATION, 1722, 12, null));

        ReplicationSummary summary = status.summary();

        Map<String, ReplicationSummary.Line> sources = byDc(summary.sources());
        assertEquals("25d.14h:00m:00s", sources.get("Houston\\HOUDC1").largestDelta());
        assertEquals(1, sources.get("Houston\\HOUDC1").fails());
        assertEquals(2, sources.get("Houston\\HOUDC1").total());
        assertEquals(Map.of(8589, 1), sources.get("Houston\\HOUDC1").errors());
        assertEquals("01h:00m:30s", sources.get("Liverpool\\LIVDC1").largestDelta());
        assertEquals("never", byDc(summary.destinations()).get("HOUDC1").largestDelta());
        assertEquals(1, byDc(summary.destinations()).get("HOUDC1").fails());
        assertEquals(2, byDc(summary.destinations()).get("HOUDC1").total());
        assertEquals("05m:00s", ReplicationSummary.format(java.time.Duration.ofMinutes(5)));
    }

    @Test
    void csvFollowsRepadminsColumnsWithFailingRowsFirstAndQuotesCommas() {
        String csv = ShowreplCsv.of(status(
                row(HOUDC1, DENDC1, CONFIGURATION, 0, 0, "2026-11-26T11:00:00Z"),
                row(LIVDC1, HOUDC1, CONFIGURATION, 8589, 3, "2026-10-31T22:00:00Z")).rows());

        List<String> lines = csv.lines().collect(java.util.stream.Collectors.toList());
        assertEquals(ShowreplCsv.HEADER, lines.get(0));
        assertEquals("showrepl_INFO,Liverpool,LIVDC1,\"CN=Configuration,DC=contoso,DC=test\",Houston,HOUDC1,RPC,3,"
                + "2026-11-26 11:30:00,2026-10-31 22:00:00,8589", lines.get(1));
        assertEquals("showrepl_INFO,Houston,HOUDC1,\"CN=Configuration,DC=contoso,DC=test\",\"Den,ver\",DENDC1,"
                + "RPC,0,0,2026-11-26 11:00:00,0", lines.get(2));
        assertEquals(3, lines.size());
        assertEquals(true, csv.endsWith("\r\n"));
    }

    private static Map<String, ReplicationSummary.Line> byDc(List<ReplicationSummary.Line> lines) {
        Map<String, ReplicationSummary.Line> out = new java.util.HashMap<>();
        lines.forEach(l -> out.put(l.dc(), l));
        return out;
    }
}
