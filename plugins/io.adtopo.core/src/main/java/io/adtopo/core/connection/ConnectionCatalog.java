package io.adtopo.core.connection;

import java.util.List;

/**
 * A source of directory connections: Directory Studio's connection manager (through the Studio bridge) or
 * adtopo's own preferences. adtopo's core and UI see connections only through this interface.
 */
public interface ConnectionCatalog {

    /** A short stable id ("studio", "adtopo"). */
    String id();

    /** A label for the UI ("Directory Studio", "adtopo preferences"). */
    String label();

    /** The connections known now, in the order the owner shows them. */
    List<ConnectionProfile> profiles();

    /**
     * The credentials to bind with: a stored password, or one the owner asks the user for. Called off the UI
     * thread; an implementation that prompts must do so on the UI thread itself.
     */
    Credentials credentials(ConnectionProfile profile) throws CredentialsUnavailableException;

    /** The TLS trust to use with this connection (the owner's trusted certificates). */
    TlsTrust trust(ConnectionProfile profile);

    /**
     * The server refused the credentials {@link #credentials} gave: forget a password kept for the session so
     * the next attempt asks again.
     */
    default void credentialsRejected(ConnectionProfile profile) {
    }

    void addListener(CatalogListener listener);

    void removeListener(CatalogListener listener);
}
