package io.adtopo.tests.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The seed documents' own example texts (event 1411, repadmin /showrepl, dcdiag), kept once as files among
 * the core's test resources; the build passes their folder as {@code adtopo.seedTexts}.
 */
public final class SeedTexts {

    private SeedTexts() {
    }

    public static String read(String name) {
        String folder = System.getProperty("adtopo.seedTexts");
        if (folder == null) {
            throw new IllegalStateException("adtopo.seedTexts is not set (the build sets it)");
        }
        Path file = Paths.get(folder, name);
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the seed text " + file, e);
        }
    }
}
