package io.adtopo.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.connection.Credentials;
import io.adtopo.core.connection.Encryption;
import io.adtopo.core.dns.AddressBook;
import io.adtopo.core.dns.HostConnector;
import io.adtopo.core.dns.HostResolver;
import io.adtopo.core.dns.HostResolvers;
import io.adtopo.core.dns.LiteralResolver;
import io.adtopo.core.dns.ResolverChain;
import io.adtopo.core.ldap.DirectoryConnector;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.ldap.EntryHandler;
import io.adtopo.core.ldap.LdapEntry;
import io.adtopo.core.ldap.SearchSpec;
import io.adtopo.core.referrals.BindChoice;
import io.adtopo.core.referrals.ChaseResult;
import io.adtopo.core.referrals.ChaseStep;
import io.adtopo.core.referrals.ChaseTarget;
import io.adtopo.core.referrals.DirectoryChaseConnector;
import io.adtopo.core.referrals.DnAnswer;
import io.adtopo.core.referrals.LdapUrl;
import io.adtopo.core.referrals.ReferralChaser;
import io.adtopo.core.referrals.ReferralResolver;
import io.adtopo.tests.support.RecordingProxy;
import io.adtopo.tests.support.TestForest;

/**
 * Referrals over the forest: the continuation references a domain subtree search returns, where DNs are
 * answered, and chasing the external crossRef CN=Fabrikam to the separate domain fabrikam.test (FABDC1 on
 * 127.0.0.4), with the binds each server gets; a loop between two crossRefs (one in each forest).
 */
class ReferralsOfForestTest {

    private final TestForest forest = TestForest.get();
    private DirectorySession session;
    private ReferralResolver resolver;

    @BeforeEach
    void open() throws Exception {
        session = forest.open(1);
        resolver = ReferralResolver.read(session, new NullProgressMonitor());
    }

    @AfterEach
    void close() {
        session.close();
    }

    private ReferralChaser chaser(HostResolver hosts, ReferralChaser.Consent consent) {
        DirectoryChaseConnector connector = new DirectoryChaseConnector(
                new HostConnector(new DirectoryConnector(), hosts, forest.trust()), Encryption.NONE);
        return new ReferralChaser(connector, consent, resolver, forest.adminCredentials(),
                ReferralChaser.DEFAULT_HOP_LIMIT);
    }

    private ChaseResult chase(ReferralChaser chaser, String dn) {
        return chaser.chase(new LdapUrl(false, forest.address(1), 389, dn), "the connection",
                SearchSpec.subtree(dn, "(objectClass=user)", "sAMAccountName"), new NullProgressMonitor());
    }

    private HostResolver directoryDns() {
        return HostResolvers.directoryOnly(session, forest.baseDn(), forest.baseDn());
    }

    private Credentials fabrikamAdmin() {
        return Credentials.of(forest.get("fabrikam.admin.dn"), forest.get("fabrikam.admin.password").toCharArray());
    }

    private static List<String> names(List<LdapEntry> entries) {
        return entries.stream().map(e -> e.dn().split(",")[0]).sorted().collect(Collectors.toList());
    }

    @Test
    void aDomainSubtreeSearchReturnsContinuationReferencesEachMappedToItsCrossRef() throws Exception {
        Map<String, String> mapped = new LinkedHashMap<>();
        session.search(SearchSpec.subtree(forest.baseDn(), "(objectClass=*)", "1.1"), new EntryHandler() {
            @Override
            public void entry(LdapEntry entry) {
                // only the references matter here
            }

            @Override
            public void reference(List<String> urls) {
                for (String url : urls) {
                    DnAnswer answer = resolver.answer(LdapUrl.parse(url).dn());
                    mapped.put(url, answer.crossRef().orElseThrow().ncName() + " " + answer.kind());
                }
            }
        }, new NullProgressMonitor());
        assertEquals(Map.of(
                "ldap://contoso.test/CN=Configuration,DC=contoso,DC=test", "CN=Configuration,DC=contoso,DC=test HELD_HERE",
                "ldap://contoso.test/DC=DomainDnsZones,DC=contoso,DC=test", "DC=DomainDnsZones,DC=contoso,DC=test HELD_HERE",
                "ldap://contoso.test/DC=ForestDnsZones,DC=contoso,DC=test", "DC=ForestDnsZones,DC=contoso,DC=test HELD_HERE"),
                mapped,
                "subordinate NCs this DC holds too: a subtree search does not cross into them by itself");
    }

    @Test
    void eachDnIsAnsweredByItsLongestEnabledCrossRef() {
        assertEquals(DnAnswer.Kind.HELD_HERE, resolver.answer("CN=Users,DC=contoso,DC=test").kind());
        DnAnswer fabrikam = resolver.answer("OU=Sales,DC=fabrikam,DC=test");
        assertEquals(DnAnswer.Kind.EXTERNAL, fabrikam.kind());
        assertEquals("ldap://fabrikam.test/OU=Sales,DC=fabrikam,DC=test", fabrikam.referral().orElseThrow().toString());
        DnAnswer apps = resolver.answer("CN=x,DC=apps,DC=contoso,DC=test");
        assertTrue(apps.explanation().contains("Apps names the deeper DC=apps,DC=contoso,DC=test but is pre-created"),
                apps.explanation());
        assertEquals(DnAnswer.Kind.DC_PARTS, resolver.answer("DC=northwind,DC=example").kind());
        assertFalse(resolver.isInForest("fabrikam.test"));
        assertTrue(resolver.isInForest("contoso.test"));
    }

    @Test
    void theExternalCrossRefIsChasedToFabrikamWithTheCredentialsTheUserGives() {
        List<ChaseTarget> asked = new ArrayList<>();
        ChaseResult result = chase(chaser(directoryDns(), target -> {
            asked.add(target);
            return target.inForest() ? BindChoice.connection() : BindChoice.other(fabrikamAdmin());
        }), "OU=Sales,DC=fabrikam,DC=test");
        assertEquals(2, result.steps().size(), result.steps().toString());
        assertTrue(result.steps().get(0).message().contains("refers the DN to ldap://fabrikam.test/OU=Sales"),
                result.steps().get(0).message());
        ChaseStep fabrikam = result.steps().get(1);
        assertEquals(ChaseStep.Outcome.SEARCHED, fabrikam.outcome(), fabrikam.message());
        assertFalse(asked.get(1).inForest());
        assertEquals(List.of("CN=Ada Lovelace", "CN=Alan Turing", "CN=Grace Hopper"), names(result.mergedEntries()));
    }

    @Test
    void outsideTheForestTheOfferedBindIsAnonymousAndNoCredentialLeaves() throws Exception {
        String proxyAddress = "127.0.0.8"; // not .5: the scale benchmark's DC may run there
        try (RecordingProxy proxy = new RecordingProxy(proxyAddress, 389, forest.address(3), 389)) {
            HostResolver viaProxy = new ResolverChain(List.of(new LiteralResolver(),
                    AddressBook.parse("fabrikam.test = " + proxyAddress)));
            ChaseResult offered = chase(chaser(viaProxy, target -> BindChoice.of(target.offered())),
                    "OU=Sales,DC=fabrikam,DC=test");
            ChaseStep fabrikam = offered.steps().get(1);
            assertEquals("anonymous", fabrikam.boundAs(), offered.steps().toString());
            assertEquals(ChaseStep.Outcome.FAILED, fabrikam.outcome());
            assertTrue(fabrikam.message().contains("refuses anonymous reads"), fabrikam.message());
            assertTrue(proxy.clientByteCount() > 0, "the chase reached fabrikam through the proxy");
            assertFalse(proxy.clientsSent(forest.adminDn()), "the connection's DN never went to fabrikam");
            assertFalse(proxy.clientsSent(forest.adminPassword()), "the connection's password never went to fabrikam");
            List<String> anonymous = proxy.bindDns();
            assertTrue(anonymous.stream().allMatch(String::isEmpty), "only anonymous binds: " + anonymous);

            int connections = proxy.connections();
            chase(chaser(viaProxy, target -> target.inForest() ? BindChoice.connection() : BindChoice.skip()),
                    "OU=Sales,DC=fabrikam,DC=test");
            assertEquals(connections, proxy.connections(), "skipped: no connection to fabrikam at all");
            assertEquals(anonymous, proxy.bindDns(), "skipped: no bind attempt");

            chase(chaser(viaProxy, target -> BindChoice.connection()), "OU=Sales,DC=fabrikam,DC=test");
            assertTrue(proxy.clientsSent(forest.adminDn()), "with consent the connection's DN is sent: the witness sees it");
            List<String> binds = proxy.bindDns();
            assertEquals(anonymous.size() + 1, binds.size(), "one bind attempt per consent: " + binds);
            assertTrue(DnNames.same(forest.adminDn(), binds.get(binds.size() - 1)), binds.toString());
            System.out.printf("Binds outside the forest: %d anonymous (offered), 0 when skipped, 1 with the"
                    + " connection's DN after consent%n", anonymous.size());
        }
    }

    @Test
    void aLoopBetweenTwoCrossRefsStopsWithAClearMessage() throws Exception {
        forest.apply("1", "variant-loop-crossrefs.local.ldif");
        forest.apply("3", "variant-loop-crossrefs-fabrikam.local.ldif");
        try {
            ReferralResolver withLoop = ReferralResolver.read(session, new NullProgressMonitor());
            assertEquals("ldap://fabrikam.test/DC=loop,DC=test",
                    withLoop.answer("DC=loop,DC=test").referral().orElseThrow().toString());
            resolver = withLoop;
            ChaseResult result = chase(chaser(directoryDns(),
                    target -> target.inForest() ? BindChoice.connection() : BindChoice.other(fabrikamAdmin())),
                    "DC=loop,DC=test");
            List<String> hops = result.steps().stream().map(s -> s.target().url().host() + " " + s.outcome())
                    .collect(Collectors.toList());
            assertEquals(List.of(forest.address(1) + " SEARCHED", "fabrikam.test SEARCHED", "contoso.test SEARCHED",
                    "fabrikam.test LOOP"), hops);
            assertEquals("Referral loop: ldap://fabrikam.test/DC=loop,DC=test was already followed at hop 2; not"
                    + " followed again.", result.steps().get(3).message());
        } finally {
            forest.apply("1", "variant-loop-crossrefs-removed.local.ldif");
            forest.apply("3", "variant-loop-crossrefs-fabrikam-removed.local.ldif");
        }
    }
}
