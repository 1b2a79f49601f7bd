package io.adtopo.core.dfs;

/**
 * The ordering a referral follows: the method, and whether site costs order the targets outside the client's
 * site. A namespace root stores both as msDFS-Propertiesv2 flags (ReferralSiteCosting, InsiteReferral); a
 * folder inherits the root's method and can only add InsiteReferral (exclude targets outside the site).
 */
public final class ReferralSettings {

    private final OrderingMethod method;
    private final boolean siteCosting;
    private final String origin;

    private ReferralSettings(OrderingMethod method, boolean siteCosting, String origin) {
        this.method = method;
        this.siteCosting = siteCosting;
        this.origin = origin;
    }

    /** The stored settings of a namespace root. */
    public static ReferralSettings ofRoot(DfsProperties root) {
        if (root.insiteReferrals()) {
            return new ReferralSettings(OrderingMethod.EXCLUDE_OUTSIDE_SITE, root.siteCosting(),
                    "set on the namespace root");
        }
        return new ReferralSettings(root.siteCosting() ? OrderingMethod.LOWEST_COST : OrderingMethod.RANDOM,
                root.siteCosting(), "set on the namespace root");
    }

    /** The stored settings of a folder: the root's method, or exclude when the folder says so. */
    public static ReferralSettings ofFolder(DfsProperties root, DfsProperties folder) {
        ReferralSettings inherited = ofRoot(root);
        if (folder.insiteReferrals()) {
            return new ReferralSettings(OrderingMethod.EXCLUDE_OUTSIDE_SITE, inherited.siteCosting,
                    "folder override of the root's " + inherited.method.label());
        }
        return new ReferralSettings(inherited.method, inherited.siteCosting, "inherited from the namespace root");
    }

    /** Another method for a preview, keeping whether costs order the first/last-among-all targets. */
    public ReferralSettings withMethod(OrderingMethod other) {
        if (other == method) {
            return this;
        }
        boolean costing = other == OrderingMethod.LOWEST_COST
                || other == OrderingMethod.EXCLUDE_OUTSIDE_SITE && siteCosting;
        return new ReferralSettings(other, costing, "preview (not stored)");
    }

    public OrderingMethod method() {
        return method;
    }

    /**
     * True when targets outside the client's site are ordered by site cost: always under lowest cost, never
     * under random order; under exclude it orders the first/last-among-all targets that remain.
     */
    public boolean orderOutsideTargetsByCost() {
        switch (method) {
        case LOWEST_COST:
            return true;
        case RANDOM:
            return false;
        default:
            return siteCosting;
        }
    }

    /** Where the setting comes from ("inherited from the namespace root", "preview (not stored)"). */
    public String origin() {
        return origin;
    }

    @Override
    public String toString() {
        return method.label() + " (" + origin + ")";
    }
}
