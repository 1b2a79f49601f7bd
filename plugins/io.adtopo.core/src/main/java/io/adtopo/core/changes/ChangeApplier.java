package io.adtopo.core.changes;

import java.io.IOException;

import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectorySession;

/**
 * Writes compare-and-set changes through a session and logs each one that the server accepted, with its
 * reverse. A change the server refuses (changed since read, no rights) is not logged: the log never claims a
 * write that did not happen.
 */
public final class ChangeApplier {

    private final ChangeLog log;

    public ChangeApplier(ChangeLog log) {
        this.log = log;
    }

    /** Applies a fix; returns its log record. */
    public ChangeRecord applyFix(DirectorySession session, String connection, String description, EntryChange change)
            throws DirectoryException, IOException {
        session.modify(change);
        return log.append(ChangeRecord.Kind.FIX, 0, connection, session.profile().url(), description, change,
                change.reverse());
    }

    /** Applies the reverse of a logged fix, the same safe way; returns the undo record. */
    public ChangeRecord undo(DirectorySession session, ChangeRecord fix) throws DirectoryException, IOException {
        session.modify(fix.reverse());
        return log.append(ChangeRecord.Kind.UNDO, fix.id(), fix.connection(), session.profile().url(),
                "Undo of change " + fix.id() + ": " + fix.description(), fix.reverse(), fix.change());
    }
}
