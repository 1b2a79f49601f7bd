package io.adtopo.scale.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Credentials;
import io.adtopo.core.connection.Encryption;
import io.adtopo.core.connection.TlsTrust;
import io.adtopo.core.ldap.DirectoryConnector;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectorySession;

/**
 * The synthetic forest's DC (tests/scale/scale.sh), as its properties file describes it: address, credentials,
 * the sizes it was generated with, what it holds and the faults put in it.
 */
final class ScaleDirectory {

    private final Properties properties;
    private final Path location;

    private ScaleDirectory(Properties properties, Path location) {
        this.properties = properties;
        this.location = location;
    }

    /** The running scale DC; fails (does not skip) when it is not there, saying how to start it. */
    static ScaleDirectory get() {
        String location = System.getProperty("adtopo.scale", System.getenv("ADTOPO_SCALE"));
        if (location == null || !Files.isRegularFile(Paths.get(location))) {
            throw new IllegalStateException("The scale DC is not running (no properties file at " + location
                    + "): start it with tests/scale/scale.sh start, or run ./benchmark.sh or ./run-tests.sh");
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Paths.get(location))) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + location, e);
        }
        return new ScaleDirectory(p, Paths.get(location));
    }

    String get(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(location + " has no " + key);
        }
        return value.trim();
    }

    int number(String key) {
        return Integer.parseInt(get(key));
    }

    /** A numbered list: {@code prefix.count}, then {@code prefix.1} .. {@code prefix.<count>}. */
    List<String> list(String prefix) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= number(prefix + ".count"); i++) {
            values.add(get(prefix + "." + i));
        }
        return values;
    }

    ConnectionProfile profile() {
        return new ConnectionProfile("scale-dc", "Scale forest " + get("dc.name"), get("address"),
                number("ldap.port"), Encryption.NONE, get("admin.dn"), false, "scale");
    }

    Credentials credentials() {
        return Credentials.of(get("admin.dn"), get("admin.password").toCharArray());
    }

    DirectorySession open() throws DirectoryException {
        return new DirectoryConnector().open(profile(), credentials(), TlsTrust.jdkDefault());
    }

    /** "500 sites, 2000 DCs, 5 connections per DC, 1000 DFS targets (seed 1)". */
    String size() {
        return get("param.sites") + " sites, " + get("param.dcs") + " DCs, " + get("param.connections.per.dc")
                + " connections per DC, " + get("param.dfs.targets") + " DFS targets (seed " + get("param.seed") + ")";
    }
}
