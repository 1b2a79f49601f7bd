package io.adtopo.core.dfs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.topology.SiteCosts;
import io.adtopo.core.topology.SiteLink;

/**
 * Changes an administrator tries on a preview without writing them: another ordering method, a target's
 * priority, a site link's cost, bridging. Immutable; each change returns a new instance. Applied to a
 * {@link FolderPreview} it gives the referral those changes would produce.
 */
public final class ReferralWhatIf {

    /** A target's priority as the what-if sets it. */
    public static final class Priority {
        public final PriorityClass priorityClass;
        public final int rank;

        Priority(PriorityClass priorityClass, int rank) {
            this.priorityClass = priorityClass;
            this.rank = rank;
        }
    }

    private static final ReferralWhatIf NONE = new ReferralWhatIf(null, Map.of(), Map.of(), null);

    private final OrderingMethod method;
    private final Map<String, Priority> priorities;
    private final Map<String, Long> linkCosts;
    private final Boolean bridgesRequired;

    private ReferralWhatIf(OrderingMethod method, Map<String, Priority> priorities, Map<String, Long> linkCosts,
            Boolean bridgesRequired) {
        this.method = method;
        this.priorities = Collections.unmodifiableMap(new LinkedHashMap<>(priorities));
        this.linkCosts = Collections.unmodifiableMap(new LinkedHashMap<>(linkCosts));
        this.bridgesRequired = bridgesRequired;
    }

    /** No change: the referral as stored. */
    public static ReferralWhatIf none() {
        return NONE;
    }

    /** Another ordering method; null goes back to the stored one. */
    public ReferralWhatIf withMethod(OrderingMethod value) {
        return new ReferralWhatIf(value, priorities, linkCosts, bridgesRequired);
    }

    /** A target's priority class and rank (0-31), keyed by its UNC. */
    public ReferralWhatIf withPriority(DfsTarget target, PriorityClass priorityClass, int rank) {
        if (rank < 0 || rank > DfsTarget.MAX_RANK) {
            throw new IllegalArgumentException("A priority rank is 0 to " + DfsTarget.MAX_RANK + ", not " + rank);
        }
        Map<String, Priority> next = new LinkedHashMap<>(priorities);
        next.put(key(target), new Priority(priorityClass, rank));
        return new ReferralWhatIf(method, next, linkCosts, bridgesRequired);
    }

    /** A site link's cost (not negative). */
    public ReferralWhatIf withLinkCost(SiteLink link, long cost) {
        if (cost < 0) {
            throw new IllegalArgumentException("A site-link cost cannot be negative: " + cost);
        }
        Map<String, Long> next = new LinkedHashMap<>(linkCosts);
        next.put(link.dn(), cost);
        return new ReferralWhatIf(method, priorities, next, bridgesRequired);
    }

    /** "Bridge all site links" off (true) or on (false). */
    public ReferralWhatIf withBridgesRequired(boolean required) {
        return new ReferralWhatIf(method, priorities, linkCosts, required);
    }

    /** The method tried, or null for the stored one. */
    public OrderingMethod method() {
        return method;
    }

    public boolean isNone() {
        return method == null && priorities.isEmpty() && linkCosts.isEmpty() && bridgesRequired == null;
    }

    /** The settings the preview uses: the stored ones, or the stored ones with another method. */
    public ReferralSettings settings(ReferralSettings stored) {
        return method == null ? stored : stored.withMethod(method);
    }

    public SiteCosts costs(SiteCosts stored) {
        SiteCosts costs = bridgesRequired == null ? stored : stored.withBridgesRequired(bridgesRequired);
        for (Map.Entry<String, Long> e : linkCosts.entrySet()) {
            costs = costs.withLinkCost(e.getKey(), e.getValue());
        }
        return costs;
    }

    public List<DfsTarget> targets(List<DfsTarget> stored) {
        List<DfsTarget> out = new ArrayList<>(stored.size());
        for (DfsTarget target : stored) {
            Priority p = priorities.get(key(target));
            out.add(p == null ? target : target.withPriority(p.priorityClass, p.rank));
        }
        return out;
    }

    /** The referral the changes would give a client in the site. */
    public Referral plan(FolderPreview preview, String clientSiteDn) {
        return preview.plan(clientSiteDn, settings(preview.storedSettings()), costs(preview.costs()),
                targets(preview.folder().targets()));
    }

    /** One line per change, for the editor ("method: Random order", "LIV-HOU cost: 20"). */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        if (method != null) {
            lines.add("method: " + method.label());
        }
        priorities.forEach((unc, p) -> lines.add(unc + ": " + p.priorityClass.label() + ", rank " + p.rank));
        linkCosts.forEach((dn, cost) -> lines.add(DnNames.firstValue(dn) + " cost: " + cost));
        if (bridgesRequired != null) {
            lines.add(bridgesRequired ? "Bridge all site links: off" : "Bridge all site links: on");
        }
        return lines;
    }

    private static String key(DfsTarget target) {
        return target.unc().toLowerCase(Locale.ROOT);
    }
}
