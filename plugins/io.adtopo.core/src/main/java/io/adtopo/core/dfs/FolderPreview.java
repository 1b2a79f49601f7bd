package io.adtopo.core.dfs;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;

import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.topology.SiteCosts;
import io.adtopo.core.topology.Topology;

/**
 * What a referral preview of one root or folder needs once read: its targets with their sites, the forest's
 * site costs and the stored ordering. Planning is then pure computation: any client site, another method, a
 * changed priority or link cost (what-if) gives a new {@link Referral} without touching the directory.
 */
public final class FolderPreview {

    private final DfsNamespace namespace;
    private final DfsFolder folder;
    private final Topology topology;
    private final SiteCosts costs;
    private final Map<String, TargetSite> sites;

    private FolderPreview(DfsNamespace namespace, DfsFolder folder, Topology topology, SiteCosts costs,
            Map<String, TargetSite> sites) {
        this.namespace = namespace;
        this.folder = folder;
        this.topology = topology;
        this.costs = costs;
        this.sites = Map.copyOf(sites);
    }

    /** Finds the site of each target (the long part: name lookups) and the forest's site costs. */
    public static FolderPreview prepare(DfsNamespace namespace, DfsFolder folder, Topology topology,
            TargetSiteLocator locator, IProgressMonitor monitor) throws DirectoryException {
        Map<String, TargetSite> sites = locator.locateAll(folder.targets(), monitor);
        return new FolderPreview(namespace, folder, topology, SiteCosts.of(topology), sites);
    }

    public DfsNamespace namespace() {
        return namespace;
    }

    public DfsFolder folder() {
        return folder;
    }

    public Topology topology() {
        return topology;
    }

    /** The site costs as stored in the directory. */
    public SiteCosts costs() {
        return costs;
    }

    /** The ordering the folder has in the directory (its own, or inherited from the root). */
    public ReferralSettings storedSettings() {
        return namespace.settingsOf(folder);
    }

    /** The site of a target's host (unknown when it was not looked up). */
    public TargetSite siteOf(DfsTarget target) {
        TargetSite site = sites.get(target.host().toLowerCase(Locale.ROOT));
        return site != null ? site : TargetSite.unknown(target.host(), "not looked up");
    }

    /** The referral as the directory stands, for a client in the given site. */
    public Referral plan(String clientSiteDn) {
        return plan(clientSiteDn, storedSettings(), costs, folder.targets());
    }

    /** A what-if referral: other settings, costs or targets (same hosts); nothing is written. */
    public Referral plan(String clientSiteDn, ReferralSettings settings, SiteCosts siteCosts, List<DfsTarget> targets) {
        return new ReferralPlanner(siteCosts).plan(targets, this::siteOf, clientSiteDn, settings);
    }
}
