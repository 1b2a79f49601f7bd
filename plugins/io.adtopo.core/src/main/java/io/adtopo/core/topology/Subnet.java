package io.adtopo.core.topology;

/** A subnet (objectClass subnet) under CN=Subnets,CN=Sites: an address range mapped to a site. */
public final class Subnet extends DirectoryObject {

    private final String siteDn;
    private final String location;
    private final String description;

    public Subnet(String dn, String siteDn, String location, String description) {
        super(dn);
        this.siteDn = siteDn == null ? "" : siteDn;
        this.location = location == null ? "" : location;
        this.description = description == null ? "" : description;
    }

    /** The subnet in CIDR notation, as AD names the object ("10.1.0.0/16"). */
    public String cidr() {
        return name();
    }

    /** The site it belongs to (siteObject), or empty when unassigned. */
    public String siteDn() {
        return siteDn;
    }

    public String location() {
        return location;
    }

    public String description() {
        return description;
    }
}
