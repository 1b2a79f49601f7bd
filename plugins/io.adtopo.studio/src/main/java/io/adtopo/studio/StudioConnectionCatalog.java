package io.adtopo.studio;

import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.directory.studio.connection.core.Connection;
import org.apache.directory.studio.connection.core.ConnectionCorePlugin;
import org.apache.directory.studio.connection.core.ConnectionFolder;
import org.apache.directory.studio.connection.core.ConnectionParameter;
import org.apache.directory.studio.connection.core.IAuthHandler;
import org.apache.directory.studio.connection.core.ICredentials;
import org.apache.directory.studio.connection.core.StudioKeyStoreManager;
import org.apache.directory.studio.connection.core.event.ConnectionEventRegistry;
import org.apache.directory.studio.connection.core.event.ConnectionUpdateListener;

import io.adtopo.core.connection.CatalogListener;
import io.adtopo.core.connection.ConnectionCatalog;
import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Credentials;
import io.adtopo.core.connection.CredentialsUnavailableException;
import io.adtopo.core.connection.TlsTrust;

/**
 * Directory Studio's connections as an adtopo catalog. Uses only the part of Studio's connection API that is
 * the same in 2.0.0.v20130125 and 2.0.0-M17: the connection manager, connection parameters, the auth handler,
 * the trust stores and connection events. adtopo opens its own LDAP connection from these parameters.
 */
public final class StudioConnectionCatalog implements ConnectionCatalog {

    private final List<CatalogListener> listeners = new CopyOnWriteArrayList<>();
    private final ConnectionUpdateListener studioListener = new ConnectionUpdateListener() {
        @Override
        public void connectionAdded(Connection connection) {
            changed();
        }

        @Override
        public void connectionRemoved(Connection connection) {
            changed();
        }

        @Override
        public void connectionUpdated(Connection connection) {
            changed();
        }

        @Override
        public void connectionOpened(Connection connection) {
            ConnectionProfile profile = StudioProfiles.of(connection);
            listeners.forEach(l -> l.connectionOpened(profile));
        }

        @Override
        public void connectionClosed(Connection connection) {
            ConnectionProfile profile = StudioProfiles.of(connection);
            listeners.forEach(l -> l.connectionClosed(profile));
        }

        @Override
        public void connectionFolderModified(ConnectionFolder folder) {
        }

        @Override
        public void connectionFolderAdded(ConnectionFolder folder) {
        }

        @Override
        public void connectionFolderRemoved(ConnectionFolder folder) {
        }
    };
    private boolean registered;

    @Override
    public String id() {
        return StudioProfiles.ORIGIN;
    }

    @Override
    public String label() {
        return "Directory Studio";
    }

    @Override
    public List<ConnectionProfile> profiles() {
        List<ConnectionProfile> profiles = new ArrayList<>();
        for (Connection connection : ConnectionCorePlugin.getDefault().getConnectionManager().getConnections()) {
            try {
                profiles.add(StudioProfiles.of(connection));
            } catch (IllegalArgumentException e) {
                // a connection without host or name: nothing adtopo could open
            }
        }
        return profiles;
    }

    @Override
    public Credentials credentials(ConnectionProfile profile) throws CredentialsUnavailableException {
        Connection connection = find(profile);
        ConnectionParameter parameter = connection.getConnectionParameter();
        if (!StudioProfiles.isSupported(parameter.getAuthMethod())) {
            throw new CredentialsUnavailableException("The connection " + profile.name() + " authenticates with "
                    + parameter.getAuthMethod() + "; adtopo supports simple and anonymous binds only.");
        }
        if (profile.isAnonymous()) {
            return Credentials.anonymous();
        }
        String password = parameter.getBindPassword();
        String principal = parameter.getBindPrincipal();
        if (password == null) {
            // No saved password (or M17 keeps it in its passwords key store): Studio's auth handler knows
            // where to find it or asks the user.
            IAuthHandler handler = ConnectionCorePlugin.getDefault().getAuthHandler();
            ICredentials credentials = handler == null ? null : handler.getCredentials(parameter);
            if (credentials == null || credentials.getBindPassword() == null) {
                throw new CredentialsUnavailableException("No password was given for " + profile.name() + ".");
            }
            password = credentials.getBindPassword();
            principal = credentials.getBindPrincipal();
        }
        return Credentials.of(principal, password.toCharArray());
    }

    @Override
    public TlsTrust trust(ConnectionProfile profile) {
        ConnectionCorePlugin core = ConnectionCorePlugin.getDefault();
        List<KeyStore> stores = new ArrayList<>();
        addStore(stores, core.getPermanentTrustStoreManager());
        addStore(stores, core.getSessionTrustStoreManager());
        return TlsTrust.of(stores);
    }

    private static void addStore(List<KeyStore> stores, StudioKeyStoreManager manager) {
        if (manager == null) {
            return;
        }
        try {
            stores.add(manager.getKeyStore());
        } catch (CertificateException e) {
            // an unreadable trust store trusts nothing extra
        }
    }

    private static Connection find(ConnectionProfile profile) throws CredentialsUnavailableException {
        Connection connection = ConnectionCorePlugin.getDefault().getConnectionManager()
                .getConnectionById(profile.id());
        if (connection == null) {
            throw new CredentialsUnavailableException(
                    "The Directory Studio connection " + profile.name() + " no longer exists.");
        }
        return connection;
    }

    @Override
    public synchronized void addListener(CatalogListener listener) {
        listeners.add(listener);
        if (!registered) {
            ConnectionEventRegistry.addConnectionUpdateListener(studioListener, runnable -> runnable.run());
            registered = true;
        }
    }

    @Override
    public synchronized void removeListener(CatalogListener listener) {
        listeners.remove(listener);
        if (listeners.isEmpty() && registered) {
            ConnectionEventRegistry.removeConnectionUpdateListener(studioListener);
            registered = false;
        }
    }

    private void changed() {
        listeners.forEach(l -> l.catalogChanged(this));
    }
}
