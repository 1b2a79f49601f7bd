package io.adtopo.studio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.directory.studio.connection.core.Connection;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.connection.Encryption;
import io.adtopo.core.topology.Server;
import io.adtopo.studio.EntryTarget;
import io.adtopo.studio.StudioConnectionTester;
import io.adtopo.studio.StudioEntryEditor;
import io.adtopo.tests.support.ForestConnectionCatalog;
import io.adtopo.tests.support.TopologyPartPage;
import io.adtopo.tests.support.Workbench;
import io.adtopo.ui.topology.TopologyView;

/**
 * "Open in Directory Studio" from adtopo's views: which connection and DN it opens, when it is offered, and
 * what it says where Studio's LDAP Browser is not installed (as in this runtime: Studio 2013's browser on
 * Maven Central cannot start next to Directory API 2.1.0, so the last step is verified against Studio M17's
 * source only).
 */
class OpenInStudioTest {

    private static final Duration LOAD = Duration.ofSeconds(60);
    private Connection connection;
    private TopologyPartPage page;

    @BeforeEach
    void open() {
        connection = StudioConnections.forestDc(1, "LIVDC1 for the editor");
        page = TopologyPartPage.open(TopologyView.ID);
        Workbench.waitUntil("the view offers the Studio connection", LOAD,
                () -> page.connectionChoices().stream().anyMatch(c -> c.startsWith("LIVDC1 for the editor")));
    }

    @AfterEach
    void close() {
        Workbench.closeView(page.view());
        StudioConnections.removeAll();
    }

    @Test
    void anObjectOfAStudioConnectionOpensThatConnectionAtItsDn() {
        page.chooseConnection("studio/" + connection.getConnectionParameter().getId(), LOAD);
        Server houston = Workbench.ui(() -> page.view().topology().servers().stream()
                .filter(s -> s.name().equals("HOUDC1")).findFirst().orElseThrow());
        EntryTarget target = EntryTarget.of(page.view().connection(), houston).orElseThrow();
        assertSame(connection, target.connection());
        assertEquals(houston.dn(), target.dn());
        assertTrue(new StudioConnectionTester().test(page.view(), "showsStudioConnection", null, null));
        assertTrue(EntryTarget.of(page.view().connection(), "not a directory object").isEmpty());
    }

    @Test
    void isNotOfferedForConnectionsThatAreNotStudios() {
        page.chooseConnection(ForestConnectionCatalog.key(1, Encryption.NONE), LOAD);
        assertFalse(new StudioConnectionTester().test(page.view(), "showsStudioConnection", null, null));
        Server any = Workbench.ui(() -> page.view().topology().servers().get(0));
        assertTrue(EntryTarget.of(page.view().connection(), any).isEmpty());
    }

    @Test
    void saysSoWhenStudiosLdapBrowserIsMissing() {
        assertFalse(StudioEntryEditor.isAvailable());
        IStatus status = StudioEntryEditor.open(connection, "CN=HOUDC1,CN=Servers,CN=Houston,CN=Sites,DC=x");
        assertEquals(IStatus.WARNING, status.getSeverity());
        assertTrue(status.getMessage().contains("LDAP Browser is not available"), status.getMessage());
    }

    @Test
    void isDeclaredOnBothViewsContextMenus() {
        List<String> locations = new ArrayList<>();
        for (IConfigurationElement contribution : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.ui.menus")) {
            for (IConfigurationElement command : contribution.getChildren("command")) {
                if ("io.adtopo.studio.commands.openInStudio".equals(command.getAttribute("commandId"))) {
                    locations.add(contribution.getAttribute("locationURI"));
                }
            }
        }
        locations.sort(null);
        assertEquals(List.of("popup:io.adtopo.ui.views.partitions?after=additions",
                "popup:io.adtopo.ui.views.topology?after=additions"), locations);
    }
}
