package io.adtopo.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.ldap.ObjectGuids;
import io.adtopo.core.topology.DirectoryObject;
import io.adtopo.core.topology.NtdsSettings;
import io.adtopo.core.topology.ReplicationConnection;
import io.adtopo.core.topology.Server;
import io.adtopo.core.topology.SiteLink;
import io.adtopo.core.topology.Topology;
import io.adtopo.tests.support.Ldapsearch;
import io.adtopo.tests.support.TestForest;

/**
 * The topology reader against both DCs of the Samba forest: exactly the fixture's sites, servers, NTDS
 * Settings, connections, links and subnets, with the DSA GUIDs that ldapsearch shows.
 */
class TopologyOfForestTest {

    private final TestForest forest = TestForest.get();

    private Topology read(int dc) throws Exception {
        return forest.topology(dc);
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2 })
    void sitesAndTheirServersAreTheFixtures(int dc) throws Exception {
        Topology topology = read(dc);
        assertEquals(List.of("Charlotte", "Denver", "Houston", "Lab", "Liverpool", "London", "Seattle"),
                names(topology.sites()));
        Map<String, String> siteOfServer = new TreeMap<>();
        for (Server server : topology.servers()) {
            siteOfServer.put(server.name(), DnNames.firstValue(server.siteDn()));
        }
        Map<String, String> expected = new TreeMap<>(Map.of("LIVDC1", "Liverpool", "HOUDC1", "Houston", "CHADC1",
                "Charlotte", "CHADC1-OLD", "Charlotte", "DENDC1", "Denver", "SEADC1", "Seattle", "LONDC1", "London"));
        assertEquals(expected, siteOfServer);
        assertEquals(forest.dcFqdn(dc), topology.forest().readFromHost().toLowerCase());
        assertEquals("contoso.test", topology.forest().forestDnsName());
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2 })
    void ntdsSettingsCarryTheGuidsLdapsearchShows(int dc) throws Exception {
        Topology topology = read(dc);
        Map<String, UUID> witnessed = new HashMap<>();
        for (Ldapsearch.Entry e : Ldapsearch.search(forest, dc, forest.sitesDn(), "(objectClass=nTDSDSA)",
                "objectGUID")) {
            witnessed.put(DnNames.key(e.dn), ObjectGuids.fromBytes(e.bytes("objectGUID")).orElseThrow());
        }
        Map<String, UUID> read = new HashMap<>();
        for (Server server : topology.servers()) {
            server.ntdsSettings().ifPresent(dsa -> read.put(dsa.key(), dsa.objectGuid().orElseThrow()));
        }
        assertEquals(witnessed, read);
        assertEquals(6, read.size(), "six servers have NTDS Settings (CHADC1-OLD has none)");
        assertEquals(UUID.fromString(forest.get("dc1.dsa.guid")), dsa(topology, "LIVDC1").objectGuid().orElseThrow());
        assertEquals(UUID.fromString(forest.get("dc2.dsa.guid")), dsa(topology, "HOUDC1").objectGuid().orElseThrow());
        assertEquals(UUID.fromString("3dab7f9b-92e7-4391-b8db-71df532c1493"),
                dsa(topology, "SEADC1").objectGuid().orElseThrow());
        assertEquals("CHADC1", topology.serverOf(topology
                .ntdsSettings(UUID.fromString("bd630d6d-f6c1-4958-971d-7e4671c3f93a")).orElseThrow()).orElseThrow()
                .name());
        assertEquals(UUID.fromString("ebb11784-5d62-4845-99fe-7bb2b46ab58c"),
                dsa(topology, "CHADC1").invocationId().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2 })
    void globalCatalogsAndHostedNamingContexts(int dc) throws Exception {
        Topology topology = read(dc);
        Map<String, Boolean> gc = new TreeMap<>();
        for (Server server : topology.servers()) {
            server.ntdsSettings().ifPresent(d -> gc.put(server.name(), d.isGlobalCatalog()));
        }
        assertEquals(new TreeMap<>(Map.of("LIVDC1", true, "HOUDC1", true, "CHADC1", true, "LONDC1", true, "DENDC1",
                false, "SEADC1", false)), gc);
        NtdsSettings liv = dsa(topology, "LIVDC1");
        assertTrue(liv.writableNcs().stream().anyMatch(nc -> DnNames.same(nc, forest.baseDn())));
        assertTrue(liv.writableNcs().stream().anyMatch(nc -> DnNames.same(nc, forest.configDn())));
        assertTrue(liv.msDsHasDomainNcs().stream().anyMatch(nc -> DnNames.same(nc, forest.baseDn())));
        assertFalse(liv.isReadOnly());
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2 })
    void serverReferencesDifferOnlyForHoudc1(int dc) throws Exception {
        Topology topology = read(dc);
        Server houston = server(topology, "HOUDC1");
        if (dc == 1) {
            assertFalse(houston.hasServerReference(), "DC1's copy lost HOUDC1's serverReference (error 8589)");
        } else {
            assertTrue(DnNames.same(forest.get("dc2.computer.dn"), houston.serverReference()));
        }
        assertTrue(DnNames.same("CN=FS-DEN,CN=Computers," + forest.baseDn(),
                server(topology, "DENDC1").serverReference()));
        assertTrue(DnNames.same(server(topology, "CHADC1").serverReference(),
                server(topology, "CHADC1-OLD").serverReference()));
        assertEquals("seadc1.contoso.test", server(topology, "SEADC1").dnsHostName().toLowerCase());
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2 })
    void inboundConnectionsNameTheirSources(int dc) throws Exception {
        Topology topology = read(dc);
        Map<String, List<String>> inbound = new TreeMap<>();
        for (Server server : topology.servers()) {
            server.ntdsSettings().ifPresent(d -> {
                List<String> sources = new ArrayList<>();
                for (ReplicationConnection c : d.connections()) {
                    sources.add(topology.siteQualifiedName(topology.ntdsSettings(c.fromServerDn()).orElseThrow()));
                    assertTrue(c.enabled());
                }
                sources.sort(null);
                if (!sources.isEmpty()) {
                    inbound.put(server.name(), sources);
                }
            });
        }
        assertEquals(new TreeMap<>(Map.of("LIVDC1", List.of("Charlotte\\CHADC1", "Houston\\HOUDC1"), "HOUDC1",
                List.of("Denver\\DENDC1", "Liverpool\\LIVDC1"), "CHADC1", List.of("Liverpool\\LIVDC1"))), inbound);
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2 })
    void linksBridgeTransportAndSubnets(int dc) throws Exception {
        Topology topology = read(dc);
        Map<String, Long> costs = topology.siteLinks().stream()
                .collect(Collectors.toMap(SiteLink::name, SiteLink::cost, (a, b) -> a, TreeMap::new));
        assertEquals(new TreeMap<>(Map.of("LIV-HOU", 150L, "LIV-CHA", 100L, "CHA-HOU", 100L, "HOU-DEN", 50L,
                "CHA-SEA", 300L, "DEN-SEA", 100L, "SEA-LON", 500L)), costs);
        SiteLink houDen = topology.siteLinks().stream().filter(l -> l.name().equals("HOU-DEN")).findFirst()
                .orElseThrow();
        assertEquals(15, houDen.replInterval());
        assertEquals(1, houDen.options());
        assertEquals(List.of("Denver", "Houston"),
                houDen.siteDns().stream().map(DnNames::firstValue).sorted().collect(Collectors.toList()));
        assertFalse(topology.ipTransport().orElseThrow().bridgesRequired());
        assertEquals(List.of("BR-LIV-CHA-SEA"), names(topology.bridges()));
        assertEquals(List.of("CHA-SEA", "LIV-CHA"), topology.bridges().get(0).siteLinkDns().stream()
                .map(DnNames::firstValue).sorted().collect(Collectors.toList()));
        assertEquals(List.of("127.0.0.2/32", "127.0.1.0/24"),
                names(topology.subnetsOf(topology.sites().stream().filter(s -> s.name().equals("Liverpool"))
                        .findFirst().orElseThrow())));
        assertEquals(9, topology.subnets().size());
    }

    private static NtdsSettings dsa(Topology topology, String server) {
        return server(topology, server).ntdsSettings().orElseThrow();
    }

    private static Server server(Topology topology, String name) {
        return topology.servers().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> names(List<? extends DirectoryObject> objects) {
        return objects.stream().map(DirectoryObject::name).collect(Collectors.toList());
    }
}
