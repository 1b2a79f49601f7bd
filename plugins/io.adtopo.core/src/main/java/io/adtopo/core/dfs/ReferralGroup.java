package io.adtopo.core.dfs;

/** The three groups of a referral, in the order a client receives them (MS-DFSC 3.2.5.5). */
public enum ReferralGroup {

    /** Targets of priority "first among all targets". */
    FIRST_AMONG_ALL("First among all targets"),
    /** The targets ordered by site (same site, then by cost or at random), with their class and rank. */
    BY_SITE("Ordered by site"),
    /** Targets of priority "last among all targets". */
    LAST_AMONG_ALL("Last among all targets");

    private final String label;

    ReferralGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static ReferralGroup of(PriorityClass priorityClass) {
        switch (priorityClass) {
        case GLOBAL_HIGH:
            return FIRST_AMONG_ALL;
        case GLOBAL_LOW:
            return LAST_AMONG_ALL;
        default:
            return BY_SITE;
        }
    }
}
