package io.adtopo.core.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectoryException.Kind;
import io.adtopo.core.ldap.SearchScope;
import io.adtopo.core.testing.LdifDirectory;

class TopologyReaderTest {

    private static final String SITES = "CN=Sites,CN=Configuration,DC=contoso,DC=com";

    private LdifDirectory directory;
    private Topology topology;

    @BeforeEach
    void read() throws DirectoryException {
        directory = LdifDirectory.fromResource(TopologyReaderTest.class, "seed-forest.ldif");
        topology = new TopologyReader().read(directory, new NullProgressMonitor());
    }

    @Test
    void readsEverySiteSortedByName() {
        assertEquals(List.of("Charlotte", "Default-First-Site-Name", "Houston", "Liverpool"),
                names(topology.sites()));
        Site houston = topology.site("cn=houston," + SITES.toLowerCase()).orElseThrow();
        assertEquals("Fifth Ward office", houston.description());
        assertEquals(16, topology.site("CN=Charlotte," + SITES).orElseThrow().siteSettingsOptions());
        assertTrue(topology.site("CN=Liverpool," + SITES).orElseThrow().topologyGenerator()
                .startsWith("CN=NTDS Settings,CN=LIVCONTOSODC"));
    }

    @Test
    void placesServersInTheirSites() {
        assertEquals(List.of("5THWARDCORPDC", "DCSRV02"),
                names(topology.serversIn(topology.site("CN=Houston," + SITES).orElseThrow())));
        assertEquals(List.of("FILESRV1"),
                names(topology.serversIn(topology.site("CN=Default-First-Site-Name," + SITES).orElseThrow())));
        Server houstonDc = server("5THWARDCORPDC");
        assertFalse(houstonDc.hasServerReference());
        assertTrue(houstonDc.isDomainController());
        assertFalse(server("FILESRV1").isDomainController());
        assertEquals("CN=LIVCONTOSODC,OU=Domain Controllers,DC=contoso,DC=com",
                server("LIVCONTOSODC").serverReference());
    }

    @Test
    void decodesNtdsSettings() {
        NtdsSettings liv = server("LIVCONTOSODC").ntdsSettings().orElseThrow();
        assertEquals(UUID.fromString("139af056-538d-4bea-a78d-9ba81d9a0403"), liv.objectGuid().orElseThrow());
        assertEquals(UUID.fromString("e166f5b7-5adc-4670-b147-783ae1850263"), liv.invocationId().orElseThrow());
        assertTrue(liv.isGlobalCatalog());
        assertEquals("IS_GC", DsaOptions.describe(liv.options()));
        assertEquals(4, liv.msDsHasMasterNcs().size());
        assertEquals(List.of("DC=contoso,DC=com"), liv.msDsHasDomainNcs());
        assertFalse(liv.isReadOnly());
        assertTrue(server("DCSRV02").ntdsSettings().orElseThrow().isReadOnly());
        assertEquals("139af056-538d-4bea-a78d-9ba81d9a0403._msdcs.contoso.com",
                topology.msdcsName(liv).orElseThrow());
    }

    @Test
    void findsDsaByGuidAndNamesItAsRepadminDoes() {
        NtdsSettings dsa = topology.ntdsSettings(UUID.fromString("1eb475f2-1265-46af-a04c-be48aea706b0"))
                .orElseThrow();
        assertEquals("Houston\\5THWARDCORPDC", topology.siteQualifiedName(dsa));
        assertEquals("5THWARDCORPDC", topology.serverOf(dsa).orElseThrow().name());
    }

    @Test
    void attachesInboundConnectionsToTheDestination() {
        List<ReplicationConnection> inbound = server("LIVCONTOSODC").ntdsSettings().orElseThrow().connections();
        assertEquals(List.of("from 5THWARDCORPDC", "from CONTOSOROOTDC1"), names(inbound));
        ReplicationConnection fromHouston = inbound.get(0);
        assertFalse(fromHouston.enabled());
        assertEquals("Houston\\5THWARDCORPDC",
                topology.siteQualifiedName(topology.ntdsSettings(fromHouston.fromServerDn()).orElseThrow()));
        assertTrue(inbound.get(1).isGenerated());
        assertTrue(server("CONTOSOROOTDC1").ntdsSettings().orElseThrow().connections().isEmpty());
    }

    @Test
    void readsTransportsLinksBridgesAndSubnets() {
        InterSiteTransport ip = topology.ipTransport().orElseThrow();
        assertTrue(ip.bridgesRequired());
        assertEquals(List.of("IP", "SMTP"), names(topology.transports()));
        assertEquals(List.of("Liverpool-Charlotte", "Liverpool-Houston"), names(topology.siteLinksOf(ip)));
        SiteLink livHou = topology.siteLinks().get(1);
        assertEquals(150, livHou.cost());
        assertEquals(180, livHou.replInterval());
        assertEquals(2, livHou.siteDns().size());
        assertEquals(1, topology.bridgesOf(ip).size());
        assertEquals(2, topology.bridgesOf(ip).get(0).siteLinkDns().size());
        assertEquals(List.of("10.2.0.0/16"),
                names(topology.subnetsOf(topology.site("CN=Houston," + SITES).orElseThrow())));
        assertEquals(3, topology.subnets().size());
    }

    @Test
    void readsWithOnePagedSearchPerKindOfObject() {
        assertEquals(9, directory.searches().size(), directory.searches().toString());
        assertTrue(directory.searches().stream().allMatch(s -> s.scope() != SearchScope.BASE));
        assertEquals(7, directory.searches().stream().filter(s -> s.base().endsWith(SITES)).count());
        assertTrue(directory.searches().get(7).base().startsWith("CN=Partitions,CN=Configuration"));
        assertEquals("DC=contoso,DC=com", directory.searches().get(8).base());
    }

    @Test
    void readsDomainControllerAccountsButNotMemberServers() {
        assertEquals(List.of("5THWARDCORPDC", "CONTOSOROOTDC1", "DCSRV02", "LIVCONTOSODC"),
                names(topology.computers()));
        assertTrue(topology.computer("CN=DCSRV02,OU=Domain Controllers,DC=contoso,DC=com").orElseThrow()
                .isDomainControllerAccount(), "a read-only DC's account counts as a DC account");
    }

    @Test
    void refusesADirectoryThatIsNotActiveDirectory() {
        LdifDirectory plain = LdifDirectory.parse("version: 1\n\ndn:\nobjectClass: top\nvendorName: OpenLDAP\n"
                + "namingContexts: dc=example,dc=org\n");
        DirectoryException e = assertThrows(DirectoryException.class,
                () -> new TopologyReader().read(plain, new NullProgressMonitor()));
        assertEquals(Kind.NOT_ACTIVE_DIRECTORY, e.kind());
        assertTrue(e.getMessage().contains("not Active Directory"), e.getMessage());
        assertTrue(e.getMessage().contains("OpenLDAP"), e.getMessage());
    }

    @Test
    void saysSoWhenNoSiteIsVisible() {
        LdifDirectory empty = LdifDirectory.parse("version: 1\n\ndn:\n"
                + "configurationNamingContext: CN=Configuration,DC=x\nsupportedCapabilities: 1.2.840.113556.1.4.800\n\n"
                + "dn: CN=Sites,CN=Configuration,DC=x\nobjectClass: sitesContainer\n");
        DirectoryException e = assertThrows(DirectoryException.class,
                () -> new TopologyReader().read(empty, new NullProgressMonitor()));
        assertEquals(Kind.INSUFFICIENT_RIGHTS, e.kind());
    }

    @Test
    void missingSitesContainerMeansNotActiveDirectory() {
        LdifDirectory noSites = LdifDirectory.parse("version: 1\n\ndn:\n"
                + "configurationNamingContext: CN=Configuration,DC=x\nsupportedCapabilities: 1.2.840.113556.1.4.800\n");
        DirectoryException e = assertThrows(DirectoryException.class,
                () -> new TopologyReader().read(noSites, new NullProgressMonitor()));
        assertEquals(Kind.NOT_ACTIVE_DIRECTORY, e.kind());
    }

    @Test
    void stopsWhenCancelled() {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> new TopologyReader().read(directory, cancelled));
    }

    private Server server(String name) {
        return topology.servers().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> names(List<? extends DirectoryObject> objects) {
        return objects.stream().map(DirectoryObject::name).collect(Collectors.toList());
    }
}
