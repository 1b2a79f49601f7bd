package io.adtopo.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Credentials;
import io.adtopo.core.connection.Encryption;
import io.adtopo.core.connection.TlsTrust;
import io.adtopo.core.ldap.DirectoryConnector;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectoryException.Kind;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.ldap.LdapEntry;
import io.adtopo.core.ldap.RootDse;
import io.adtopo.core.ldap.SearchSpec;
import io.adtopo.tests.support.TestForest;

/** Connecting to the Samba AD forest over LDAP, LDAPS and StartTLS, and the failures a user must understand. */
class ConnectToForestTest {

    private final TestForest forest = TestForest.get();
    private final DirectoryConnector connector = new DirectoryConnector(Duration.ofSeconds(20));

    @Test
    void plainLdapBindsAndReadsTheRootDse() throws DirectoryException {
        try (DirectorySession session = connector.open(forest.profile(1, Encryption.NONE),
                forest.adminCredentials(), forest.trust())) {
            RootDse root = session.rootDse();
            assertTrue(root.isActiveDirectory());
            assertEquals(forest.configDn(), root.configurationNamingContext());
            assertEquals(forest.baseDn(), root.defaultNamingContext());
            assertEquals(forest.baseDn(), root.rootDomainNamingContext());
            assertEquals(forest.dcFqdn(1), root.dnsHostName().toLowerCase());
            assertEquals(forest.get("dc1.dsa.dn").toLowerCase(), root.dsServiceName().toLowerCase());
            assertTrue(root.supportsControl("1.2.840.113556.1.4.319"), "paged results");
        }
    }

    @Test
    void ldapsVerifiesTheServerAgainstTheForestCa() throws DirectoryException {
        for (int dc = 1; dc <= 2; dc++) {
            try (DirectorySession session = connector.open(forest.profile(dc, Encryption.LDAPS),
                    forest.adminCredentials(), forest.trust())) {
                assertEquals(forest.dcFqdn(dc), session.rootDse().dnsHostName().toLowerCase());
            }
        }
    }

    @Test
    void startTlsUpgradesBeforeTheBind() throws DirectoryException {
        try (DirectorySession session = connector.open(forest.profile(2, Encryption.START_TLS),
                forest.adminCredentials(), forest.trust())) {
            assertEquals(forest.dcFqdn(2), session.rootDse().dnsHostName().toLowerCase());
        }
    }

    @Test
    void anUntrustedCertificateIsRefusedWithAClearMessage() {
        DirectoryException e = assertThrows(DirectoryException.class, () -> connector
                .open(forest.profile(1, Encryption.LDAPS), forest.adminCredentials(), TlsTrust.jdkDefault()));
        assertEquals(Kind.TLS_UNTRUSTED, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("not issued by a trusted authority"), e.getMessage());
        DirectoryException startTls = assertThrows(DirectoryException.class, () -> connector
                .open(forest.profile(1, Encryption.START_TLS), forest.adminCredentials(), TlsTrust.jdkDefault()));
        assertTrue(startTls.kind() == Kind.TLS_UNTRUSTED || startTls.kind() == Kind.TLS_FAILED,
                startTls.kind() + ": " + startTls.getMessage());
    }

    @Test
    void aWrongPasswordNamesTheUser() {
        DirectoryException e = assertThrows(DirectoryException.class,
                () -> connector.open(forest.profile(1, Encryption.NONE),
                        Credentials.of(forest.adminDn(), "wrong-password".toCharArray()), forest.trust()));
        assertEquals(Kind.BIND_REFUSED, e.kind());
        assertTrue(e.getMessage().contains(forest.adminDn()), e.getMessage());
        assertTrue(!e.getMessage().contains("wrong-password"), "the message must not echo the password");
    }

    @Test
    void aUserPrincipalNameBindsToo() throws DirectoryException {
        try (DirectorySession session = connector.open(forest.profile(1, Encryption.NONE),
                Credentials.of(forest.get("admin.upn"), forest.adminPassword().toCharArray()), forest.trust())) {
            assertTrue(session.isOpen());
        }
    }

    @Test
    void aClosedPortIsUnreachable() {
        ConnectionProfile closed = new ConnectionProfile("closed", "closed", forest.address(1), 3899, Encryption.NONE,
                forest.adminDn(), false, "test");
        DirectoryException e = assertThrows(DirectoryException.class,
                () -> connector.open(closed, forest.adminCredentials(), forest.trust()));
        assertEquals(Kind.UNREACHABLE, e.kind());
        assertTrue(e.getMessage().contains("ldap://" + forest.address(1) + ":3899"), e.getMessage());
    }

    @Test
    void pagedSearchesReturnEveryEntryAcrossPages() throws DirectoryException {
        try (DirectorySession session = connector.open(forest.profile(1, Encryption.NONE),
                forest.adminCredentials(), forest.trust())) {
            List<LdapEntry> onePage = new ArrayList<>();
            session.search(SearchSpec.subtree(forest.sitesDn(), "(objectClass=server)", "cn"), onePage::add,
                    new NullProgressMonitor());
            List<LdapEntry> pagesOfTwo = new ArrayList<>();
            long count = session.search(
                    SearchSpec.subtree(forest.sitesDn(), "(objectClass=server)", "cn").withPageSize(2),
                    pagesOfTwo::add, new NullProgressMonitor());
            assertEquals(7, onePage.size());
            assertEquals(onePage.size(), count);
            assertEquals(names(onePage), names(pagesOfTwo));
        }
    }

    @Test
    void aCancelledMonitorStopsASearchBetweenPages() throws DirectoryException {
        try (DirectorySession session = connector.open(forest.profile(1, Encryption.NONE),
                forest.adminCredentials(), forest.trust())) {
            NullProgressMonitor monitor = new NullProgressMonitor();
            List<LdapEntry> seen = new ArrayList<>();
            assertThrows(OperationCanceledException.class,
                    () -> session.search(SearchSpec.subtree(forest.sitesDn(), "(objectClass=server)", "cn")
                            .withPageSize(2), e -> {
                                seen.add(e);
                                monitor.setCanceled(true);
                            }, monitor));
            assertTrue(seen.size() <= 2, "read past the page it was cancelled in: " + seen.size());
            assertTrue(session.isOpen());
        }
    }

    @Test
    void readReturnsEmptyForAMissingEntry() throws DirectoryException {
        try (DirectorySession session = connector.open(forest.profile(1, Encryption.NONE),
                forest.adminCredentials(), forest.trust())) {
            assertTrue(session.read("CN=NoSuchServer," + forest.sitesDn(), "cn").isEmpty());
            assertTrue(session.read(forest.get("dc1.server.dn"), "cn").isPresent());
        }
    }

    private static List<String> names(List<LdapEntry> entries) {
        List<String> names = new ArrayList<>();
        entries.forEach(e -> names.add(e.dn().toLowerCase()));
        names.sort(null);
        return names;
    }
}
