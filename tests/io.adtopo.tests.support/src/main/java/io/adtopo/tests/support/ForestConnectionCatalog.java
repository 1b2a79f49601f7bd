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

    private static final List<ForestConnectionCatalog> INSTANCES = new CopyOnWriteArrayList<>();
    private static final List<ConnectionProfile> EXTRA = new CopyOnWriteArrayList<>();
    /** Principal and password of each extra connection (credentials are wiped after each use: keep the source). */
    private static final java.util.Map<String, String[]> EXTRA_CREDENTIALS = new java.util.concurrent.ConcurrentHashMap<>();

    private final List<CatalogListener> listeners = new CopyOnWriteArrayList<>();

    public ForestConnectionCatalog() {
        INSTANCES.add(this);
    }

    /**
     * Adds a connection with its own credentials (a proxy, a server that is not AD) for a test; the registry
     * is told, as it would be of a connection a user adds. Returns its registry key.
     */
    public static String addExtra(ConnectionProfile profile, String principal, String password) {
        EXTRA.add(profile);
        EXTRA_CREDENTIALS.put(profile.id(), new String[] { principal, password });
        INSTANCES.forEach(ForestConnectionCatalog::changed);
        return ID + "/" + profile.id();
    }

    /** Removes every connection added by {@link #addExtra}. */
    public static void clearExtra() {
        EXTRA.clear();
        EXTRA_CREDENTIALS.clear();
        INSTANCES.forEach(ForestConnectionCatalog::changed);
    }

    private void changed() {
        listeners.forEach(l -> l.catalogChanged(this));
    }

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
            profiles.addAll(EXTRA);
            return profiles;
        }
        TestForest forest = TestForest.get();
        for (int dc = 1; dc <= 2; dc++) {
            profiles.add(forest.profile(dc, Encryption.NONE));
            profiles.add(forest.profile(dc, Encryption.LDAPS));
        }
        profiles.addAll(EXTRA);
        return profiles;
    }

    /** The key of DC 1 or 2's connection in adtopo's registry. */
    public static String key(int dc, Encryption encryption) {
        return ID + "/forest-dc" + dc + "-" + encryption.name().toLowerCase();
    }

    @Override
    public Credentials credentials(ConnectionProfile profile) {
        String[] extra = EXTRA_CREDENTIALS.get(profile.id());
        return extra != null ? Credentials.of(extra[0], extra[1].toCharArray()) : TestForest.get().adminCredentials();
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
