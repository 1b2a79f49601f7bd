package io.adtopo.core.connection;

import java.util.Objects;

/**
 * Where and as whom to connect: a directory connection as the user configured it, in Directory Studio or in
 * adtopo's own preferences. Holds no secret; the password comes from {@link ConnectionCatalog#credentials}.
 */
public final class ConnectionProfile {

    private final String id;
    private final String name;
    private final String host;
    private final int port;
    private final Encryption encryption;
    private final String bindPrincipal;
    private final boolean readOnly;
    private final String origin;

    public ConnectionProfile(String id, String name, String host, int port, Encryption encryption,
            String bindPrincipal, boolean readOnly, String origin) {
        this.id = requireText(id, "id");
        this.name = requireText(name, "name");
        this.host = requireText(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        this.port = port;
        this.encryption = Objects.requireNonNull(encryption, "encryption");
        this.bindPrincipal = bindPrincipal == null ? "" : bindPrincipal.trim();
        this.readOnly = readOnly;
        this.origin = origin == null ? "" : origin;
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        return value.trim();
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public Encryption encryption() {
        return encryption;
    }

    /** The bind DN or user principal name; empty for an anonymous bind. */
    public String bindPrincipal() {
        return bindPrincipal;
    }

    public boolean isAnonymous() {
        return bindPrincipal.isEmpty();
    }

    /** True when the user marked the connection read-only: adtopo then never writes through it. */
    public boolean readOnly() {
        return readOnly;
    }

    /** Which catalog the profile comes from ("studio", "adtopo", ...), for display. */
    public String origin() {
        return origin;
    }

    /** {@code ldap://host:port} or {@code ldaps://host:port}. */
    public String url() {
        return (encryption == Encryption.LDAPS ? "ldaps://" : "ldap://") + hostForUrl() + ":" + port;
    }

    private String hostForUrl() {
        return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ConnectionProfile)) {
            return false;
        }
        ConnectionProfile other = (ConnectionProfile) o;
        return id.equals(other.id) && name.equals(other.name) && host.equals(other.host) && port == other.port
                && encryption == other.encryption && bindPrincipal.equals(other.bindPrincipal)
                && readOnly == other.readOnly && origin.equals(other.origin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, host, port, encryption, bindPrincipal, readOnly, origin);
    }

    @Override
    public String toString() {
        return name + " (" + url() + (encryption == Encryption.START_TLS ? " StartTLS" : "") + ")";
    }
}
