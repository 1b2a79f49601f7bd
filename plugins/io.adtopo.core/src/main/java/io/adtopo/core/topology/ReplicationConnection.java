package io.adtopo.core.topology;

import io.adtopo.core.ldap.DnNames;

/**
 * An inbound replication connection (objectClass nTDSConnection) under a destination DC's NTDS Settings:
 * the DC replicates from {@link #fromServerDn()}.
 */
public final class ReplicationConnection extends DirectoryObject {

    /** NTDSCONN_OPT_IS_GENERATED: created by the KCC. */
    public static final int OPT_IS_GENERATED = 0x1;
    /** NTDSCONN_OPT_TWOWAY_SYNC. */
    public static final int OPT_TWOWAY_SYNC = 0x2;
    /** NTDSCONN_OPT_OVERRIDE_NOTIFY_DEFAULT. */
    public static final int OPT_OVERRIDE_NOTIFY_DEFAULT = 0x4;
    /** NTDSCONN_OPT_USE_NOTIFY. */
    public static final int OPT_USE_NOTIFY = 0x8;
    /** NTDSCONN_OPT_RODC_TOPOLOGY. */
    public static final int OPT_RODC_TOPOLOGY = 0x40;

    private final String fromServerDn;
    private final boolean enabled;
    private final int options;
    private final String transportDn;

    public ReplicationConnection(String dn, String fromServerDn, boolean enabled, int options, String transportDn) {
        super(dn);
        this.fromServerDn = fromServerDn == null ? "" : fromServerDn;
        this.enabled = enabled;
        this.options = options;
        this.transportDn = transportDn == null ? "" : transportDn;
    }

    /** The source DC's NTDS Settings DN (fromServer). */
    public String fromServerDn() {
        return fromServerDn;
    }

    public boolean enabled() {
        return enabled;
    }

    public int options() {
        return options;
    }

    /** The transport (transportType), empty for intra-site connections. */
    public String transportDn() {
        return transportDn;
    }

    public boolean isGenerated() {
        return (options & OPT_IS_GENERATED) != 0;
    }

    /** The destination DC's NTDS Settings DN (the parent). */
    public String destinationDsaDn() {
        return DnNames.parent(dn());
    }
}
