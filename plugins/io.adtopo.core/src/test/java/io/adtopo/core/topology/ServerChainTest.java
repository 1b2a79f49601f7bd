package io.adtopo.core.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.testing.LdifDirectory;

class ServerChainTest {

    private Topology topology;

    @BeforeEach
    void read() throws DirectoryException {
        topology = new TopologyReader().read(
                LdifDirectory.fromResource(ServerChainTest.class, "seed-forest.ldif"), new NullProgressMonitor());
    }

    @Test
    void derivesTheSpnsPartnersUse() {
        ServerChain chain = chain("LIVCONTOSODC");
        assertEquals("E3514235-4B06-11D1-AB04-00C04FC2DCD2/139af056-538d-4bea-a78d-9ba81d9a0403/contoso.com",
                chain.replicationSpn().orElseThrow());
        assertEquals("GC/LIVCONTOSODC.Contoso.com/contoso.com", chain.gcSpn().orElseThrow());
        assertEquals("contoso.com", chain.domainDnsName());
    }

    @Test
    void anIntactChainHasNoBreak() {
        ServerChain chain = chain("LIVCONTOSODC");
        assertTrue(chain.isIntact(), chain.breaks().toString());
        assertEquals("livcontosodc.contoso.com", chain.computer().orElseThrow().dnsHostName());
    }

    @Test
    void aMissingServerReferenceIsTheFirstBreak() {
        assertEquals(List.of(ServerChain.Break.NO_SERVER_REFERENCE), chain("5THWARDCORPDC").breaks());
    }

    @Test
    void aMissingReplicationSpnIsFound() {
        assertEquals(List.of(ServerChain.Break.MISSING_REPLICATION_SPN), chain("CONTOSOROOTDC1").breaks());
    }

    @Test
    void aReadOnlyDcAccountCountsAndNeedsNoGcSpn() {
        ServerChain chain = chain("DCSRV02");
        assertTrue(chain.gcSpn().isEmpty());
        assertTrue(chain.isIntact(), chain.breaks().toString());
    }

    private ServerChain chain(String server) {
        return ServerChain.of(topology.servers().stream().filter(s -> s.name().equals(server)).findFirst()
                .orElseThrow(), topology);
    }
}
