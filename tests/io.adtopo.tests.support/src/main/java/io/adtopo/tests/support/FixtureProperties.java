package io.adtopo.tests.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;

/**
 * The properties file a fixture script writes while its DCs run (tests/forest/forest.sh, tests/scale/scale.sh),
 * found through a system property (the build sets it) or an environment variable.
 */
public final class FixtureProperties {

    private FixtureProperties() {
    }

    /**
     * Reads the file; fails (does not skip) when it is not there, saying what is not running and how to start it.
     */
    public static Properties load(String systemProperty, String environment, String what, String howToStart) {
        String location = System.getProperty(systemProperty, System.getenv(environment));
        if (location == null || !Files.isRegularFile(Paths.get(location))) {
            throw new IllegalStateException(what + " is not running (no properties file at " + location + "): "
                    + howToStart);
        }
        return read(Paths.get(location));
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
        return p;
    }
}
