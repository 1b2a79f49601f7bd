package io.adtopo.core.dfs;

/** How a namespace server orders the targets outside the client's site (DFS Management's Referrals tab). */
public enum OrderingMethod {

    /** Same-site targets first in random order, then all others in random order. */
    RANDOM("Random order"),
    /** Same-site targets first, then sets of equal site cost in ascending cost, each in random order. */
    LOWEST_COST("Lowest cost"),
    /** Only same-site targets, plus targets of priority first or last among all targets. */
    EXCLUDE_OUTSIDE_SITE("Exclude targets outside of the client's site");

    private final String label;

    OrderingMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
