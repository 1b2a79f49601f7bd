package io.adtopo.ui.topology;

import java.time.LocalTime;

import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.topology.Topology;
import io.adtopo.ui.connections.ConnectionRef;

/** What the shared topology service knows of one connection: nothing yet, loading, loaded, or why not. */
public final class TopologyState {

    /** Where a connection's topology stands. */
    public enum Status {
        NONE, LOADING, LOADED, FAILED, CANCELLED, CLOSED
    }

    private final ConnectionRef connection;
    private final Status status;
    private final Topology topology;
    private final DirectoryException failure;
    private final LocalTime at;

    private TopologyState(ConnectionRef connection, Status status, Topology topology, DirectoryException failure) {
        this(connection, status, topology, failure, null);
    }

    private TopologyState(ConnectionRef connection, Status status, Topology topology, DirectoryException failure,
            LocalTime previousAt) {
        this.connection = connection;
        this.status = status;
        this.topology = topology;
        this.failure = failure;
        this.at = previousAt != null ? previousAt : LocalTime.now();
    }

    static TopologyState none(ConnectionRef connection) {
        return new TopologyState(connection, Status.NONE, null, null);
    }

    static TopologyState loading(ConnectionRef connection) {
        return new TopologyState(connection, Status.LOADING, null, null);
    }

    /** Still loading, with what has been read so far: the sites, subnets and links, no servers yet. */
    static TopologyState loading(ConnectionRef connection, Topology sitesSoFar) {
        return new TopologyState(connection, Status.LOADING, sitesSoFar, null);
    }

    static TopologyState loaded(ConnectionRef connection, Topology topology) {
        return new TopologyState(connection, Status.LOADED, topology, null);
    }

    static TopologyState failed(ConnectionRef connection, DirectoryException failure) {
        return new TopologyState(connection, Status.FAILED, null, failure);
    }

    /** A failed reload, with the topology the last complete read gave (shown marked as such; never validated). */
    static TopologyState failed(ConnectionRef connection, DirectoryException failure, TopologyState lastLoaded) {
        return new TopologyState(connection, Status.FAILED, lastLoaded == null ? null : lastLoaded.topology,
                failure, lastLoaded == null ? null : lastLoaded.at);
    }

    static TopologyState cancelled(ConnectionRef connection) {
        return new TopologyState(connection, Status.CANCELLED, null, null);
    }

    static TopologyState closed(ConnectionRef connection) {
        return new TopologyState(connection, Status.CLOSED, null, null);
    }

    public ConnectionRef connection() {
        return connection;
    }

    public Status status() {
        return status;
    }

    /**
     * The topology, only when {@link Status#LOADED}: a failed reload never leaves an old copy here. While
     * {@link Status#LOADING}, see {@link #sitesSoFar()}.
     */
    public Topology topology() {
        return status == Status.LOADED ? topology : null;
    }

    /** After a failed reload: the topology of the last complete read (at {@link #at()}), or null. */
    public Topology lastComplete() {
        return status == Status.FAILED ? topology : null;
    }

    /** While loading: the sites, subnets and links read so far (no servers yet), or null. */
    public Topology sitesSoFar() {
        return status == Status.LOADING ? topology : null;
    }

    public DirectoryException failure() {
        return failure;
    }

    /** When this state began (the end of the read for a loaded topology, or of the last complete read). */
    public LocalTime at() {
        return at;
    }
}
