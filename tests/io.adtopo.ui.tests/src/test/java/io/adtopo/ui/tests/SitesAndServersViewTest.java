package io.adtopo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.connection.ConnectionCatalog;
import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Encryption;
import io.adtopo.tests.support.ForestConnectionCatalog;
import io.adtopo.tests.support.TestForest;
import io.adtopo.tests.support.TopologyPartPage;
import io.adtopo.tests.support.Workbench;
import io.adtopo.ui.connections.PreferenceConnectionCatalog;
import io.adtopo.ui.internal.AdtopoUiPlugin;
import io.adtopo.ui.topology.TopologyView;

/** The Sites and Servers view in a real workbench, on the Samba forest's connections. */
class SitesAndServersViewTest {

    private static final Duration LOAD = Duration.ofSeconds(60);

    private final TestForest forest = TestForest.get();
    private TopologyPartPage page;

    @BeforeEach
    void open() {
        page = TopologyPartPage.open(TopologyView.ID);
    }

    @AfterEach
    void close() {
        Workbench.closeView(page.view());
        preferenceCatalog().replaceAll(List.of());
    }

    @Test
    void showsTheFixtureSitesAndServersOfDc1() {
        page.chooseConnection(ForestConnectionCatalog.key(1, Encryption.NONE), LOAD);
        assertTrue(page.status().contains("7 sites, 7 servers (6 domain controllers), read from "
                + forest.dcFqdn(1)), page.status());
        assertEquals(List.of("Charlotte", "Denver", "Houston", "Lab", "Liverpool", "London", "Seattle",
                "Inter-Site Transports"), page.roots());
        assertEquals(List.of("CHADC1", "CHADC1-OLD", "Subnets (1)"), page.children("Charlotte"));
        assertEquals(List.of("HOUDC1", "Subnets (2)"), page.children("Houston"));
        assertEquals(List.of("Subnets (1)"), page.children("Lab"));
        assertEquals(List.of("NTDS Settings"), page.children("Liverpool", "LIVDC1"));
        assertEquals(List.of("from CHADC1", "from HOUDC1"), page.children("Liverpool", "LIVDC1", "NTDS Settings"));
        assertEquals(List.of("from Charlotte\\CHADC1", "from Houston\\HOUDC1"),
                page.childDetails("Liverpool", "LIVDC1", "NTDS Settings"));
        assertTrue(page.details("Liverpool", "LIVDC1", "NTDS Settings").contains(forest.get("dc1.dsa.guid")));
        assertTrue(page.details("Liverpool", "LIVDC1", "NTDS Settings").contains("IS_GC"));
        assertTrue(page.details("Houston", "HOUDC1").contains("no serverReference"),
                "DC1's copy of HOUDC1 lost its serverReference: " + page.details("Houston", "HOUDC1"));
        assertTrue(page.details("Charlotte", "CHADC1-OLD").contains("not a domain controller"));
        assertEquals("1 server", page.details("Liverpool"));
        assertEquals("2 servers", page.details("Charlotte"));
        assertEquals("no servers", page.details("Lab"));
    }

    @Test
    void showsDc2sOwnCopy() {
        page.chooseConnection(ForestConnectionCatalog.key(2, Encryption.LDAPS), LOAD);
        assertTrue(page.status().contains("read from " + forest.dcFqdn(2)), page.status());
        assertEquals("houdc1.contoso.test -> HOUDC1", page.details("Houston", "HOUDC1"),
                "DC2's copy keeps HOUDC1's serverReference");
    }

    @Test
    void showsTransportsLinksAndBridges() {
        page.chooseConnection(ForestConnectionCatalog.key(1, Encryption.NONE), LOAD);
        assertEquals(List.of("IP", "SMTP"), page.children("Inter-Site Transports"));
        List<String> ip = page.children("Inter-Site Transports", "IP");
        assertEquals(List.of("CHA-HOU", "CHA-SEA", "DEN-SEA", "HOU-DEN", "LIV-CHA", "LIV-HOU", "SEA-LON",
                "BR-LIV-CHA-SEA"), ip);
        assertTrue(page.details("Inter-Site Transports", "IP", "LIV-HOU").startsWith("cost 150, every 180 min"));
        assertTrue(page.details("Inter-Site Transports", "IP").contains("all site links bridged"));
    }

    @Test
    void aConnectionThatFailsSaysWhyAndShowsNothing() {
        ConnectionProfile closed = new ConnectionProfile(PreferenceConnectionCatalog.newId(), "Closed port",
                forest.address(1), 3899, Encryption.NONE, "", false, PreferenceConnectionCatalog.ID);
        preferenceCatalog().replaceAll(List.of(closed));
        page.chooseConnection(PreferenceConnectionCatalog.ID + "/" + closed.id(), LOAD);
        assertTrue(page.status().startsWith("Could not read the topology: Cannot connect to ldap://"
                + forest.address(1) + ":3899"), page.status());
        assertEquals(List.of(), page.roots());

        page.chooseConnection(ForestConnectionCatalog.key(1, Encryption.NONE), LOAD);
        assertEquals(8, page.roots().size(), "a good connection after a bad one shows the topology again");
    }

    @Test
    void offersTheConnectionsOfEveryCatalog() {
        ConnectionProfile mine = new ConnectionProfile(PreferenceConnectionCatalog.newId(), "Entered in preferences",
                forest.address(2), 389, Encryption.NONE, forest.adminDn(), false, PreferenceConnectionCatalog.ID);
        preferenceCatalog().replaceAll(List.of(mine));
        Workbench.waitUntil("the chooser lists the new connection", LOAD,
                () -> page.connectionChoices().stream().anyMatch(c -> c.startsWith("Entered in preferences")));
        assertTrue(page.connectionChoices().stream().anyMatch(c -> c.startsWith("Test forest LIVDC1 (ldap://")));
    }

    private static PreferenceConnectionCatalog preferenceCatalog() {
        for (ConnectionCatalog catalog : AdtopoUiPlugin.getDefault().connections().catalogs()) {
            if (catalog instanceof PreferenceConnectionCatalog) {
                return (PreferenceConnectionCatalog) catalog;
            }
        }
        throw new AssertionError("no preference catalog");
    }
}
