package io.adtopo.core.dfs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.topology.SiteCosts;
import io.adtopo.core.topology.SitePath;

/**
 * Orders a root's or folder's targets for a client site the way a namespace server does (seed 001 and MS-DFSC
 * 3.2.5.5): offline targets are left out; the targets of priority first among all come first, those of last
 * among all last, the rest between. Inside each group, same-site targets come first; the others follow by
 * site cost when costs order, else together. Within one place: first among equal cost, normal, last among
 * equal cost, then rank (0 first). The exclude method keeps only same-site targets of the middle group.
 * Targets with the same group, place, class and rank form a set a server shuffles per referral.
 * Linear in the number of targets after one sort; site costs come from {@link SiteCosts}, computed once per
 * client site.
 */
public final class ReferralPlanner {

    private final SiteCosts costs;

    public ReferralPlanner(SiteCosts costs) {
        this.costs = costs;
    }

    public Referral plan(List<DfsTarget> targets, Function<DfsTarget, TargetSite> siteOf, String clientSiteDn,
            ReferralSettings settings) {
        boolean costsOrder = settings.orderOutsideTargetsByCost();
        boolean exclude = settings.method() == OrderingMethod.EXCLUDE_OUTSIDE_SITE;
        String client = DnNames.firstValue(clientSiteDn);
        TreeMap<SetKey, List<PlannedTarget>> sets = new TreeMap<>();
        List<PlannedTarget> leftOut = new ArrayList<>();
        int offline = 0;
        for (DfsTarget target : targets) {
            TargetSite site = siteOf.apply(target);
            boolean same = site.isIn(clientSiteDn);
            SitePath path = site.siteDn().map(dn -> costs.path(clientSiteDn, dn)).orElse(null);
            ReferralGroup group = ReferralGroup.of(target.priorityClass());
            if (!target.isOnline()) {
                offline++;
                leftOut.add(new PlannedTarget(target, site, same, path, "offline: a server never refers to it"));
                continue;
            }
            if (exclude && group == ReferralGroup.BY_SITE && !same) {
                leftOut.add(new PlannedTarget(target, site, false, path,
                        "outside " + client + ": excluded by the ordering method"));
                continue;
            }
            long cost = same ? 0 : path == null ? SiteCosts.UNREACHABLE : path.cost();
            long orderingCost = same || !costsOrder ? 0 : cost;
            String reason = reason(target, site, same, path, costsOrder, client);
            SetKey key = new SetKey(group, same, orderingCost, target.priorityClass(), target.rank());
            sets.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new PlannedTarget(target, site, same, path, reason));
        }
        List<TargetSet> ordered = new ArrayList<>(sets.size());
        for (Map.Entry<SetKey, List<PlannedTarget>> e : sets.entrySet()) {
            SetKey k = e.getKey();
            List<PlannedTarget> members = e.getValue();
            members.sort(Comparator.comparing((PlannedTarget p) -> p.target().host().toLowerCase(Locale.ROOT))
                    .thenComparing(p -> p.target().unc().toLowerCase(Locale.ROOT)));
            ordered.add(new TargetSet(k.group, k.sameSite, k.cost, k.priorityClass, k.rank, members));
        }
        return new Referral(clientSiteDn, settings, ordered, leftOut,
                emptyReason(targets.size(), offline, exclude, client));
    }

    private static String reason(DfsTarget target, TargetSite site, boolean same, SitePath path, boolean costsOrder,
            String client) {
        List<String> parts = new ArrayList<>(3);
        ReferralGroup group = ReferralGroup.of(target.priorityClass());
        if (group != ReferralGroup.BY_SITE) {
            parts.add(group.label().toLowerCase(Locale.ROOT));
        }
        if (same) {
            parts.add("same site (" + client + ")");
        } else if (!site.isKnown()) {
            parts.add(costsOrder ? "site unknown, so maximum cost (" + site.how() + ")"
                    : "site unknown, so outside " + client + " (" + site.how() + ")");
        } else if (!costsOrder) {
            parts.add("outside " + client + " (in " + site.siteName() + "): random order");
        } else {
            parts.add(path.isReachable() ? path.describe() + " (" + site.siteName() + ")"
                    : "maximum cost: " + path.describe());
        }
        if (target.priorityClass() == PriorityClass.SITE_COST_HIGH) {
            parts.add("first among equal cost");
        } else if (target.priorityClass() == PriorityClass.SITE_COST_LOW) {
            parts.add("last among equal cost");
        }
        if (target.rank() > 0) {
            parts.add("rank " + target.rank());
        }
        return String.join("; ", parts);
    }

    private static String emptyReason(int targets, int offline, boolean exclude, String client) {
        if (targets == 0) {
            return "No referral: there are no targets.";
        }
        if (offline == targets) {
            return "No referral: every target is offline.";
        }
        if (exclude) {
            return "No referral: the ordering method excludes targets outside " + client + ", no online target is"
                    + " in " + client + ", and none is first or last among all targets. Clients in " + client
                    + " cannot reach this part of the namespace.";
        }
        return "No referral.";
    }

    /** The order of sets: group, same site first, cost, class (high, normal, low), rank. */
    private static final class SetKey implements Comparable<SetKey> {
        final ReferralGroup group;
        final boolean sameSite;
        final long cost;
        final PriorityClass priorityClass;
        final int rank;

        SetKey(ReferralGroup group, boolean sameSite, long cost, PriorityClass priorityClass, int rank) {
            this.group = group;
            this.sameSite = sameSite;
            this.cost = cost;
            this.priorityClass = priorityClass;
            this.rank = rank;
        }

        @Override
        public int compareTo(SetKey o) {
            int c = group.compareTo(o.group);
            if (c == 0) {
                c = Boolean.compare(o.sameSite, sameSite);
            }
            if (c == 0) {
                c = Long.compare(cost, o.cost);
            }
            if (c == 0) {
                c = priorityClass.compareTo(o.priorityClass);
            }
            return c != 0 ? c : Integer.compare(rank, o.rank);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SetKey && compareTo((SetKey) o) == 0;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(group, sameSite, cost, priorityClass, rank);
        }
    }
}
