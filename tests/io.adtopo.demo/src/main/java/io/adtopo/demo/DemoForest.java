package io.adtopo.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.directory.studio.connection.core.Connection;
import org.apache.directory.studio.connection.core.ConnectionCorePlugin;
import org.apache.directory.studio.connection.core.ConnectionManager;
import org.apache.directory.studio.connection.core.ConnectionParameter;

/**
 * Registers the demo forest's domain controllers as Directory Studio connections, the way a user would have
 * them, so the demo goes through adtopo's Studio bridge. Uses Studio 2013's connection API, which the test
 * runtime holds (product code never creates Studio connections).
 */
final class DemoForest {

    private final Properties properties = new Properties();

    DemoForest(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
    }

    /** Adds (or finds) the Studio connection of DC 1 or 2 and returns its id. */
    String studioConnection(int dc) {
        ConnectionManager manager = ConnectionCorePlugin.getDefault().getConnectionManager();
        String name = "Demo forest " + get("dc" + dc + ".name");
        Connection existing = manager.getConnectionByName(name);
        if (existing != null) {
            return existing.getConnectionParameter().getId();
        }
        ConnectionParameter p = new ConnectionParameter();
        p.setName(name);
        p.setHost(get("dc" + dc + ".address"));
        p.setPort(Integer.parseInt(get("dc" + dc + ".ldap.port")));
        p.setEncryptionMethod(ConnectionParameter.EncryptionMethod.NONE);
        p.setAuthMethod(ConnectionParameter.AuthenticationMethod.SIMPLE);
        p.setNetworkProvider(ConnectionParameter.NetworkProvider.JNDI);
        p.setBindPrincipal(get("admin.dn"));
        p.setBindPassword(get("admin.password"));
        Connection connection = new Connection(p);
        manager.addConnection(connection);
        return connection.getConnectionParameter().getId();
    }

    private String get(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("forest.properties has no " + key);
        }
        return value.trim();
    }
}
