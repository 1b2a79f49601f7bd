package io.adtopo.core.topology;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.adtopo.core.ldap.DnNames;

/**
 * A DC's NTDS Settings (objectClass nTDSDSA, or nTDSDSARO for a read-only DC): its DSA GUID, invocation id,
 * options, hosted naming contexts and inbound connections.
 */
public final class NtdsSettings extends DirectoryObject {

    private final UUID objectGuid;
    private final UUID invocationId;
    private final int options;
    private final List<String> hasMasterNcs;
    private final List<String> msDsHasMasterNcs;
    private final List<String> msDsHasDomainNcs;
    private final List<String> partialReplicaNcs;
    private final boolean readOnly;
    private final long behaviorVersion;
    private final List<ReplicationConnection> connections;

    public NtdsSettings(String dn, UUID objectGuid, UUID invocationId, int options, List<String> hasMasterNcs,
            List<String> msDsHasMasterNcs, List<String> msDsHasDomainNcs, List<String> partialReplicaNcs,
            boolean readOnly, long behaviorVersion, List<ReplicationConnection> connections) {
        super(dn);
        this.objectGuid = objectGuid;
        this.invocationId = invocationId;
        this.options = options;
        this.hasMasterNcs = List.copyOf(hasMasterNcs);
        this.msDsHasMasterNcs = List.copyOf(msDsHasMasterNcs);
        this.msDsHasDomainNcs = List.copyOf(msDsHasDomainNcs);
        this.partialReplicaNcs = List.copyOf(partialReplicaNcs);
        this.readOnly = readOnly;
        this.behaviorVersion = behaviorVersion;
        this.connections = List.copyOf(connections);
    }

    /** The DSA object GUID: what events and repadmin call "DSA object GUID". */
    public Optional<UUID> objectGuid() {
        return Optional.ofNullable(objectGuid);
    }

    public Optional<UUID> invocationId() {
        return Optional.ofNullable(invocationId);
    }

    public int options() {
        return options;
    }

    public boolean isGlobalCatalog() {
        return (options & DsaOptions.IS_GC) != 0;
    }

    /** hasMasterNCs (the pre-2003 attribute; domain, configuration and schema only). */
    public List<String> hasMasterNcs() {
        return hasMasterNcs;
    }

    /** msDS-hasMasterNCs: every writable NC the DC holds, application NCs included. */
    public List<String> msDsHasMasterNcs() {
        return msDsHasMasterNcs;
    }

    public List<String> msDsHasDomainNcs() {
        return msDsHasDomainNcs;
    }

    /** hasPartialReplicaNCs: the read-only domain NCs a GC holds. */
    public List<String> partialReplicaNcs() {
        return partialReplicaNcs;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public long behaviorVersion() {
        return behaviorVersion;
    }

    /** Inbound connections, in DN order. */
    public List<ReplicationConnection> connections() {
        return connections;
    }

    /** The DN of the server object this NTDS Settings belongs to. */
    public String serverDn() {
        return DnNames.parent(dn());
    }

    /** The writable NCs the DC holds: msDS-hasMasterNCs where present, else hasMasterNCs. */
    public List<String> writableNcs() {
        return msDsHasMasterNcs.isEmpty() ? hasMasterNcs : msDsHasMasterNcs;
    }
}
