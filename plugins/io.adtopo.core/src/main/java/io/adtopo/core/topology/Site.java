package io.adtopo.core.topology;

/** A site (objectClass site) under CN=Sites, with the options of its NTDS Site Settings. */
public final class Site extends DirectoryObject {

    private final String description;
    private final String location;
    private final int siteSettingsOptions;
    private final String topologyGenerator;

    public Site(String dn, String description, String location, int siteSettingsOptions, String topologyGenerator) {
        super(dn);
        this.description = description == null ? "" : description;
        this.location = location == null ? "" : location;
        this.siteSettingsOptions = siteSettingsOptions;
        this.topologyGenerator = topologyGenerator == null ? "" : topologyGenerator;
    }

    public String description() {
        return description;
    }

    public String location() {
        return location;
    }

    /** The options of CN=NTDS Site Settings (repadmin's "Site Options"). */
    public int siteSettingsOptions() {
        return siteSettingsOptions;
    }

    /** The DN of the inter-site topology generator's NTDS Settings, or empty. */
    public String topologyGenerator() {
        return topologyGenerator;
    }
}
