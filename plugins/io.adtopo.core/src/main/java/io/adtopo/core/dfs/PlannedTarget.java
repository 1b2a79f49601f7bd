package io.adtopo.core.dfs;

import java.util.Optional;

import io.adtopo.core.topology.SiteCosts;
import io.adtopo.core.topology.SitePath;

/** One target as the planner placed it (or left it out), with its site, cost and the reason for its place. */
public final class PlannedTarget {

    private final DfsTarget target;
    private final TargetSite site;
    private final boolean sameSite;
    private final SitePath path;
    private final String reason;

    PlannedTarget(DfsTarget target, TargetSite site, boolean sameSite, SitePath path, String reason) {
        this.target = target;
        this.site = site;
        this.sameSite = sameSite;
        this.path = path;
        this.reason = reason;
    }

    public DfsTarget target() {
        return target;
    }

    public TargetSite site() {
        return site;
    }

    /** True when the target is in the client's site. */
    public boolean isSameSite() {
        return sameSite;
    }

    /** The site cost from the client's site: 0 in the same site, {@link SiteCosts#UNREACHABLE} without a path. */
    public long cost() {
        if (sameSite) {
            return 0;
        }
        return path == null ? SiteCosts.UNREACHABLE : path.cost();
    }

    /** The cheapest path from the client's site, when the target's site is known. */
    public Optional<SitePath> path() {
        return Optional.ofNullable(path);
    }

    /** Why the target is where it is ("same site", "cost 150 via LIV-HOU", "offline: left out"). */
    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return target.unc() + " (" + site.siteName() + "): " + reason;
    }
}
