package io.adtopo.core.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.testing.LdifDirectory;

class PartitionsTest {

    private static final String PARTITIONS = "CN=Partitions,CN=Configuration,DC=contoso,DC=com";

    private Topology topology;

    @BeforeEach
    void read() throws DirectoryException {
        topology = new TopologyReader().read(LdifDirectory.fromResource(PartitionsTest.class, "seed-forest.ldif"),
                new NullProgressMonitor());
    }

    @Test
    void decodesEachKindOfCrossRef() {
        assertEquals(CrossRef.Kind.DOMAIN, partition("DC=contoso,DC=com").kind());
        assertEquals(CrossRef.Kind.CONFIGURATION, partition("CN=Configuration,DC=contoso,DC=com").kind());
        assertEquals(CrossRef.Kind.SCHEMA, partition("CN=Schema,CN=Configuration,DC=contoso,DC=com").kind());
        assertEquals(CrossRef.Kind.APPLICATION, partition("DC=ForestDnsZones,DC=contoso,DC=com").kind());
        assertEquals(CrossRef.Kind.EXTERNAL, partition("DC=fabrikam,DC=com").kind());
        assertEquals("NTDS_NC NTDS_DOMAIN", partition("DC=contoso,DC=com").describeFlags());
        assertEquals("NTDS_NC NTDS_NOT_GC_REPLICATED", partition("DC=apps,DC=contoso,DC=com").describeFlags());
        assertEquals("(none)", partition("DC=fabrikam,DC=com").describeFlags());
        assertFalse(partition("DC=fabrikam,DC=com").hasSystemFlags());
    }

    @Test
    void aDisabledNcCrossRefIsPreCreated() {
        CrossRef apps = partition("DC=apps,DC=contoso,DC=com");
        assertFalse(apps.enabled());
        assertTrue(apps.isPreCreated());
        assertFalse(partition("DC=contoso,DC=com").isPreCreated());
    }

    @Test
    void referralUrlsPointAtDnsRoot() {
        assertEquals("ldap://contoso.com/DC=contoso,DC=com", partition("DC=contoso,DC=com").referralUrl().orElseThrow());
        assertEquals("ldap://contoso.com/CN=Configuration,DC=contoso,DC=com",
                partition("CN=Configuration,DC=contoso,DC=com").referralUrl().orElseThrow());
        assertEquals("ldap://fabrikam.com/DC=fabrikam,DC=com", partition("DC=fabrikam,DC=com").referralUrl().orElseThrow());
    }

    @Test
    void trustParentBuildsTheDomainTree() {
        CrossRef emea = partition("DC=emea,DC=contoso,DC=com");
        assertEquals("CN=CONTOSO," + PARTITIONS, emea.trustParent());
        assertEquals("EMEA", emea.netbiosName());
        assertEquals("", partition("DC=contoso,DC=com").trustParent());
    }

    @Test
    void knowsWhichDcsHostEachNc() {
        assertEquals(List.of("LIVCONTOSODC"), names(topology.writableHostsOf("DC=ForestDnsZones,DC=contoso,DC=com")));
        assertEquals(List.of("CONTOSOROOTDC1", "LIVCONTOSODC"), names(topology.writableHostsOf("DC=contoso,DC=com")));
        assertEquals(1, partition("DC=ForestDnsZones,DC=contoso,DC=com").replicaLocations().size());
    }

    private CrossRef partition(String nc) {
        return topology.partition(nc).orElseThrow(() -> new AssertionError("no crossRef for " + nc));
    }

    private static List<String> names(List<? extends DirectoryObject> objects) {
        return objects.stream().map(DirectoryObject::name).collect(Collectors.toList());
    }
}
