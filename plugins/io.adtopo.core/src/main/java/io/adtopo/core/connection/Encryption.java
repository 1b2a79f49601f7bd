package io.adtopo.core.connection;

/** How the LDAP channel to a directory server is protected. */
public enum Encryption {
    /** Plain LDAP (port 389 by default). */
    NONE(389),
    /** LDAP over TLS from the first byte (port 636 by default). */
    LDAPS(636),
    /** Plain LDAP upgraded with the StartTLS extended operation before binding. */
    START_TLS(389);

    private final int defaultPort;

    Encryption(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public boolean usesTls() {
        return this != NONE;
    }
}
