package io.adtopo.core.dfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.adtopo.core.dns.HostResolvers;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.testing.LdifDirectory;
import io.adtopo.core.topology.Topology;
import io.adtopo.core.topology.TopologyReader;

/**
 * Reader, target sites (directory DNS + subnets), site costs and planner together over the fixture copy of
 * the test forest, against tests/forest/expected-referrals.txt (the same table the integration tests check
 * against the real forest).
 */
class ForestReferralsTest {

    static List<String[]> cases() throws IOException {
        Path repo = Paths.get(System.getProperty("adtopo.repo", "../.."));
        List<String[]> cases = new ArrayList<>();
        for (String line : Files.readAllLines(repo.resolve("tests/forest/expected-referrals.txt"),
                StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] fields = line.split("\\|", 4);
                cases.add(new String[] { fields[0].trim(), fields[1].trim(), fields[2].trim(), fields[3].trim() });
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} ({1} bridges) for {2}")
    @MethodSource("cases")
    void theFolderGivesTheExpectedSetsForTheSite(String folder, String bridges, String site, String expected)
            throws DirectoryException {
        LdifDirectory directory = "required".equals(bridges) ? DfsFixtures.forestWithBridgesRequired()
                : DfsFixtures.forest();
        Referral referral = plan(directory, folder, site);
        assertEquals(expected.replaceAll("\\s+", " "), sets(referral));
    }

    @Test
    void targetSitesSayHowTheyWereFound() throws DirectoryException {
        LdifDirectory directory = DfsFixtures.forest();
        Topology topology = new TopologyReader().read(directory, new NullProgressMonitor());
        TargetSiteLocator locator = new TargetSiteLocator(
                HostResolvers.directoryOnly(directory, DfsFixtures.DOMAIN, DfsFixtures.DOMAIN), topology,
                "contoso.test");
        TargetSite liv = locator.locate("fs-liv.contoso.test");
        assertEquals("Liverpool", liv.siteName());
        assertTrue(liv.how().startsWith("127.0.1.10 ("), liv.how());
        assertTrue(liv.how().endsWith("is in subnet 127.0.1.0/24"), liv.how());
        assertEquals("Liverpool", locator.locate("FS-LIV").siteName(), "a short name gets the domain suffix");
        TargetSite nowhere = locator.locate("fs-nowhere.contoso.test");
        assertFalse(nowhere.isKnown());
        assertEquals("no address found for fs-nowhere.contoso.test", nowhere.how());
        TargetSite outside = locator.locate("10.9.9.9");
        assertFalse(outside.isKnown());
        assertTrue(outside.how().contains("is in no subnet"), outside.how());
    }

    static Referral plan(LdifDirectory directory, String folderName, String siteName) throws DirectoryException {
        return prepare(directory, folderName).plan(DfsFixtures.site(siteName));
    }

    /** Reads the folder ("Public" for the root) and finds its targets' sites, as the editor's job does. */
    static FolderPreview prepare(LdifDirectory directory, String folderName) throws DirectoryException {
        Topology topology = new TopologyReader().read(directory, new NullProgressMonitor());
        DfsNamespace ns = new DfsReader().read(directory, DfsFixtures.DOMAIN, new NullProgressMonitor()).stream()
                .filter(DfsNamespace::isPreviewable).findFirst().orElseThrow();
        DfsFolder folder = "Public".equals(folderName) ? ns.root().orElseThrow()
                : ns.folders().stream().filter(f -> f.name().equals(folderName)).findFirst().orElseThrow();
        TargetSiteLocator locator = new TargetSiteLocator(
                HostResolvers.directoryOnly(directory, DfsFixtures.DOMAIN, DfsFixtures.DOMAIN), topology,
                "contoso.test");
        return FolderPreview.prepare(ns, folder, topology, locator, new NullProgressMonitor());
    }

    /** "a | b+c": sets in order, members by the first label of their host. */
    static String sets(Referral referral) {
        if (referral.isEmpty()) {
            return "-";
        }
        return referral.sets().stream().map(s -> s.members().stream()
                .map(p -> p.target().host().split("\\.")[0]).collect(Collectors.joining("+")))
                .collect(Collectors.joining(" | "));
    }
}
