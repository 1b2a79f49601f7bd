package io.adtopo.scale.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

import io.adtopo.core.changes.EntryChange;
import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.ldap.EntryHandler;
import io.adtopo.core.ldap.LdapEntry;
import io.adtopo.core.ldap.RootDse;
import io.adtopo.core.ldap.SearchSpec;

/** A session that notes every search and read it passes on, so a raw ldapsearch can repeat exactly them. */
final class RecordingSession implements DirectorySession {

    private final DirectorySession session;
    private final List<SearchSpec> searches = new ArrayList<>();
    private final List<String> reads = new ArrayList<>();
    private long entries;

    RecordingSession(DirectorySession session) {
        this.session = session;
    }

    List<SearchSpec> searches() {
        return searches;
    }

    /** DNs read one by one (base reads outside the searches). */
    List<String> reads() {
        return reads;
    }

    long entries() {
        return entries;
    }

    @Override
    public ConnectionProfile profile() {
        return session.profile();
    }

    @Override
    public RootDse rootDse() {
        return session.rootDse();
    }

    @Override
    public synchronized long search(SearchSpec spec, EntryHandler handler, IProgressMonitor monitor)
            throws DirectoryException {
        searches.add(spec);
        long count = session.search(spec, handler, monitor);
        entries += count;
        return count;
    }

    @Override
    public synchronized Optional<LdapEntry> read(String dn, String... attributes) throws DirectoryException {
        reads.add(dn);
        return session.read(dn, attributes);
    }

    @Override
    public void modify(EntryChange change) throws DirectoryException {
        throw new UnsupportedOperationException("the benchmark writes nothing");
    }

    @Override
    public boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public void close() {
        session.close();
    }
}
