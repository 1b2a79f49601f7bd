package io.adtopo.core.topology;

import java.util.Optional;

import io.adtopo.core.ldap.DnNames;

/**
 * What a DSA lookup found: a live NTDS Settings in the topology, a deleted one (tombstone, found with the
 * Show Deleted control), or nothing.
 */
public final class DsaMatch {

    /** The outcome of a lookup. */
    public enum Kind {
        LIVE, DELETED, NOT_FOUND
    }

    private final Kind kind;
    private final String query;
    private final String how;
    private final NtdsSettings live;
    private final String tombstoneDn;
    private final String lastKnownParent;
    private final String deletedWhen;

    private DsaMatch(Kind kind, String query, String how, NtdsSettings live, String tombstoneDn,
            String lastKnownParent, String deletedWhen) {
        this.kind = kind;
        this.query = query;
        this.how = how;
        this.live = live;
        this.tombstoneDn = tombstoneDn;
        this.lastKnownParent = lastKnownParent;
        this.deletedWhen = deletedWhen;
    }

    static DsaMatch live(String query, String how, NtdsSettings dsa) {
        return new DsaMatch(Kind.LIVE, query, how, dsa, null, null, null);
    }

    static DsaMatch deleted(String query, String how, String tombstoneDn, String lastKnownParent, String when) {
        return new DsaMatch(Kind.DELETED, query, how, null, tombstoneDn, lastKnownParent, when);
    }

    static DsaMatch notFound(String query) {
        return new DsaMatch(Kind.NOT_FOUND, query, "", null, null, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** What was looked up, as the user would recognise it (a GUID, an _msdcs name, Site\DC). */
    public String query() {
        return query;
    }

    /** How it matched: "DSA object GUID", "invocation ID", "site and server name". */
    public String how() {
        return how;
    }

    public Optional<NtdsSettings> live() {
        return Optional.ofNullable(live);
    }

    /** The tombstone's DN (with its "\0ADEL:" mangled RDN) when the DSA was deleted. */
    public Optional<String> tombstoneDn() {
        return Optional.ofNullable(tombstoneDn);
    }

    /** Where the object lived before it was deleted (lastKnownParent). */
    public Optional<String> lastKnownParent() {
        return Optional.ofNullable(lastKnownParent);
    }

    /** whenChanged of the tombstone, in LDAP's generalized time. */
    public Optional<String> deletedWhen() {
        return Optional.ofNullable(deletedWhen);
    }

    /** The server name the deleted DSA belonged to, from lastKnownParent ("OLDDC9"), when known. */
    public Optional<String> deletedServerName() {
        if (lastKnownParent == null || lastKnownParent.isEmpty()) {
            return Optional.empty();
        }
        String name = DnNames.firstValue(lastKnownParent);
        int mangled = name.indexOf("\nDEL:");
        return Optional.of(mangled >= 0 ? name.substring(0, mangled) : name);
    }

    /** The site the deleted DSA's server was in, from lastKnownParent, when known. */
    public Optional<String> deletedSiteName() {
        if (lastKnownParent == null || lastKnownParent.isEmpty()) {
            return Optional.empty();
        }
        String site = DnNames.firstValue(DnNames.ancestor(lastKnownParent, 2));
        return site.isEmpty() ? Optional.empty() : Optional.of(site);
    }
}
