package io.adtopo.core.topology;

import java.util.List;

import io.adtopo.core.ldap.DnNames;

/** A site-link bridge (objectClass siteLinkBridge): site links whose paths may chain when bridges are required. */
public final class SiteLinkBridge extends DirectoryObject {

    private final List<String> siteLinkDns;

    public SiteLinkBridge(String dn, List<String> siteLinkDns) {
        super(dn);
        this.siteLinkDns = List.copyOf(siteLinkDns);
    }

    /** The DNs of the bridged site links (siteLinkList). */
    public List<String> siteLinkDns() {
        return siteLinkDns;
    }

    public String transportDn() {
        return DnNames.parent(dn());
    }
}
