package io.adtopo.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/**
 * The build installed adtopo from its update site with p2's director (as Help > Install New Software does)
 * into two Eclipse 4.18 workbenches assembled from Maven Central: one with Directory Studio's connection
 * bundles (both features) and a plain one (the core and UI feature). Here: p2 recorded the install, and every
 * adtopo bundle resolves among the installed bundles.
 */
class InstallIntoEclipseTest {

    @TempDir
    Path storage;

    @Test
    void bothFeaturesInstallIntoTheStudioPlatformAndResolve() throws Exception {
        Path install = Paths.get(System.getProperty("adtopo.install.studio"));
        assertProfileHas(install, "io.adtopo.feature.feature.group", "io.adtopo.studio.feature.feature.group");
        assertResolved(install, List.of("io.adtopo.core", "io.adtopo.ui", "io.adtopo.studio"));
    }

    @Test
    void theCoreFeatureInstallsIntoAPlainEclipseAndResolves() throws Exception {
        Path install = Paths.get(System.getProperty("adtopo.install.plain"));
        assertProfileHas(install, "io.adtopo.feature.feature.group");
        assertResolved(install, List.of("io.adtopo.core", "io.adtopo.ui", "org.apache.directory.api.ldap.client.api"));
        try (InstalledBundles bundles = new InstalledBundles(install)) {
            assertFalse(bundles.lines().stream().anyMatch(l -> l.symbolicName.startsWith("io.adtopo.studio")),
                    "the Studio bridge needs Directory Studio and must not be installed into a plain Eclipse");
            assertFalse(bundles.lines().stream().anyMatch(l -> l.symbolicName.startsWith("org.apache.directory.studio")));
        }
    }

    private void assertResolved(Path install, List<String> expected) throws Exception {
        try (InstalledBundles bundles = new InstalledBundles(install)) {
            List<String> listed = bundles.lines().stream().map(l -> l.symbolicName).collect(Collectors.toList());
            for (String name : expected) {
                assertTrue(listed.contains(name), name + " is not in bundles.info of " + install);
            }
            Map<String, Integer> states = bundles.resolve(storage);
            List<String> problems = new ArrayList<>();
            for (String name : expected) {
                Integer state = states.get(name);
                if (state == null || state == Bundle.INSTALLED) {
                    problems.add(name + ": " + bundles.whyUnresolved(name));
                }
            }
            assertEquals(List.of(), problems, "adtopo bundles that do not resolve in " + install);
        }
    }

    /** p2's profile of the install names the installed feature groups as roots. */
    private static void assertProfileHas(Path install, String... units) throws IOException {
        Path registry = install.resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile");
        Path newest;
        try (Stream<Path> files = Files.list(registry)) {
            newest = files.filter(p -> p.toString().endsWith(".profile.gz")).sorted().reduce((a, b) -> b)
                    .orElseThrow(() -> new AssertionError("no p2 profile in " + registry));
        }
        String profile;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(newest))) {
            profile = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String unit : units) {
            assertTrue(profile.contains("<unit id='" + unit + "'"), unit + " is not in the p2 profile " + newest);
        }
    }
}
