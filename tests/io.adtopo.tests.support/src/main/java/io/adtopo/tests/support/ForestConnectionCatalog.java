package io.adtopo.tests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.adtopo.core.connection.CatalogListener;
import io.adtopo.core.connection.ConnectionCatalog;
import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Credentials;
import io.adtopo.core.connection.Encryption;
import io.adtopo.core.connection.TlsTrust;

/**
 * The test forest's two DCs (plain LDAP and LDAPS) as a connection catalog, so workbench tests and the demo
 * connect without a password prompt. Empty when no forest properties file is configured.
 */
public final class ForestConnectionCatalog implements ConnectionCatalog {

    public static final String ID = "forest";

    private final List<CatalogListener> listeners = new CopyOnWriteArrayList<>();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Test forest";
    }

    @Override
    public List<ConnectionProfile> profiles() {
        List<ConnectionProfile> profiles = new ArrayList<>();
        String location = System.getProperty("adtopo.forest", System.getenv("ADTOPO_FOREST"));
        if (location == null || !new java.io.File(location).isFile()) {
            return profiles;
        }
        TestForest forest = TestForest.get();
        for (int dc = 1; dc <= 2; dc++) {
            profiles.add(forest.profile(dc, Encryption.NONE));
            profiles.add(forest.profile(dc, Encryption.LDAPS));
        }
        return profiles;
    }

    /** The key of DC 1 or 2's connection in adtopo's registry. */
    public static String key(int dc, Encryption encryption) {
        return ID + "/forest-dc" + dc + "-" + encryption.name().toLowerCase();
    }

    @Override
    public Credentials credentials(ConnectionProfile profile) {
        return TestForest.get().adminCredentials();
    }

    @Override
    public TlsTrust trust(ConnectionProfile profile) {
        return TestForest.get().trust();
    }

    @Override
    public void addListener(CatalogListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(CatalogListener listener) {
        listeners.remove(listener);
    }
}
