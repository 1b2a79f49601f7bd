package io.adtopo.core.topology;

/** An inter-site transport (CN=IP or CN=SMTP under CN=Inter-Site Transports). */
public final class InterSiteTransport extends DirectoryObject {

    /** NTDSTRANSPORT_OPT_IGNORE_SCHEDULES. */
    public static final int OPT_IGNORE_SCHEDULES = 0x1;
    /** NTDSTRANSPORT_OPT_BRIDGES_REQUIRED: "Bridge all site links" is off; only bridges chain links. */
    public static final int OPT_BRIDGES_REQUIRED = 0x2;

    private final int options;

    public InterSiteTransport(String dn, int options) {
        super(dn);
        this.options = options;
    }

    public int options() {
        return options;
    }

    /** True when site links chain only through site-link bridges ("Bridge all site links" off). */
    public boolean bridgesRequired() {
        return (options & OPT_BRIDGES_REQUIRED) != 0;
    }

    public boolean ignoresSchedules() {
        return (options & OPT_IGNORE_SCHEDULES) != 0;
    }

    /** True for the IP transport, the one DFS site costing and the KCC's inter-site topology use. */
    public boolean isIp() {
        return "IP".equalsIgnoreCase(name());
    }
}
