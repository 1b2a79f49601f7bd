package io.adtopo.scale.tests;

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
import io.adtopo.tests.support.FixtureProperties;

/**
 * The synthetic forest's DC (tests/scale/scale.sh), as its properties file describes it: address, credentials,
 * the sizes it was generated with, what it holds and the faults put in it.
 */
final class ScaleDirectory {

    private final Properties properties;

    private ScaleDirectory(Properties properties) {
        this.properties = properties;
    }

    /** The running scale DC; fails (does not skip) when it is not there, saying how to start it. */
    static ScaleDirectory get() {
        return new ScaleDirectory(FixtureProperties.load("adtopo.scale", "ADTOPO_SCALE", "The scale DC",
                "start it with tests/scale/scale.sh start, or run ./benchmark.sh or ./run-tests.sh"));
    }

    String get(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("scale.properties has no " + key);
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
