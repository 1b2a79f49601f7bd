package io.adtopo.ui.connections;

import java.util.Objects;

import io.adtopo.core.connection.ConnectionCatalog;
import io.adtopo.core.connection.ConnectionProfile;

/** A connection together with the catalog it comes from; {@link #key()} identifies it across reloads. */
public final class ConnectionRef {

    private final ConnectionCatalog catalog;
    private final ConnectionProfile profile;

    public ConnectionRef(ConnectionCatalog catalog, ConnectionProfile profile) {
        this.catalog = Objects.requireNonNull(catalog);
        this.profile = Objects.requireNonNull(profile);
    }

    public ConnectionCatalog catalog() {
        return catalog;
    }

    public ConnectionProfile profile() {
        return profile;
    }

    /** "catalog-id/profile-id". */
    public String key() {
        return catalog.id() + "/" + profile.id();
    }

    /** The name shown in connection choosers: "Name (ldap://host:389) - Directory Studio". */
    public String label() {
        return profile + " - " + catalog.label();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConnectionRef && ((ConnectionRef) o).key().equals(key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public String toString() {
        return label();
    }
}
