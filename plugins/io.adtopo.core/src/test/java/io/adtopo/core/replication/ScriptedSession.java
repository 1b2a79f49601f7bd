package io.adtopo.core.replication;

import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

import io.adtopo.core.changes.EntryChange;
import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Encryption;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectoryException.Kind;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.ldap.EntryHandler;
import io.adtopo.core.ldap.LdapEntry;
import io.adtopo.core.ldap.RootDse;
import io.adtopo.core.ldap.SearchSpec;

/** A session to a {@link ReplicationStatusReaderTest.ScriptedDc}: base reads of its NC heads only. */
final class ScriptedSession implements DirectorySession {

    private final ReplicationStatusReaderTest.ScriptedDc dc;
    private final RootDse rootDse;

    ScriptedSession(ReplicationStatusReaderTest.ScriptedDc dc) {
        this.dc = dc;
        LdapEntry.Builder root = LdapEntry.builder("");
        dc.namingContexts.forEach(nc -> root.add("namingContexts", nc));
        this.rootDse = new RootDse(root.build());
    }

    @Override
    public ConnectionProfile profile() {
        return new ConnectionProfile("scripted", "scripted", "scripted.invalid", 389, Encryption.NONE, "", false,
                "test");
    }

    @Override
    public RootDse rootDse() {
        return rootDse;
    }

    @Override
    public long search(SearchSpec spec, EntryHandler handler, IProgressMonitor monitor) throws DirectoryException {
        throw new DirectoryException(Kind.OTHER, "the reader only reads NC heads");
    }

    @Override
    public synchronized Optional<LdapEntry> read(String dn, String... attributes) throws DirectoryException {
        dc.onRead.run();
        while (dc.hangUntilClosed && dc.open) {
            try {
                wait(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DirectoryException(Kind.CONNECTION_LOST, "interrupted");
            }
        }
        if (!dc.open) {
            throw new DirectoryException(Kind.CONNECTION_LOST, "The connection was closed.");
        }
        return Optional.ofNullable(dc.heads.get(dn));
    }

    @Override
    public void modify(EntryChange change) throws DirectoryException {
        throw new DirectoryException(Kind.OTHER, "read only");
    }

    @Override
    public boolean isOpen() {
        return dc.open;
    }

    @Override
    public void close() {
        dc.open = false;
    }
}
