package io.adtopo.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.connection.Encryption;
import io.adtopo.core.diagnostics.DiagnosticText;
import io.adtopo.core.diagnostics.MessageLookup;
import io.adtopo.core.ldap.DirectoryConnector;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.topology.DsaLookup;
import io.adtopo.core.topology.DsaMatch;
import io.adtopo.core.topology.Topology;
import io.adtopo.core.topology.TopologyReader;
import io.adtopo.tests.support.SeedTexts;
import io.adtopo.tests.support.TestForest;

/** Finding the DSA an event or repadmin names, live and deleted, in the forest. */
class FindDsaInForestTest {

    private final TestForest forest = TestForest.get();
    private DirectorySession session;
    private DsaLookup lookup;
    private Topology topology;

    @BeforeEach
    void open() throws Exception {
        session = new DirectoryConnector().open(forest.profile(1, Encryption.NONE), forest.adminCredentials(),
                forest.trust());
        topology = new TopologyReader().read(session, new NullProgressMonitor());
        lookup = new DsaLookup(topology, session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theGuidOfEvent1411IsSeadc1() throws Exception {
        DsaMatch match = lookup.byMsdcsName(UUID.fromString("3dab7f9b-92e7-4391-b8db-71df532c1493"), "Contoso.com");
        assertEquals(DsaMatch.Kind.LIVE, match.kind());
        assertEquals("Seattle\\SEADC1", topology.siteQualifiedName(match.live().orElseThrow()));
    }

    @Test
    void anInvocationIdFindsItsDsa() throws Exception {
        DsaMatch match = lookup.byGuid(UUID.fromString("ebb11784-5d62-4845-99fe-7bb2b46ab58c"));
        assertEquals(DsaMatch.Kind.LIVE, match.kind());
        assertEquals("invocation ID", match.how());
        assertEquals("Charlotte\\CHADC1", topology.siteQualifiedName(match.live().orElseThrow()));
    }

    @Test
    void siteAndServerNamesFindTheRunningDcs() {
        assertEquals(DsaMatch.Kind.LIVE, lookup.bySiteAndServer("houston", "HOUDC1").kind());
        assertEquals(DsaMatch.Kind.NOT_FOUND, lookup.bySiteAndServer("Liverpool", "HOUDC1").kind());
        assertEquals(DsaMatch.Kind.NOT_FOUND, lookup.bySiteAndServer("Charlotte", "CHADC1-OLD").kind(),
                "a server without NTDS Settings is no DSA");
    }

    @Test
    void aDeletedDsaIsFoundWithShowDeletedAndSaysWhereItLived() throws Exception {
        DsaMatch match = lookup.byGuid(UUID.fromString("6f1c1d5e-9a43-4b7e-8c52-0d3b5e7a9f21"));
        assertEquals(DsaMatch.Kind.DELETED, match.kind());
        assertEquals("OLDDC9", match.deletedServerName().orElseThrow());
        assertEquals("Lab", match.deletedSiteName().orElseThrow());
        assertEquals(true, match.tombstoneDn().orElseThrow().startsWith("CN=NTDS Settings\\0ADEL:6f1c1d5e"));
    }

    @Test
    void theSeedTextsFindTheForestsDsasWhereItHasThem() throws Exception {
        assertEquals(List.of("3dab7f9b-92e7-4391-b8db-71df532c1493._msdcs.Contoso.com -> Seattle\\SEADC1"),
                rows("event-1411.txt"));
        assertEquals(List.of("139af056-538d-4bea-a78d-9ba81d9a0403 -> not found",
                "e166f5b7-5adc-4670-b147-783ae1850263 -> not found",
                "bd630d6d-f6c1-4958-971d-7e4671c3f93a -> Charlotte\\CHADC1",
                "1eb475f2-1265-46af-a04c-be48aea706b0 -> Denver\\DENDC1"),
                rows("repadmin-showrepl.txt").stream().filter(r -> r.matches("^[0-9a-f-]{36} .*"))
                        .collect(Collectors.toList()));
        assertEquals(List.of("Liverpool\\LIVCONTOSODC -> not found", "Charlotte\\CONTOSOROOTDC1 -> not found",
                "Houston\\5THWARDCORPDC -> not found"), rows("repadmin-showrepl.txt").stream()
                        .filter(r -> !r.matches("^[0-9a-f-]{36} .*")).collect(Collectors.toList()));
    }

    private List<String> rows(String seedText) throws Exception {
        List<String> rows = new ArrayList<>();
        for (MessageLookup.Row row : MessageLookup.lookUp(DiagnosticText.parse(SeedTexts.read(seedText)), lookup)) {
            rows.add(row.finding().value() + " -> " + (row.match().kind() == DsaMatch.Kind.LIVE
                    ? topology.siteQualifiedName(row.match().live().orElseThrow()) : "not found"));
        }
        return rows;
    }

    @Test
    void anUnknownGuidIsNotFound() throws Exception {
        assertEquals(DsaMatch.Kind.NOT_FOUND,
                lookup.byGuid(UUID.fromString("139af056-538d-4bea-a78d-9ba81d9a0403")).kind());
    }
}
