package io.adtopo.core.topology;

import java.util.List;

import io.adtopo.core.ldap.DnNames;

/** A site link (objectClass siteLink): the sites it joins, its cost and replication interval. */
public final class SiteLink extends DirectoryObject {

    /** NTDSSITELINK_OPT_USE_NOTIFY. */
    public static final int OPT_USE_NOTIFY = 0x1;
    /** NTDSSITELINK_OPT_TWOWAY_SYNC. */
    public static final int OPT_TWOWAY_SYNC = 0x2;
    /** NTDSSITELINK_OPT_DISABLE_COMPRESSION. */
    public static final int OPT_DISABLE_COMPRESSION = 0x4;

    private final long cost;
    private final long replInterval;
    private final int options;
    private final List<String> siteDns;

    public SiteLink(String dn, long cost, long replInterval, int options, List<String> siteDns) {
        super(dn);
        this.cost = cost;
        this.replInterval = replInterval;
        this.options = options;
        this.siteDns = List.copyOf(siteDns);
    }

    public long cost() {
        return cost;
    }

    /** Minutes between replication cycles over this link. */
    public long replInterval() {
        return replInterval;
    }

    public int options() {
        return options;
    }

    /** The DNs of the sites the link joins (siteList). */
    public List<String> siteDns() {
        return siteDns;
    }

    /** The DN of the transport the link belongs to (its parent). */
    public String transportDn() {
        return DnNames.parent(dn());
    }
}
