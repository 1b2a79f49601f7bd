package io.adtopo.studio;

import java.util.Optional;

import org.apache.directory.studio.connection.core.Connection;
import org.apache.directory.studio.connection.core.ConnectionCorePlugin;

import io.adtopo.core.topology.DirectoryObject;
import io.adtopo.ui.connections.ConnectionRef;

/** What "Open in Directory Studio" opens for an object of adtopo's views: its Studio connection and DN. */
public final class EntryTarget {

    private final Connection connection;
    private final String dn;

    private EntryTarget(Connection connection, String dn) {
        this.connection = connection;
        this.dn = dn;
    }

    /** The target when the view shows a Directory Studio connection and the element is a directory object. */
    public static Optional<EntryTarget> of(ConnectionRef shown, Object element) {
        if (shown == null || !StudioProfiles.ORIGIN.equals(shown.catalog().id())
                || !(element instanceof DirectoryObject)) {
            return Optional.empty();
        }
        Connection connection = ConnectionCorePlugin.getDefault().getConnectionManager()
                .getConnectionById(shown.profile().id());
        return connection == null ? Optional.empty()
                : Optional.of(new EntryTarget(connection, ((DirectoryObject) element).dn()));
    }

    public Connection connection() {
        return connection;
    }

    public String dn() {
        return dn;
    }
}
