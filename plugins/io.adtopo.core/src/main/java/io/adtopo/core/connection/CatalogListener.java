package io.adtopo.core.connection;

/** Told when a catalog's connections change, or one of them is opened or closed by its owner. */
public interface CatalogListener {

    /** Connections were added, removed or edited. */
    void catalogChanged(ConnectionCatalog catalog);

    /** The owner (Directory Studio) opened the connection. */
    default void connectionOpened(ConnectionProfile profile) {
    }

    /** The owner (Directory Studio) closed the connection: views showing it should say so. */
    default void connectionClosed(ConnectionProfile profile) {
    }
}
