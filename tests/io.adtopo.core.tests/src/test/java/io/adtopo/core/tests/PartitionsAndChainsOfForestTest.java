package io.adtopo.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.adtopo.core.topology.CrossRef;
import io.adtopo.core.topology.DirectoryObject;
import io.adtopo.core.topology.Server;
import io.adtopo.core.topology.ServerChain;
import io.adtopo.core.topology.Topology;
import io.adtopo.tests.support.TestForest;

/** Partitions, DC computer accounts and each server's SPN chain, as the forest's two DCs hold them. */
class PartitionsAndChainsOfForestTest {

    private final TestForest forest = TestForest.get();

    private Topology read(int dc) throws Exception {
        return forest.topology(dc);
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2 })
    void crossRefsAreTheFixtures(int dc) throws Exception {
        Topology topology = read(dc);
        Map<String, String> kinds = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (CrossRef crossRef : topology.partitions()) {
            kinds.put(crossRef.ncName(), crossRef.kind().label() + (crossRef.isPreCreated() ? " pre-created" : ""));
        }
        Map<String, String> expected = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        expected.putAll(Map.of("DC=contoso,DC=test", "domain", "CN=Configuration,DC=contoso,DC=test",
                "configuration", "CN=Schema,CN=Configuration,DC=contoso,DC=test", "schema",
                "DC=DomainDnsZones,DC=contoso,DC=test", "application NC", "DC=ForestDnsZones,DC=contoso,DC=test",
                "application NC", "DC=fabrikam,DC=test", "external", "DC=apps,DC=contoso,DC=test",
                "application NC pre-created"));
        assertEquals(expected.toString(), kinds.toString());
        CrossRef domain = topology.partition(forest.baseDn()).orElseThrow();
        assertEquals("CONTOSO", domain.netbiosName());
        assertEquals("ldap://contoso.test/DC=contoso,DC=test", domain.referralUrl().orElseThrow());
        assertEquals("ldap://fabrikam.test/DC=fabrikam,DC=test",
                topology.partition("DC=fabrikam,DC=test").orElseThrow().referralUrl().orElseThrow());
        assertFalse(topology.partition("DC=fabrikam,DC=test").orElseThrow().hasSystemFlags());
        assertEquals(List.of("HOUDC1", "LIVDC1"),
                names(topology.writableHostsOf("DC=ForestDnsZones,DC=contoso,DC=test")));
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2 })
    void eachServersChainBreaksWhereTheFixtureBrokeIt(int dc) throws Exception {
        Topology topology = read(dc);
        Map<String, List<ServerChain.Break>> breaks = new TreeMap<>();
        for (Server server : topology.servers()) {
            if (server.isDomainController()) {
                breaks.put(server.name(), ServerChain.of(server, topology).breaks());
            }
        }
        Map<String, List<ServerChain.Break>> expected = new TreeMap<>();
        expected.put("LIVDC1", List.of());
        expected.put("CHADC1", List.of());
        expected.put("HOUDC1", dc == 1 ? List.of(ServerChain.Break.NO_SERVER_REFERENCE) : List.of());
        expected.put("DENDC1", List.of(ServerChain.Break.NOT_A_DC_ACCOUNT));
        expected.put("SEADC1", List.of(ServerChain.Break.HOST_NAME_MISMATCH));
        expected.put("LONDC1", List.of(ServerChain.Break.MISSING_REPLICATION_SPN, ServerChain.Break.MISSING_GC_SPN));
        assertEquals(expected, breaks);
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2 })
    void readsTheAccountsOfDcsAndWhatServersReference(int dc) throws Exception {
        Topology topology = read(dc);
        List<String> computers = names(topology.computers()).stream().map(String::toUpperCase).sorted()
                .collect(Collectors.toList());
        assertEquals(List.of("CHADC1", "DENDC1", "FS-DEN", "HOUDC1", "LIVDC1", "LONDC1", "SEADC1"), computers);
        assertTrue(topology.computer(forest.get("dc1.computer.dn")).orElseThrow().isDomainControllerAccount());
        assertFalse(topology.computer("CN=FS-DEN,CN=Computers," + forest.baseDn()).orElseThrow()
                .isDomainControllerAccount());
        ServerChain liv = ServerChain.of(topology.servers().stream().filter(s -> s.name().equals("LIVDC1"))
                .findFirst().orElseThrow(), topology);
        assertEquals("E3514235-4B06-11D1-AB04-00C04FC2DCD2/" + forest.get("dc1.dsa.guid") + "/contoso.test",
                liv.replicationSpn().orElseThrow());
        assertEquals("GC/livdc1.contoso.test/contoso.test", liv.gcSpn().orElseThrow());
    }

    private static List<String> names(List<? extends DirectoryObject> objects) {
        return objects.stream().map(DirectoryObject::name).sorted().collect(Collectors.toList());
    }
}
