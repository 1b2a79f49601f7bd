package io.adtopo.studio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.apache.directory.studio.connection.core.Connection;
import org.apache.directory.studio.connection.core.event.ConnectionEventRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.tests.support.TopologyPartPage;
import io.adtopo.tests.support.Workbench;
import io.adtopo.ui.topology.TopologyView;

/** Sites and Servers follows a Studio connection being closed and opened again, and removed. */
class FollowsStudioConnectionsTest {

    private static final Duration LOAD = Duration.ofSeconds(60);
    private Connection connection;
    private TopologyPartPage page;

    @BeforeEach
    void open() {
        connection = StudioConnections.forestDc(1, "LIVDC1 followed");
        page = TopologyPartPage.open(TopologyView.ID);
        Workbench.waitUntil("the view offers the Studio connection", LOAD,
                () -> page.connectionChoices().stream().anyMatch(c -> c.startsWith("LIVDC1 followed")));
        page.chooseConnection("studio/" + connection.getConnectionParameter().getId(), LOAD);
    }

    @AfterEach
    void close() {
        Workbench.closeView(page.view());
        StudioConnections.removeAll();
    }

    @Test
    void closingTheConnectionInStudioClearsTheViewAndOpeningItReadsAgain() {
        assertEquals(8, page.roots().size());
        Workbench.uiRun(() -> ConnectionEventRegistry.fireConnectionClosed(connection, this));
        Workbench.waitUntil("the view says the connection was closed", LOAD,
                () -> page.status().contains("was closed in Directory Studio"));
        assertEquals(List.of(), page.roots());

        Workbench.uiRun(() -> ConnectionEventRegistry.fireConnectionOpened(connection, this));
        Workbench.waitUntil("the view shows the topology again", LOAD, () -> page.roots().size() == 8);
        assertTrue(page.status().contains("7 sites"), page.status());
    }

    @Test
    void removingTheConnectionInStudioSaysItIsGone() {
        Workbench.uiRun(() -> org.apache.directory.studio.connection.core.ConnectionCorePlugin.getDefault()
                .getConnectionManager().removeConnection(connection));
        Workbench.waitUntil("the view says the connection is gone", LOAD,
                () -> page.status().contains("no longer exists"));
        assertEquals(List.of(), page.roots());
    }
}
