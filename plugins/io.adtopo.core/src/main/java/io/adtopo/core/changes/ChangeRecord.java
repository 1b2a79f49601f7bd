package io.adtopo.core.changes;

import java.time.Instant;
import java.util.Objects;

/** One change adtopo wrote: when, where, what, the LDIF it applied and the change that undoes it. */
public final class ChangeRecord {

    /** A fix, or the undoing of an earlier record. */
    public enum Kind {
        FIX, UNDO
    }

    private final int id;
    private final Kind kind;
    private final int undoes;
    private final Instant time;
    private final String connection;
    private final String server;
    private final String description;
    private final EntryChange change;
    private final EntryChange reverse;

    ChangeRecord(int id, Kind kind, int undoes, Instant time, String connection, String server, String description,
            EntryChange change, EntryChange reverse) {
        this.id = id;
        this.kind = Objects.requireNonNull(kind);
        this.undoes = undoes;
        this.time = Objects.requireNonNull(time);
        this.connection = Objects.requireNonNull(connection);
        this.server = Objects.requireNonNull(server);
        this.description = Objects.requireNonNull(description);
        this.change = Objects.requireNonNull(change);
        this.reverse = Objects.requireNonNull(reverse);
    }

    public int id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** For an undo, the id of the record it undid; 0 for a fix. */
    public int undoes() {
        return undoes;
    }

    public Instant time() {
        return time;
    }

    /** The adtopo connection key the change went through. */
    public String connection() {
        return connection;
    }

    /** The URL of the server the change was sent to. */
    public String server() {
        return server;
    }

    public String description() {
        return description;
    }

    public EntryChange change() {
        return change;
    }

    public EntryChange reverse() {
        return reverse;
    }
}
