package io.adtopo.core.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.core.runtime.NullProgressMonitor;

import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.ldap.LdapEntry;
import io.adtopo.core.ldap.ObjectGuids;
import io.adtopo.core.ldap.SearchSpec;

/**
 * Finds the NTDS Settings an error message names: by DSA object GUID, invocation ID, {@code _msdcs} name or
 * "Site\DC", first among the live objects of a topology, then among deleted ones with the Show Deleted
 * control (1.2.840.113556.1.4.417), as the seed article does by hand with LDP.
 */
public final class DsaLookup {

    private static final String[] TOMBSTONE_ATTRS = { "objectGUID", "isDeleted", "lastKnownParent", "whenChanged",
            "msDS-LastKnownRDN" };

    private final Topology topology;
    private final DirectorySession session;

    /** A lookup in the topology, falling back to the directory (may be null: live objects only). */
    public DsaLookup(Topology topology, DirectorySession session) {
        this.topology = topology;
        this.session = session;
    }

    /** A GUID from a message: a DSA object GUID, or else an invocation ID. */
    public DsaMatch byGuid(UUID guid) throws DirectoryException {
        Optional<NtdsSettings> live = topology.ntdsSettings(guid);
        if (live.isPresent()) {
            return DsaMatch.live(guid.toString(), "DSA object GUID", live.get());
        }
        for (Server server : topology.servers()) {
            Optional<NtdsSettings> dsa = server.ntdsSettings()
                    .filter(d -> d.invocationId().map(guid::equals).orElse(false));
            if (dsa.isPresent()) {
                return DsaMatch.live(guid.toString(), "invocation ID", dsa.get());
            }
        }
        return deleted(guid.toString(), guid);
    }

    /** {@code <guid>._msdcs.<forest>} as event 1411 names the DSA. */
    public DsaMatch byMsdcsName(UUID guid, String forest) throws DirectoryException {
        String query = guid + "._msdcs." + forest;
        Optional<NtdsSettings> live = topology.ntdsSettings(guid);
        if (live.isPresent()) {
            return DsaMatch.live(query, "_msdcs name", live.get());
        }
        return deleted(query, guid);
    }

    /** "Site\DC" as repadmin and dcdiag print it. */
    public DsaMatch bySiteAndServer(String site, String server) {
        String query = site + "\\" + server;
        for (Server candidate : topology.servers()) {
            if (candidate.name().equalsIgnoreCase(server)
                    && DnNames.firstValue(candidate.siteDn()).equalsIgnoreCase(site)
                    && candidate.ntdsSettings().isPresent()) {
                return DsaMatch.live(query, "site and server name", candidate.ntdsSettings().get());
            }
        }
        return DsaMatch.notFound(query);
    }

    private DsaMatch deleted(String query, UUID guid) throws DirectoryException {
        if (session == null) {
            return DsaMatch.notFound(query);
        }
        String filter = "(&(objectClass=nTDSDSA)(objectGUID=" + ObjectGuids.filterValue(guid) + "))";
        List<LdapEntry> found = new ArrayList<>(1);
        session.search(SearchSpec.subtree(topology.forest().configurationDn(), filter, TOMBSTONE_ATTRS)
                .withShowDeleted(), found::add, new NullProgressMonitor());
        for (LdapEntry entry : found) {
            boolean isDeleted = entry.bool("isDeleted", false);
            if (isDeleted && entry.bytes("objectGUID").flatMap(ObjectGuids::fromBytes).map(guid::equals)
                    .orElse(false)) {
                return DsaMatch.deleted(query, "DSA object GUID (deleted object)", entry.dn(),
                        entry.text("lastKnownParent"), entry.text("whenChanged"));
            }
        }
        return DsaMatch.notFound(query);
    }
}
