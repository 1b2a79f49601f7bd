package io.adtopo.core.ldap;

import java.util.List;

/** The root DSE attributes adtopo relies on, read once per session. */
public final class RootDse {

    /** LDAP_CAP_ACTIVE_DIRECTORY_OID: the server is an AD DS domain controller. */
    public static final String CAP_ACTIVE_DIRECTORY = "1.2.840.113556.1.4.800";
    /** LDAP_CAP_ACTIVE_DIRECTORY_ADAM_OID: AD LDS. */
    public static final String CAP_ACTIVE_DIRECTORY_ADAM = "1.2.840.113556.1.4.1851";

    /** The attributes to request from the root DSE. */
    public static final String[] ATTRIBUTES = { "namingContexts", "defaultNamingContext",
            "configurationNamingContext", "schemaNamingContext", "rootDomainNamingContext", "dnsHostName",
            "serverName", "dsServiceName", "supportedCapabilities", "supportedControl", "supportedLDAPVersion",
            "isGlobalCatalogReady", "isSynchronized", "domainControllerFunctionality", "forestFunctionality",
            "vendorName", "vendorVersion", "ldapServiceName" };

    private final LdapEntry entry;

    public RootDse(LdapEntry entry) {
        this.entry = entry;
    }

    public LdapEntry entry() {
        return entry;
    }

    public List<String> namingContexts() {
        return entry.strings("namingContexts");
    }

    public String defaultNamingContext() {
        return entry.text("defaultNamingContext");
    }

    public String configurationNamingContext() {
        return entry.text("configurationNamingContext");
    }

    public String schemaNamingContext() {
        return entry.text("schemaNamingContext");
    }

    public String rootDomainNamingContext() {
        return entry.text("rootDomainNamingContext");
    }

    public String dnsHostName() {
        return entry.text("dnsHostName");
    }

    /** The DN of the server object of the DC answering (in CN=Sites). */
    public String serverName() {
        return entry.text("serverName");
    }

    /** The DN of the NTDS Settings object of the DC answering. */
    public String dsServiceName() {
        return entry.text("dsServiceName");
    }

    public List<String> supportedCapabilities() {
        return entry.strings("supportedCapabilities");
    }

    public List<String> supportedControls() {
        return entry.strings("supportedControl");
    }

    public boolean isGlobalCatalogReady() {
        return entry.bool("isGlobalCatalogReady", false);
    }

    public String vendorName() {
        return entry.text("vendorName");
    }

    /** True for an AD DS domain controller: it says so in its capabilities and names a configuration NC. */
    public boolean isActiveDirectory() {
        return supportedCapabilities().contains(CAP_ACTIVE_DIRECTORY) && !configurationNamingContext().isEmpty();
    }

    public boolean supportsControl(String oid) {
        return supportedControls().contains(oid);
    }
}
