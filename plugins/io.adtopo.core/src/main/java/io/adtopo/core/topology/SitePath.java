package io.adtopo.core.topology;

import java.util.List;
import java.util.stream.Collectors;

import io.adtopo.core.ldap.DnNames;

/** The cheapest site-link path between two sites, or the fact that there is none. */
public final class SitePath {

    private final String fromSiteDn;
    private final String toSiteDn;
    private final long cost;
    /** The links, when given whole; null when the path is {@link #parent} and then {@link #last}. */
    private final List<SiteLink> listed;
    /** The path to the site before the last link (shared by every path that goes through it), or null. */
    private final SitePath parent;
    private final SiteLink last;
    private final int hops;

    SitePath(String fromSiteDn, String toSiteDn, long cost, List<SiteLink> links) {
        this.fromSiteDn = fromSiteDn;
        this.toSiteDn = toSiteDn;
        this.cost = cost;
        this.listed = List.copyOf(links);
        this.parent = null;
        this.last = null;
        this.hops = listed.size();
    }

    /** The path {@code parent} then {@code last}: the paths from one site form a tree and share their prefixes. */
    SitePath(String fromSiteDn, String toSiteDn, long cost, SitePath parent, SiteLink last) {
        this.fromSiteDn = fromSiteDn;
        this.toSiteDn = toSiteDn;
        this.cost = cost;
        this.listed = null;
        this.parent = parent;
        this.last = last;
        this.hops = parent.hops + 1;
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
        if (listed != null) {
            return listed;
        }
        SiteLink[] links = new SiteLink[hops];
        SitePath at = this;
        int i = hops;
        while (at.listed == null) {
            links[--i] = at.last;
            at = at.parent;
        }
        for (int j = at.listed.size() - 1; j >= 0; j--) {
            links[--i] = at.listed.get(j);
        }
        return List.of(links);
    }

    /** How many links the path walks. */
    int hops() {
        return hops;
    }

    public boolean isReachable() {
        return cost != SiteCosts.UNREACHABLE;
    }

    /** A site to itself: no link walked at no cost (another site at cost 0 is still one link away). */
    public boolean isSameSite() {
        return hops == 0 && cost == 0;
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
        return "cost " + cost + " via " + links().stream().map(SiteLink::name).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return DnNames.firstValue(fromSiteDn) + " -> " + DnNames.firstValue(toSiteDn) + ": " + describe();
    }
}
