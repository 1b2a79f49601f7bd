package io.adtopo.core.topology;

import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.ldap.RootDse;

/** Which forest a topology belongs to and which DC it was read from, from that DC's root DSE. */
public final class ForestInfo {

    private final String rootDomainDn;
    private final String configurationDn;
    private final String schemaDn;
    private final String defaultNamingContext;
    private final String readFromHost;
    private final String readFromDsa;

    public ForestInfo(String rootDomainDn, String configurationDn, String schemaDn, String defaultNamingContext,
            String readFromHost, String readFromDsa) {
        this.rootDomainDn = rootDomainDn;
        this.configurationDn = configurationDn;
        this.schemaDn = schemaDn;
        this.defaultNamingContext = defaultNamingContext;
        this.readFromHost = readFromHost;
        this.readFromDsa = readFromDsa;
    }

    public static ForestInfo of(RootDse rootDse) {
        String root = rootDse.rootDomainNamingContext().isEmpty() ? rootDse.defaultNamingContext()
                : rootDse.rootDomainNamingContext();
        return new ForestInfo(root, rootDse.configurationNamingContext(), rootDse.schemaNamingContext(),
                rootDse.defaultNamingContext(), rootDse.dnsHostName(), rootDse.dsServiceName());
    }

    public String rootDomainDn() {
        return rootDomainDn;
    }

    /** The forest root domain's DNS name ("contoso.com"): the suffix of {@code _msdcs} names. */
    public String forestDnsName() {
        return DnNames.dnsNameOf(rootDomainDn);
    }

    public String configurationDn() {
        return configurationDn;
    }

    public String schemaDn() {
        return schemaDn;
    }

    public String sitesDn() {
        return "CN=Sites," + configurationDn;
    }

    public String defaultNamingContext() {
        return defaultNamingContext;
    }

    /** The DNS name of the DC whose copy was read. */
    public String readFromHost() {
        return readFromHost;
    }

    /** The NTDS Settings DN of the DC whose copy was read. */
    public String readFromDsa() {
        return readFromDsa;
    }
}
