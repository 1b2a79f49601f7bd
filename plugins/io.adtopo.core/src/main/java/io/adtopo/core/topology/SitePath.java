package io.adtopo.core.topology;

import java.util.List;
import java.util.stream.Collectors;

import io.adtopo.core.ldap.DnNames;

/** The cheapest site-link path between two sites, or the fact that there is none. */
public final class SitePath {

    private final String fromSiteDn;
    private final String toSiteDn;
    private final long cost;
    private final List<SiteLink> links;

    SitePath(String fromSiteDn, String toSiteDn, long cost, List<SiteLink> links) {
        this.fromSiteDn = fromSiteDn;
        this.toSiteDn = toSiteDn;
        this.cost = cost;
        this.links = List.copyOf(links);
    }

    static SitePath unreachable(String fromSiteDn, String toSiteDn) {
        return new SitePath(fromSiteDn, toSiteDn, SiteCosts.UNREACHABLE, List.of());
    }

    public String fromSiteDn() {
        return fromSiteDn;
    }

    public String toSiteDn() {
        return toSiteDn;
    }

    /** The sum of the links' costs; {@link SiteCosts#UNREACHABLE} when no path exists. */
    public long cost() {
        return cost;
    }

    /** The links walked, from the first site to the second; empty for a site to itself or no path. */
    public List<SiteLink> links() {
        return links;
    }

    public boolean isReachable() {
        return cost != SiteCosts.UNREACHABLE;
    }

    public boolean isSameSite() {
        return DnNames.same(fromSiteDn, toSiteDn);
    }

    /** "cost 150 via LIV-HOU", "cost 0 (same site)", "unreachable: no site-link path". */
    public String describe() {
        if (isSameSite()) {
            return "cost 0 (same site)";
        }
        if (!isReachable()) {
            return "unreachable: no site-link path from " + DnNames.firstValue(fromSiteDn) + " to "
                    + DnNames.firstValue(toSiteDn);
        }
        return "cost " + cost + " via " + links.stream().map(SiteLink::name).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return DnNames.firstValue(fromSiteDn) + " -> " + DnNames.firstValue(toSiteDn) + ": " + describe();
    }
}
