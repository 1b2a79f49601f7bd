package io.adtopo.core.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.changes.EntryChange;
import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectoryException.Kind;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.ldap.EntryHandler;
import io.adtopo.core.ldap.LdapEntry;
import io.adtopo.core.ldap.RootDse;
import io.adtopo.core.ldap.SearchScope;
import io.adtopo.core.ldap.SearchSpec;
import io.adtopo.core.testing.LdifDirectory;

class DirectoryDnsResolverTest {

    private static final String DOMAIN = "DC=contoso,DC=test";
    private static final String DOMAIN_ZONES = "CN=MicrosoftDNS,DC=DomainDnsZones," + DOMAIN;

    private CountingSession session;
    private DirectoryDnsResolver resolver;

    @BeforeEach
    void open() {
        session = new CountingSession(LdifDirectory.fromResource(DirectoryDnsResolverTest.class, "zones.ldif"));
        resolver = new DirectoryDnsResolver(session, DOMAIN, DOMAIN);
    }

    @Test
    void listsTheZonesOnceWithOneOneLevelSearchPerContainer() throws Exception {
        assertEquals(List.of("_msdcs.contoso.test", "contoso.test", "dup.test", "partners.test", "sub.contoso.test"),
                resolver.zoneNames());
        resolver.resolve("fs-liv.contoso.test");
        resolver.resolve("portal.partners.test");
        resolver.resolve("fs-nowhere.contoso.test");

        List<String> bases = new ArrayList<>();
        for (SearchSpec spec : session.searches) {
            assertEquals(SearchScope.ONE_LEVEL, spec.scope(), spec.toString());
            bases.add(spec.base());
        }
        // the legacy CN=System container does not exist in the fixture: searched once, skipped
        assertEquals(List.of(DOMAIN_ZONES, "CN=MicrosoftDNS,DC=ForestDnsZones," + DOMAIN,
                "CN=MicrosoftDNS,CN=System," + DOMAIN), bases);
    }

    @Test
    void readsTheHostsNodeByDn() throws Exception {
        ResolvedHost host = resolver.resolve("fs-liv.contoso.test").orElseThrow();

        assertEquals("fs-liv.contoso.test", host.hostName());
        assertEquals(List.of(address("127.0.1.10")), host.addresses());
        assertEquals("DNS record fs-liv in zone contoso.test (directory, DomainDnsZones)", host.source());
        assertEquals(List.of("DC=fs-liv,DC=contoso.test," + DOMAIN_ZONES), session.reads);
    }

    @Test
    void matchesNamesWithoutRegardToCaseOrTheTrailingDot() throws Exception {
        ResolvedHost host = resolver.resolve("FS-LIV.Contoso.TEST.").orElseThrow();

        assertEquals("FS-LIV.Contoso.TEST.", host.hostName());
        assertEquals(List.of(address("127.0.1.10")), host.addresses());
    }

    @Test
    void returnsAAndAaaaAddressesOnce() throws Exception {
        assertEquals(List.of(address("127.0.2.10"), address("2001:db8:2::10")),
                resolver.resolve("fs-dual.contoso.test").orElseThrow().addresses());
    }

    @Test
    void prefersTheNestedZone() throws Exception {
        ResolvedHost host = resolver.resolve("fs-sub.sub.contoso.test").orElseThrow();

        assertEquals(List.of(address("127.0.8.10")), host.addresses());
        assertEquals("DNS record fs-sub in zone sub.contoso.test (directory, DomainDnsZones)", host.source());
        assertEquals(List.of("DC=fs-sub,DC=sub.contoso.test," + DOMAIN_ZONES), session.reads);
    }

    @Test
    void readsTheApexOfAZoneAsAt() throws Exception {
        ResolvedHost host = resolver.resolve("contoso.test").orElseThrow();

        assertEquals(List.of(address("127.0.0.2")), host.addresses());
        assertEquals("DNS record @ in zone contoso.test (directory, DomainDnsZones)", host.source());
    }

    @Test
    void keepsSeveralLabelsInOneNodeName() throws Exception {
        assertEquals(List.of(address("127.0.7.1")), resolver.resolve("mail.eu.contoso.test").orElseThrow()
                .addresses());
        assertEquals(List.of("DC=mail.eu,DC=contoso.test," + DOMAIN_ZONES), session.reads);
    }

    @Test
    void readsForestWideZones() throws Exception {
        ResolvedHost gc = resolver.resolve("gc._msdcs.contoso.test").orElseThrow();
        assertEquals(List.of(address("127.0.0.3")), gc.addresses());
        assertEquals("DNS record gc in zone _msdcs.contoso.test (directory, ForestDnsZones)", gc.source());
        assertEquals(List.of(address("127.0.9.1")), resolver.resolve("portal.partners.test").orElseThrow()
                .addresses());
    }

    @Test
    void aZoneInBothPartitionsIsReadFromDomainDnsZones() throws Exception {
        ResolvedHost host = resolver.resolve("host.dup.test").orElseThrow();

        assertEquals(List.of(address("127.0.10.1")), host.addresses());
        assertEquals("DNS record host in zone dup.test (directory, DomainDnsZones)", host.source());
    }

    @Test
    void ignoresTombstonedNodesAndTombstoneRecords() throws Exception {
        assertEquals(Optional.empty(), resolver.resolve("fs-gone.contoso.test"));
        assertEquals(Optional.empty(), resolver.resolve("fs-flagged.contoso.test"));
        assertEquals(Optional.empty(), resolver.resolve("fs-stale.contoso.test"));
        assertEquals(3, session.reads.size());
    }

    @Test
    void aNameWithoutANodeIsUnknown() throws Exception {
        assertEquals(Optional.empty(), resolver.resolve("fs-nowhere.contoso.test"));
        assertEquals(1, session.reads.size());
    }

    @Test
    void aNameInNoZoneIsUnknownWithoutAnyRead() throws Exception {
        for (String name : List.of("fs.fabrikam.test", "test", "contoso.test.example", "RootDNSServers",
                "2.0.0.127.in-addr.arpa", "..TrustAnchors", "", " ")) {
            assertEquals(Optional.empty(), resolver.resolve(name), name);
        }
        assertEquals(List.of(), session.reads);
    }

    @Test
    void skipsContainersThatDoNotExist() throws Exception {
        DirectoryDnsResolver elsewhere = new DirectoryDnsResolver(session, "DC=nowhere,DC=test", "DC=nowhere,DC=test");

        assertEquals(Optional.empty(), elsewhere.resolve("fs-liv.contoso.test"));
        assertEquals(List.of(), elsewhere.zoneNames());
        assertEquals(3, session.searches.size());
        assertEquals(List.of(), session.reads);
    }

    @Test
    void otherFailuresReachTheCallerAndTheZonesAreListedAgain() throws Exception {
        session.failure = Kind.INSUFFICIENT_RIGHTS;
        DirectoryException e = assertThrows(DirectoryException.class, () -> resolver.resolve("fs-liv.contoso.test"));
        assertEquals(Kind.INSUFFICIENT_RIGHTS, e.kind());

        session.failure = null;
        assertEquals(List.of(address("127.0.1.10")), resolver.resolve("fs-liv.contoso.test").orElseThrow()
                .addresses());
        assertEquals(1 + 3, session.searches.size());
    }

    @Test
    void theDirectoryOnlyChainReadsEachNameOnce() throws Exception {
        HostResolver chain = HostResolvers.directoryOnly(session, DOMAIN, DOMAIN);

        ResolvedHost first = chain.resolve("fs-liv.contoso.test").orElseThrow();
        assertEquals(first, chain.resolve("fs-liv.contoso.test").orElseThrow());
        assertEquals(first, chain.resolve("FS-LIV.contoso.test").orElseThrow());
        assertEquals(1, session.reads.size());

        assertEquals(Optional.empty(), chain.resolve("fs-nowhere.contoso.test"));
        assertEquals(Optional.empty(), chain.resolve("fs-nowhere.contoso.test"));
        assertEquals(2, session.reads.size());
        assertEquals(3, session.searches.size());

        ResolvedHost literal = chain.resolve("127.0.1.10").orElseThrow();
        assertEquals("address literal", literal.source());
        assertEquals(2, session.reads.size());
    }

    private static InetAddress address(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    /** The fixture directory, counting reads and searches, and failing searches on demand. */
    private static final class CountingSession implements DirectorySession {
        private final LdifDirectory directory;
        final List<String> reads = new ArrayList<>();
        final List<SearchSpec> searches = new ArrayList<>();
        Kind failure;

        CountingSession(LdifDirectory directory) {
            this.directory = directory;
        }

        @Override
        public ConnectionProfile profile() {
            return directory.profile();
        }

        @Override
        public RootDse rootDse() {
            return directory.rootDse();
        }

        @Override
        public long search(SearchSpec spec, EntryHandler handler, IProgressMonitor monitor)
                throws DirectoryException {
            searches.add(spec);
            if (failure != null) {
                throw new DirectoryException(failure, "refused by the test");
            }
            return directory.search(spec, handler, monitor);
        }

        @Override
        public Optional<LdapEntry> read(String dn, String... attributes) throws DirectoryException {
            reads.add(dn);
            return directory.read(dn, attributes);
        }

        @Override
        public void modify(EntryChange change) throws DirectoryException {
            directory.modify(change);
        }

        @Override
        public boolean isOpen() {
            return directory.isOpen();
        }

        @Override
        public void close() {
            directory.close();
        }
    }
}
