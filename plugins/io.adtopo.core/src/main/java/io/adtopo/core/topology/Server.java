package io.adtopo.core.topology;

import java.util.Optional;

import io.adtopo.core.ldap.DnNames;

/**
 * A server object (objectClass server) under a site's CN=Servers: the DC's place in the topology, pointing
 * at its computer account through serverReference and holding its NTDS Settings.
 */
public final class Server extends DirectoryObject {

    private final String dnsHostName;
    private final String serverReference;
    private final NtdsSettings ntdsSettings;

    public Server(String dn, String dnsHostName, String serverReference, NtdsSettings ntdsSettings) {
        super(dn);
        this.dnsHostName = dnsHostName == null ? "" : dnsHostName;
        this.serverReference = serverReference == null ? "" : serverReference;
        this.ntdsSettings = ntdsSettings;
    }

    public String dnsHostName() {
        return dnsHostName;
    }

    /** The computer account DN (serverReference), empty when the attribute is missing. */
    public String serverReference() {
        return serverReference;
    }

    public boolean hasServerReference() {
        return !serverReference.isEmpty();
    }

    public Optional<NtdsSettings> ntdsSettings() {
        return Optional.ofNullable(ntdsSettings);
    }

    /** True when the server object has NTDS Settings: it is (or was) a domain controller. */
    public boolean isDomainController() {
        return ntdsSettings != null;
    }

    /** The DN of the site the server sits in (CN=Servers' parent). */
    public String siteDn() {
        return DnNames.ancestor(dn(), 2);
    }
}
