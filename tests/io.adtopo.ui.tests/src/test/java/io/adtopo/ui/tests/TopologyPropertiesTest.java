package io.adtopo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.connection.Encryption;
import io.adtopo.tests.support.ForestConnectionCatalog;
import io.adtopo.tests.support.PropertiesPage;
import io.adtopo.tests.support.TestForest;
import io.adtopo.tests.support.TopologyPartPage;
import io.adtopo.tests.support.Workbench;
import io.adtopo.ui.TopologyPerspective;
import io.adtopo.ui.topology.TopologyView;

/** The Properties view follows the Sites and Servers selection and shows decoded values. */
class TopologyPropertiesTest {

    private static final Duration LOAD = Duration.ofSeconds(60);
    private final TestForest forest = TestForest.get();
    private TopologyPartPage page;

    @BeforeEach
    void open() {
        // the AD Topology perspective shows Properties beside the topology views, as a user sees them
        Workbench.showPerspective(TopologyPerspective.ID);
        page = TopologyPartPage.open(TopologyView.ID);
        page.chooseConnection(ForestConnectionCatalog.key(1, Encryption.NONE), LOAD);
    }

    @AfterEach
    void close() {
        Workbench.closeView(page.view());
    }

    @Test
    void anNtdsSettingsShowsItsGuidAliasAndDecodedOptions() {
        page.select("Liverpool", "LIVDC1", "NTDS Settings");
        Map<String, String> p = PropertiesPage.read();
        assertEquals(forest.get("dc1.dsa.guid"), p.get("DSA object GUID"), p.toString());
        assertEquals(forest.get("dc1.dsa.guid") + "._msdcs.contoso.test", p.get("DNS alias (_msdcs)"));
        assertEquals("IS_GC (0x1)", p.get("Options"));
        assertEquals("yes", p.get("Global catalog"));
        assertEquals("no", p.get("Read-only DC"));
        assertEquals("Liverpool\\LIVDC1", p.get("Server"));
    }

    @Test
    void aServerShowsItsComputerAndTheSpnPartnersDerive() {
        page.select("Liverpool", "LIVDC1");
        Map<String, String> p = PropertiesPage.read();
        assertEquals("E3514235-4B06-11D1-AB04-00C04FC2DCD2/" + forest.get("dc1.dsa.guid") + "/contoso.test",
                p.get("Replication SPN partners derive"), p.toString());
        assertEquals("GC/livdc1.contoso.test/contoso.test", p.get("GC SPN"));
        assertEquals("intact", p.get("Chain"));
        assertEquals("domain controller", p.get("Account"));
    }

    @Test
    void theServerThatLostItsServerReferenceSaysWhatBreaks() {
        page.select("Houston", "HOUDC1");
        Map<String, String> p = PropertiesPage.read();
        assertEquals("(missing)", p.get("serverReference"), p.toString());
        assertEquals("no serverReference: partners cannot derive its SPN (error 8589)", p.get("Chain"));
    }

    @Test
    void aServerReferencingAMemberComputerSaysSo() {
        page.select("Denver", "DENDC1");
        Map<String, String> p = PropertiesPage.read();
        assertEquals("not a domain controller (userAccountControl 0x1000)", p.get("Account"), p.toString());
        assertEquals("serverReference names something that is not a domain controller account", p.get("Chain"));
    }

    @Test
    void anInboundConnectionNamesItsSourceAsRepadminDoes() {
        page.select("Liverpool", "LIVDC1", "NTDS Settings", "from HOUDC1");
        Map<String, String> p = PropertiesPage.read();
        assertEquals("Houston\\HOUDC1", p.get("Source DSA"), p.toString());
        assertEquals(forest.get("dc2.dsa.guid"), p.get("Source DSA object GUID"));
        assertEquals("IS_GENERATED (0x1)", p.get("Options"));
    }
}
