package io.adtopo.core.dfs;

import java.util.List;

import io.adtopo.core.topology.SiteCosts;

/**
 * Targets a client cannot tell apart: same group, same place by site (and cost when costs order), same
 * priority class and rank. A namespace server shuffles each set per referral; the sets keep their order.
 */
public final class TargetSet {

    private final ReferralGroup group;
    private final boolean sameSite;
    private final long orderingCost;
    private final PriorityClass priorityClass;
    private final int rank;
    private final List<PlannedTarget> members;

    TargetSet(ReferralGroup group, boolean sameSite, long orderingCost, PriorityClass priorityClass, int rank,
            List<PlannedTarget> members) {
        this.group = group;
        this.sameSite = sameSite;
        this.orderingCost = orderingCost;
        this.priorityClass = priorityClass;
        this.rank = rank;
        this.members = List.copyOf(members);
    }

    public ReferralGroup group() {
        return group;
    }

    public boolean isSameSite() {
        return sameSite;
    }

    /** The cost this set is ordered by: 0 in the client's site; also 0 outside it when costs do not order. */
    public long orderingCost() {
        return orderingCost;
    }

    public PriorityClass priorityClass() {
        return priorityClass;
    }

    public int rank() {
        return rank;
    }

    /** The members in a stable order (by host, then UNC) for display; a client gets them shuffled. */
    public List<PlannedTarget> members() {
        return members;
    }

    /** "same site, Normal, rank 0", "cost 150, First among targets of equal cost, rank 0". */
    public String describe(boolean costsOrder) {
        String place;
        if (sameSite) {
            place = "same site";
        } else if (!costsOrder) {
            place = "outside the site";
        } else if (orderingCost == SiteCosts.UNREACHABLE) {
            place = "maximum cost (unreachable or site unknown)";
        } else {
            place = "cost " + orderingCost;
        }
        String priority = group == ReferralGroup.BY_SITE ? priorityClass.label() : group.label();
        return place + ", " + priority + ", rank " + rank;
    }

    @Override
    public String toString() {
        return describe(true) + " " + members;
    }
}
