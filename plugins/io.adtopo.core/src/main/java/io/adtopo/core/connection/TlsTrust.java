package io.adtopo.core.connection;

import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Which server certificates a TLS connection accepts, and whether the server's host name must match its
 * certificate. The default is the JDK's trusted authorities with host-name verification.
 */
public final class TlsTrust {

    private final List<X509TrustManager> trustManagers;
    private final boolean verifyHostName;

    private TlsTrust(List<X509TrustManager> trustManagers, boolean verifyHostName) {
        this.trustManagers = Collections.unmodifiableList(new ArrayList<>(trustManagers));
        this.verifyHostName = verifyHostName;
    }

    /** The JDK's default trusted authorities, host names verified. */
    public static TlsTrust jdkDefault() {
        return new TlsTrust(List.of(defaultTrustManager()), true);
    }

    /** Certificates trusted by any of the given key stores (plus the JDK's defaults), host names verified. */
    public static TlsTrust of(List<KeyStore> keyStores) {
        List<X509TrustManager> managers = new ArrayList<>();
        managers.add(defaultTrustManager());
        for (KeyStore store : keyStores) {
            managers.add(trustManagerFor(Objects.requireNonNull(store)));
        }
        return new TlsTrust(managers, true);
    }

    /** This trust with host-name verification switched on or off. */
    public TlsTrust withHostNameVerification(boolean verify) {
        return new TlsTrust(trustManagers, verify);
    }

    public List<X509TrustManager> trustManagers() {
        return trustManagers;
    }

    public boolean verifyHostName() {
        return verifyHostName;
    }

    public static X509TrustManager trustManagerFor(KeyStore keyStore) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(keyStore);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager) {
                    return (X509TrustManager) manager;
                }
            }
            throw new IllegalStateException("no X509 trust manager");
        } catch (NoSuchAlgorithmException | KeyStoreException e) {
            throw new IllegalStateException("cannot build a trust manager: " + e.getMessage(), e);
        }
    }

    private static X509TrustManager defaultTrustManager() {
        return trustManagerFor(null);
    }
}
