package io.adtopo.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

/** The update site as a user's Eclipse reads it: one category, both features, their license, no JRE unit. */
class UpdateSiteTest {

    private final Path site = Paths.get(System.getProperty("adtopo.site"));

    @Test
    void hasNoJreUnit() throws IOException {
        assertFalse(content().contains("id='a.jre"), "the site carries a JRE unit");
    }

    @Test
    void oneCategoryHoldsBothFeatures() throws IOException {
        String content = content();
        Matcher category = Pattern.compile("<unit id='([^']+\\.io\\.adtopo)'.*?</unit>", Pattern.DOTALL).matcher(content);
        assertTrue(category.find(), "no adtopo category unit");
        String unit = category.group();
        assertTrue(unit.contains("org.eclipse.equinox.p2.type.category' value='true'"));
        assertTrue(unit.contains("name='io.adtopo.feature.feature.group'"));
        assertTrue(unit.contains("name='io.adtopo.studio.feature.feature.group'"));
        assertFalse(category.find(), "more than one adtopo category");
    }

    @Test
    void featuresCarryTheLicenseText() throws IOException {
        String content = content();
        for (String feature : List.of("io.adtopo.feature.feature.group", "io.adtopo.studio.feature.feature.group")) {
            Matcher unit = Pattern.compile("<unit id='" + Pattern.quote(feature) + "'.*?</unit>", Pattern.DOTALL)
                    .matcher(content);
            assertTrue(unit.find(), feature);
            assertTrue(unit.group().contains("<licenses size='1'>"), feature + " has no license");
            assertTrue(unit.group().contains("TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION"),
                    feature + " license text is not the Apache License");
        }
    }

    @Test
    void theArchiveHoldsTheSameRepository() throws IOException {
        Path target = site.getParent();
        List<Path> zips;
        try (Stream<Path> files = Files.list(target)) {
            zips = files.filter(p -> p.getFileName().toString().matches("io\\.adtopo\\.update-site-.*\\.zip"))
                    .collect(Collectors.toList());
        }
        assertEquals(1, zips.size(), "one update-site zip in " + target);
        try (ZipFile zip = new ZipFile(zips.get(0).toFile())) {
            assertTrue(zip.getEntry("content.jar") != null || zip.getEntry("content.xml.xz") != null);
            assertTrue(zip.stream().map(ZipEntry::getName).anyMatch(n -> n.startsWith("plugins/io.adtopo.core_")));
            assertTrue(zip.stream().map(ZipEntry::getName)
                    .anyMatch(n -> n.startsWith("features/io.adtopo.studio.feature_")));
        }
    }

    private String content() throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(site.resolve("content.jar")))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("content.xml")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IOException("no content.xml in " + site.resolve("content.jar"));
    }
}
