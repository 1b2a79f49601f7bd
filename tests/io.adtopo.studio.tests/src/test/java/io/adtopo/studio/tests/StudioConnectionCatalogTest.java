package io.adtopo.studio.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.directory.studio.connection.core.Connection;
import org.apache.directory.studio.connection.core.ConnectionCorePlugin;
import org.apache.directory.studio.connection.core.ConnectionParameter;
import org.apache.directory.studio.connection.core.ConnectionParameter.AuthenticationMethod;
import org.apache.directory.studio.connection.core.ConnectionParameter.EncryptionMethod;
import org.apache.directory.studio.connection.core.IAuthHandler;
import org.apache.directory.studio.connection.core.ICredentials;
import org.apache.directory.studio.connection.core.event.ConnectionEventRegistry;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.connection.CatalogListener;
import io.adtopo.core.connection.ConnectionCatalog;
import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Credentials;
import io.adtopo.core.connection.CredentialsUnavailableException;
import io.adtopo.core.connection.Encryption;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.topology.Topology;
import io.adtopo.core.topology.TopologyReader;
import io.adtopo.studio.StudioConnectionCatalog;
import io.adtopo.tests.support.TestForest;
import io.adtopo.ui.connections.ConnectionRef;
import io.adtopo.ui.connections.SessionOpener;
import io.adtopo.ui.internal.AdtopoUiPlugin;

/** adtopo sees Directory Studio's connections, follows their events and binds with their credentials. */
class StudioConnectionCatalogTest {

    private final TestForest forest = TestForest.get();
    private StudioConnectionCatalog catalog;
    private IAuthHandler studioAuthHandler;

    @BeforeEach
    void findCatalog() {
        studioAuthHandler = ConnectionCorePlugin.getDefault().getAuthHandler();
        StudioConnections.removeAll();
        for (ConnectionCatalog c : AdtopoUiPlugin.getDefault().connections().catalogs()) {
            if (c instanceof StudioConnectionCatalog) {
                catalog = (StudioConnectionCatalog) c;
            }
        }
        assertTrue(catalog != null, "the Studio bridge contributes its catalog to adtopo's registry");
    }

    @AfterEach
    void cleanUp() {
        ConnectionCorePlugin.getDefault().setAuthHandler(studioAuthHandler);
        StudioConnections.removeAll();
    }

    @Test
    void listsStudioConnectionsWithTheirParameters() {
        Connection plain = StudioConnections.forestDc(1, "LIVDC1 in Studio");
        Connection ldaps = StudioConnections.add("LDAPS", "dc.example.test", 636, EncryptionMethod.LDAPS,
                AuthenticationMethod.SIMPLE, "CN=reader,DC=example,DC=test", null);
        Connection startTls = StudioConnections.add("StartTLS read-only", "dc.example.test", 389,
                EncryptionMethod.START_TLS, AuthenticationMethod.NONE, "ignored", null);
        startTls.getConnectionParameter().setReadOnly(true);

        ConnectionProfile p = profile(plain);
        assertEquals("LIVDC1 in Studio", p.name());
        assertEquals(forest.address(1), p.host());
        assertEquals(389, p.port());
        assertEquals(Encryption.NONE, p.encryption());
        assertEquals(forest.adminDn(), p.bindPrincipal());
        assertEquals("studio", p.origin());
        assertEquals(Encryption.LDAPS, profile(ldaps).encryption());
        assertEquals(636, profile(ldaps).port());
        ConnectionProfile anonymous = profile(startTls);
        assertEquals(Encryption.START_TLS, anonymous.encryption());
        assertTrue(anonymous.isAnonymous(), "authentication NONE binds anonymously whatever principal is stored");
        assertTrue(anonymous.readOnly());
    }

    @Test
    void followsConnectionEvents() {
        List<String> events = new ArrayList<>();
        CatalogListener listener = new CatalogListener() {
            @Override
            public void catalogChanged(ConnectionCatalog c) {
                events.add("changed");
            }

            @Override
            public void connectionOpened(ConnectionProfile profile) {
                events.add("opened " + profile.name());
            }

            @Override
            public void connectionClosed(ConnectionProfile profile) {
                events.add("closed " + profile.name());
            }
        };
        catalog.addListener(listener);
        try {
            Connection c = StudioConnections.forestDc(2, "HOUDC1 in Studio");
            ConnectionEventRegistry.fireConnectionOpened(c, this);
            ConnectionEventRegistry.fireConnectionClosed(c, this);
            ConnectionCorePlugin.getDefault().getConnectionManager().removeConnection(c);
        } finally {
            catalog.removeListener(listener);
        }
        assertEquals(List.of("changed", "opened HOUDC1 in Studio", "closed HOUDC1 in Studio", "changed"), events);
    }

    @Test
    void usesTheSavedPassword() throws Exception {
        Connection c = StudioConnections.forestDc(1, "saved password");
        try (Credentials credentials = catalog.credentials(profile(c))) {
            assertEquals(forest.adminDn(), credentials.principal());
            assertArrayEquals(forest.adminPassword().toCharArray(), credentials.password());
        }
    }

    @Test
    void asksStudiosAuthHandlerWhenNoPasswordIsSaved() throws Exception {
        Connection c = StudioConnections.add("no password", forest.address(1), 389, EncryptionMethod.NONE,
                AuthenticationMethod.SIMPLE, forest.adminDn(), null);
        List<String> asked = new ArrayList<>();
        ConnectionCorePlugin.getDefault().setAuthHandler(parameter -> {
            asked.add(parameter.getName());
            return credentials(parameter, forest.adminDn(), forest.adminPassword());
        });
        try (Credentials credentials = catalog.credentials(profile(c))) {
            assertArrayEquals(forest.adminPassword().toCharArray(), credentials.password());
        }
        assertEquals(List.of("no password"), asked);

        ConnectionCorePlugin.getDefault().setAuthHandler(parameter -> null);
        CredentialsUnavailableException e = assertThrows(CredentialsUnavailableException.class,
                () -> catalog.credentials(profile(c)));
        assertTrue(e.getMessage().contains("no password"), e.getMessage());
    }

    @Test
    void refusesSaslConnectionsClearly() {
        Connection c = StudioConnections.add("kerberos", forest.address(1), 389, EncryptionMethod.NONE,
                AuthenticationMethod.SASL_GSSAPI, "admin", "x");
        CredentialsUnavailableException e = assertThrows(CredentialsUnavailableException.class,
                () -> catalog.credentials(profile(c)));
        assertTrue(e.getMessage().contains("SASL_GSSAPI"), e.getMessage());
        assertTrue(e.getMessage().contains("simple and anonymous binds only"), e.getMessage());
    }

    @Test
    void readsTheForestThroughAStudioConnection() throws Exception {
        Connection c = StudioConnections.forestDc(2, "HOUDC1 through Studio");
        ConnectionRef ref = AdtopoUiPlugin.getDefault().connections().find("studio/" + c.getConnectionParameter().getId())
                .orElseThrow();
        try (DirectorySession session = new SessionOpener().open(ref)) {
            Topology topology = new TopologyReader().read(session, new NullProgressMonitor());
            assertEquals(forest.dcFqdn(2), topology.forest().readFromHost().toLowerCase());
            assertEquals(7, topology.sites().size());
        }
    }

    private ConnectionProfile profile(Connection connection) {
        Optional<ConnectionProfile> found = catalog.profiles().stream()
                .filter(p -> p.id().equals(connection.getConnectionParameter().getId())).findFirst();
        return found.orElseThrow(() -> new AssertionError("not listed: " + connection.getName()));
    }

    private static ICredentials credentials(ConnectionParameter parameter, String principal, String password) {
        return new ICredentials() {
            @Override
            public ConnectionParameter getConnectionParameter() {
                return parameter;
            }

            @Override
            public String getBindPrincipal() {
                return principal;
            }

            @Override
            public String getBindPassword() {
                return password;
            }
        };
    }
}
