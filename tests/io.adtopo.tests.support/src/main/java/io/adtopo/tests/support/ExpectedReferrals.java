package io.adtopo.tests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The table of tests/forest/expected-referrals.txt: what each DFS folder refers a client in each site to. */
public final class ExpectedReferrals {

    /** One row: folder ("Software", or "Public" for the root), bridges ("default"/"required"), site, sets. */
    public static final class Case {
        public final String folder;
        public final String bridges;
        public final String site;
        public final String sets;

        Case(String folder, String bridges, String site, String sets) {
            this.folder = folder;
            this.bridges = bridges;
            this.site = site;
            this.sets = sets;
        }

        public boolean bridgesRequired() {
            return "required".equals(bridges);
        }

        @Override
        public String toString() {
            return folder + " (" + bridges + " bridges) for " + site;
        }
    }

    private ExpectedReferrals() {
    }

    public static List<Case> all() {
        String repo = System.getProperty("adtopo.repo");
        if (repo == null) {
            throw new IllegalStateException("adtopo.repo is not set (the build sets it)");
        }
        List<Case> cases = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Paths.get(repo, "tests", "forest", "expected-referrals.txt"),
                    StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\\|", 4);
                    cases.add(new Case(f[0].trim(), f[1].trim(), f[2].trim(), f[3].trim().replaceAll("\\s+", " ")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    public static List<Case> withBridges(boolean required) {
        return all().stream().filter(c -> c.bridgesRequired() == required).collect(Collectors.toList());
    }
}
