package io.adtopo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.connection.Encryption;
import io.adtopo.tests.support.ForestConnectionCatalog;
import io.adtopo.tests.support.PropertiesPage;
import io.adtopo.tests.support.TopologyPartPage;
import io.adtopo.tests.support.Workbench;
import io.adtopo.ui.TopologyPerspective;
import io.adtopo.ui.partitions.PartitionsView;

/** The Partitions view on the forest: every crossRef, decoded, with its hosts and referral. */
class PartitionsViewTest {

    private static final Duration LOAD = Duration.ofSeconds(60);
    private TopologyPartPage page;

    @BeforeEach
    void open() {
        // the AD Topology perspective shows Properties beside the topology views, as a user sees them
        Workbench.showPerspective(TopologyPerspective.ID);
        page = TopologyPartPage.open(PartitionsView.ID);
        page.chooseConnection(ForestConnectionCatalog.key(1, Encryption.NONE), LOAD);
    }

    @AfterEach
    void close() {
        Workbench.closeView(page.view());
    }

    @Test
    void listsEveryCrossRefDomainsFirst() {
        assertTrue(page.status().contains("7 partitions, read from livdc1.contoso.test"), page.status());
        List<String> roots = page.roots();
        assertEquals("DC=contoso,DC=test", roots.get(0));
        assertEquals(List.of("CN=Configuration,DC=contoso,DC=test", "CN=Schema,CN=Configuration,DC=contoso,DC=test"),
                roots.subList(1, 3));
        assertEquals("DC=fabrikam,DC=test", roots.get(roots.size() - 1));
        assertEquals(7, roots.size());
    }

    @Test
    void showsKindsFlagsHostsAndReferrals() {
        assertEquals("domain", page.column(1, "DC=contoso,DC=test"));
        assertEquals("contoso.test", page.column(2, "DC=contoso,DC=test"));
        assertEquals("CONTOSO", page.column(3, "DC=contoso,DC=test"));
        assertEquals("NTDS_NC NTDS_DOMAIN", page.column(4, "DC=contoso,DC=test"));
        assertTrue(page.column(5, "DC=contoso,DC=test").contains("LIVDC1"));
        assertEquals("ldap://contoso.test/DC=contoso,DC=test", page.column(6, "DC=contoso,DC=test"));
        assertEquals("application NC (pre-created, Enabled FALSE)", page.column(1, "DC=apps,DC=contoso,DC=test"));
        assertEquals("(no DC holds it)", page.column(5, "DC=apps,DC=contoso,DC=test"));
        assertEquals("external", page.column(1, "DC=fabrikam,DC=test"));
        assertEquals("(none)", page.column(4, "DC=fabrikam,DC=test"));
        assertEquals("(outside the forest)", page.column(5, "DC=fabrikam,DC=test"));
        assertEquals("ldap://fabrikam.test/DC=fabrikam,DC=test", page.column(6, "DC=fabrikam,DC=test"));
        assertEquals("HOUDC1, LIVDC1", page.column(5, "DC=ForestDnsZones,DC=contoso,DC=test"));
    }

    @Test
    void propertiesShowTheSelectedCrossRef() {
        page.select("DC=ForestDnsZones,DC=contoso,DC=test");
        Map<String, String> properties = PropertiesPage.read();
        assertEquals("application NC", properties.get("Kind"), properties.toString());
        assertEquals("NTDS_NC NTDS_NOT_GC_REPLICATED (0x5)", properties.get("systemFlags"));
        assertEquals("HOUDC1, LIVDC1", properties.get("msDS-NC-Replica-Locations"));
        assertEquals("ldap://ForestDnsZones.contoso.test/DC=ForestDnsZones,DC=contoso,DC=test",
                properties.get("URL a DC refers clients to"));
    }
}
