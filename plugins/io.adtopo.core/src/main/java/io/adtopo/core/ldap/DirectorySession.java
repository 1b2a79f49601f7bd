package io.adtopo.core.ldap;

import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

import io.adtopo.core.changes.EntryChange;
import io.adtopo.core.connection.ConnectionProfile;

/**
 * An open, bound connection to one directory server. The one way adtopo reads a directory: views, checks
 * and the referral editor all go through it. Searches are paged; a cancelled monitor stops a search between
 * pages with {@link org.eclipse.core.runtime.OperationCanceledException}.
 */
public interface DirectorySession extends AutoCloseable {

    ConnectionProfile profile();

    /** The root DSE as read when the session was opened. */
    RootDse rootDse();

    /** Runs a paged search and hands each entry to the handler as it arrives. Returns the entry count. */
    long search(SearchSpec spec, EntryHandler handler, IProgressMonitor monitor) throws DirectoryException;

    /** Reads one entry by DN, or empty when it does not exist. */
    Optional<LdapEntry> read(String dn, String... attributes) throws DirectoryException;

    /**
     * Applies a compare-and-set change in one modify request: all of it or nothing. Throws a
     * {@link DirectoryException} of kind CONFLICT when the entry no longer holds the values the change expects.
     */
    void modify(EntryChange change) throws DirectoryException;

    boolean isOpen();

    @Override
    void close();
}
