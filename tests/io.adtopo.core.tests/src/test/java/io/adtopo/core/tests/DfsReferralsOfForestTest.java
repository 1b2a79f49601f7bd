package io.adtopo.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.adtopo.core.dfs.DfsFolder;
import io.adtopo.core.dfs.DfsNamespace;
import io.adtopo.core.dfs.DfsReader;
import io.adtopo.core.dfs.DfsTarget;
import io.adtopo.core.dfs.FolderPreview;
import io.adtopo.core.dfs.Referral;
import io.adtopo.core.dfs.TargetListParser;
import io.adtopo.core.dfs.TargetSite;
import io.adtopo.core.dfs.TargetSiteLocator;
import io.adtopo.core.dns.HostResolvers;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.topology.Topology;
import io.adtopo.tests.support.ExpectedReferrals;
import io.adtopo.tests.support.Ldapsearch;
import io.adtopo.tests.support.TestForest;

/**
 * DFS referral previews over the real forest: namespaces read from DC1 over LDAP, each target's site from the
 * directory's DNS records and subnets, site costs from the site links; checked against the table in
 * tests/forest/expected-referrals.txt, with "Bridge all site links" on and (applied to DC1, then reverted) off.
 */
class DfsReferralsOfForestTest {

    private static final TestForest FOREST = TestForest.get();

    static List<ExpectedReferrals.Case> defaultBridges() {
        return ExpectedReferrals.withBridges(false);
    }

    static List<ExpectedReferrals.Case> requiredBridges() {
        return ExpectedReferrals.withBridges(true);
    }

    static Referral preview(String folderName, String siteName) throws Exception {
        try (DirectorySession session = FOREST.open(1)) {
            Topology topology = FOREST.topology(1);
            DfsNamespace ns = namespaces(session).stream().filter(DfsNamespace::isPreviewable).findFirst()
                    .orElseThrow();
            DfsFolder folder = "Public".equals(folderName) ? ns.root().orElseThrow()
                    : ns.folders().stream().filter(f -> f.name().equals(folderName)).findFirst().orElseThrow();
            TargetSiteLocator locator = new TargetSiteLocator(
                    HostResolvers.directoryOnly(session, FOREST.baseDn(), FOREST.baseDn()), topology,
                    FOREST.domainDns());
            return FolderPreview.prepare(ns, folder, topology, locator, new NullProgressMonitor())
                    .plan("CN=" + siteName + "," + FOREST.sitesDn());
        }
    }

    static List<DfsNamespace> namespaces(DirectorySession session) throws Exception {
        return new DfsReader().read(session, FOREST.baseDn(), new NullProgressMonitor());
    }

    static String sets(Referral referral) {
        if (referral.isEmpty()) {
            return "-";
        }
        return referral.sets().stream().map(s -> s.members().stream()
                .map(p -> p.target().host().split("\\.")[0]).collect(Collectors.joining("+")))
                .collect(Collectors.joining(" | "));
    }

    @Test
    void bothNamespacesAreReadAndTheTargetListsDecodeFromTheStoredBytes() throws Exception {
        try (DirectorySession session = FOREST.open(1)) {
            List<DfsNamespace> namespaces = namespaces(session);
            assertEquals(List.of("\\\\contoso.test\\Legacy", "\\\\contoso.test\\Public"),
                    namespaces.stream().map(DfsNamespace::path).collect(Collectors.toList()));
            assertFalse(namespaces.get(0).isPreviewable(), "fTDfs is listed, not previewed");
            DfsNamespace ns = namespaces.get(1);
            assertEquals(List.of("/Archive", "/Software"),
                    ns.folders().stream().map(DfsFolder::linkPath).collect(Collectors.toList()));
            DfsFolder software = ns.folders().get(1);
            assertTrue(software.targetError().isEmpty());
            byte[] stored = Ldapsearch.search(FOREST, 1, software.dn(), "(objectClass=*)", "msDFS-TargetListv2")
                    .get(0).bytes("msDFS-TargetListv2");
            assertEquals(0xFF, stored[0] & 0xFF, "stored as UTF-16LE with a byte-order mark");
            assertEquals(0xFE, stored[1] & 0xFF);
            assertEquals(TargetListParser.parse(stored).targets(), software.targets());
            assertEquals(9, software.targets().size());
            assertEquals(1, software.targets().stream().filter(t -> !t.isOnline()).count());
        }
        try (DirectorySession dc2 = FOREST.open(2)) {
            assertArrayEquals(new Object[] { "\\\\contoso.test\\Legacy", "\\\\contoso.test\\Public" },
                    namespaces(dc2).stream().map(DfsNamespace::path).toArray(), "DC2 holds the same namespaces");
        }
    }

    @Test
    void eachTargetsSiteComesFromItsDnsRecordAndTheSubnets() throws Exception {
        try (DirectorySession session = FOREST.open(1)) {
            TargetSiteLocator locator = new TargetSiteLocator(
                    HostResolvers.directoryOnly(session, FOREST.baseDn(), FOREST.baseDn()), FOREST.topology(1),
                    FOREST.domainDns());
            TargetSite cha2 = locator.locate("fs-cha2.contoso.test");
            assertEquals("Charlotte", cha2.siteName());
            assertTrue(cha2.how().startsWith("127.0.3.11 (") && cha2.how().endsWith("is in subnet 127.0.3.0/24"),
                    cha2.how());
            assertEquals("Liverpool", locator.locate("livdc1.contoso.test").siteName(), "the /32 subnet of DC1");
            assertFalse(locator.locate("fs-nowhere.contoso.test").isKnown());
        }
    }

    @Test
    void theStandardRuleFallsBackFromTheSystemResolverToTheDirectory() throws Exception {
        try (DirectorySession session = FOREST.open(1)) {
            TargetSite site = new TargetSiteLocator(HostResolvers.standard(session, FOREST.baseDn(), FOREST.baseDn()),
                    FOREST.topology(1), FOREST.domainDns()).locate("fs-den.contoso.test");
            assertEquals("Denver", site.siteName(), site.how());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defaultBridges")
    void withAllSiteLinksBridged(ExpectedReferrals.Case expected) throws Exception {
        assertEquals(expected.sets, sets(preview(expected.folder, expected.site)));
    }

    @Test
    void anOfflineTargetIsNeverReferredAndSaysWhy() throws Exception {
        Referral london = preview("Software", "London");
        DfsTarget offline = london.leftOut().get(0).target();
        assertEquals("fs-lon.contoso.test", offline.host());
        assertTrue(london.leftOut().get(0).reason().startsWith("offline"));
    }

    /** The IP transport's options set to 2 on DC1 for these tests only. */
    @Nested
    @TestInstance(Lifecycle.PER_CLASS)
    class WithBridgesRequired {

        @BeforeAll
        void requireBridges() throws Exception {
            FOREST.apply("1", "variant-bridges-required.ldif");
            assertTrue(FOREST.topology(1).ipTransport().orElseThrow().bridgesRequired());
        }

        @AfterAll
        void bridgeAllLinksAgain() throws Exception {
            FOREST.apply("1", "variant-bridges-default.ldif");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.adtopo.core.tests.DfsReferralsOfForestTest#requiredBridges")
        void onlyBridgedLinksChain(ExpectedReferrals.Case expected) throws Exception {
            assertEquals(expected.sets, sets(preview(expected.folder, expected.site)));
        }
    }
}
