package io.adtopo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Encryption;
import io.adtopo.tests.support.DroppingProxy;
import io.adtopo.tests.support.ForestConnectionCatalog;
import io.adtopo.tests.support.PlainLdapServer;
import io.adtopo.tests.support.TestForest;
import io.adtopo.tests.support.TopologyPartPage;
import io.adtopo.tests.support.Workbench;
import io.adtopo.ui.topology.TopologyView;

/** What Sites and Servers says when a directory cannot give it a topology, and that it follows a refresh. */
class ViewFailuresTest {

    private static final Duration LOAD = Duration.ofSeconds(60);
    private final TestForest forest = TestForest.get();
    private TopologyPartPage page;

    @BeforeEach
    void open() {
        page = TopologyPartPage.open(TopologyView.ID);
    }

    @AfterEach
    void close() throws Exception {
        Workbench.closeView(page.view());
        ForestConnectionCatalog.clearExtra();
        forest.apply("1", "variant-bridges-default.ldif");
    }

    @Test
    void aDirectoryThatIsNotActiveDirectorySaysSo() throws Exception {
        try (PlainLdapServer slapd = PlainLdapServer.start()) {
            String key = ForestConnectionCatalog.addExtra(slapd.profile(), PlainLdapServer.ADMIN,
                    PlainLdapServer.PASSWORD);
            waitForChoice(slapd.profile().name());
            page.chooseConnection(key, LOAD);
            assertTrue(page.status().startsWith("Not Active Directory: ldap://" + PlainLdapServer.HOST + ":"
                    + PlainLdapServer.PORT + " is not Active Directory"), page.status());
            assertEquals(List.of(), page.roots());
        }
    }

    @Test
    void aConnectionThatDropsMidLoadShowsNothingStale() throws Exception {
        page.chooseConnection(ForestConnectionCatalog.key(1, Encryption.NONE), LOAD);
        assertEquals(8, page.roots().size());
        try (DroppingProxy proxy = new DroppingProxy(forest.address(1), 389, 6000)) {
            ConnectionProfile dropping = new ConnectionProfile("dropping", "Drops mid-load", "127.0.0.1", proxy.port(),
                    Encryption.NONE, forest.adminDn(), false, ForestConnectionCatalog.ID);
            String key = ForestConnectionCatalog.addExtra(dropping, forest.adminDn(), forest.adminPassword());
            waitForChoice(dropping.name());
            page.chooseConnection(key, LOAD);
            assertTrue(page.status().startsWith("Could not read the topology: The connection to ldap://127.0.0.1:"),
                    page.status());
            assertTrue(page.status().contains("was lost during"), page.status());
            assertEquals(List.of(), page.roots(), "nothing of the earlier connection may stay on screen");
        }
    }

    @Test
    void refreshShowsWhatChangedInTheDirectory() throws Exception {
        page.chooseConnection(ForestConnectionCatalog.key(1, Encryption.NONE), LOAD);
        assertTrue(page.details("Inter-Site Transports", "IP").contains("all site links bridged"));
        forest.apply("1", "variant-bridges-required.ldif");
        assertTrue(page.details("Inter-Site Transports", "IP").contains("all site links bridged"),
                "nothing changes on screen before a refresh");
        page.reload(LOAD);
        assertTrue(page.details("Inter-Site Transports", "IP").contains("bridges required"),
                page.details("Inter-Site Transports", "IP"));
    }

    private void waitForChoice(String name) {
        Workbench.waitUntil("the chooser offers " + name, LOAD,
                () -> page.connectionChoices().stream().anyMatch(c -> c.startsWith(name)));
    }
}
