package io.adtopo.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Credentials;
import io.adtopo.core.connection.Encryption;
import io.adtopo.core.ldap.DirectoryConnector;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectoryException.Kind;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.topology.TopologyReader;
import io.adtopo.tests.support.DroppingProxy;
import io.adtopo.tests.support.PlainLdapServer;
import io.adtopo.tests.support.TestForest;

/** What the topology reader says when it cannot do its job: not AD, no rights, a connection that drops. */
class UnusableDirectoriesTest {

    private final TestForest forest = TestForest.get();
    private final DirectoryConnector connector = new DirectoryConnector(Duration.ofSeconds(20));

    @Test
    void openLdapIsNotActiveDirectory() throws Exception {
        try (PlainLdapServer slapd = PlainLdapServer.start();
                DirectorySession session = connector.open(slapd.profile(),
                        Credentials.of(PlainLdapServer.ADMIN, PlainLdapServer.PASSWORD.toCharArray()),
                        forest.trust())) {
            DirectoryException e = assertThrows(DirectoryException.class,
                    () -> new TopologyReader().read(session, new NullProgressMonitor()));
            assertEquals(Kind.NOT_ACTIVE_DIRECTORY, e.kind());
            assertTrue(e.getMessage().contains("is not Active Directory"), e.getMessage());
            assertTrue(e.getMessage().contains(PlainLdapServer.HOST), e.getMessage());
        }
    }

    @Test
    void anAnonymousBindMayNotReadTheConfiguration() throws Exception {
        ConnectionProfile anonymous = new ConnectionProfile("anon", "anonymous", forest.address(1), 389,
                Encryption.NONE, "", false, "test");
        try (DirectorySession session = connector.open(anonymous, Credentials.anonymous(), forest.trust())) {
            DirectoryException e = assertThrows(DirectoryException.class,
                    () -> new TopologyReader().read(session, new NullProgressMonitor()));
            assertEquals(Kind.INSUFFICIENT_RIGHTS, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("needs an authenticated user"), e.getMessage());
        }
    }

    @Test
    void aConnectionThatDropsMidLoadSaysSo() throws Exception {
        try (DroppingProxy proxy = new DroppingProxy(forest.address(1), 389, 6000)) {
            ConnectionProfile viaProxy = new ConnectionProfile("proxy", "dropping", "127.0.0.1", proxy.port(),
                    Encryption.NONE, forest.adminDn(), false, "test");
            try (DirectorySession session = connector.open(viaProxy, forest.adminCredentials(), forest.trust())) {
                DirectoryException e = assertThrows(DirectoryException.class,
                        () -> new TopologyReader().read(session, new NullProgressMonitor()));
                assertEquals(Kind.CONNECTION_LOST, e.kind(), e.getMessage());
                assertTrue(e.getMessage().contains("was lost during"), e.getMessage());
                assertEquals(1, proxy.cuts());
            }
        }
    }
}
