package io.adtopo.core.topology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;

import io.adtopo.core.ldap.DnNames;

/**
 * Site-to-site costs over the IP transport's site links (MS-DRSR 4.1.16.3): the cheapest path, weighted by
 * link cost. A link joining several sites joins each pair of them at its cost. When the transport requires
 * bridges ("Bridge all site links" off), a path of several links is allowed only if one site-link bridge
 * lists all of them; a single link always is. Paths from one site are computed on first use (Dijkstra per
 * allowed link set) and kept, so a full matrix costs sites x (bridges + 1) shortest-path runs.
 * Immutable; the what-if variants return new instances.
 */
public final class SiteCosts {

    /** The cost of a site no path reaches, as DsQuerySitesByCost reports it. */
    public static final long UNREACHABLE = 0xFFFFFFFFL;

    private final List<String> siteDns;
    private final Map<String, Integer> indexByKey = new HashMap<>();
    private final Map<String, Integer> indexByDn = new ConcurrentHashMap<>();
    private final List<SiteLink> links;
    private final List<SiteLinkBridge> bridges;
    private final boolean bridgesRequired;
    private final Map<String, Long> costOverrides;
    private final Map<Integer, SitePath[]> pathsFrom = new ConcurrentHashMap<>();
    private volatile Map<Integer, List<SiteLink>> linksBySite;
    private volatile List<List<SiteLink>> bridgedLinks;
    /** The graph of each set of usable links (all links, or one bridge's), built on first use. */
    private final Map<List<SiteLink>, LinkGraph> graphs = Collections.synchronizedMap(new IdentityHashMap<>());

    private SiteCosts(List<String> siteDns, List<SiteLink> links, List<SiteLinkBridge> bridges,
            boolean bridgesRequired, Map<String, Long> costOverrides) {
        this.siteDns = List.copyOf(siteDns);
        for (int i = 0; i < this.siteDns.size(); i++) {
            indexByKey.putIfAbsent(DnNames.key(this.siteDns.get(i)), i);
        }
        this.links = List.copyOf(links);
        this.bridges = List.copyOf(bridges);
        this.bridgesRequired = bridgesRequired;
        this.costOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(costOverrides));
    }

    /** Costs over the topology's IP transport; without one, every other site is unreachable. */
    public static SiteCosts of(Topology topology) {
        List<String> sites = new ArrayList<>();
        topology.sites().forEach(s -> sites.add(s.dn()));
        Optional<InterSiteTransport> ip = topology.ipTransport();
        if (ip.isEmpty()) {
            return of(sites, List.of(), List.of(), false);
        }
        return of(sites, topology.siteLinksOf(ip.get()), topology.bridgesOf(ip.get()), ip.get().bridgesRequired());
    }

    public static SiteCosts of(List<String> siteDns, List<SiteLink> links, List<SiteLinkBridge> bridges,
            boolean bridgesRequired) {
        return new SiteCosts(siteDns, links, bridges, bridgesRequired, Map.of());
    }

    /** The same forest with one link's cost changed (what-if; nothing is written). */
    public SiteCosts withLinkCost(String linkDn, long cost) {
        if (cost < 0) {
            throw new IllegalArgumentException("A site-link cost cannot be negative: " + cost);
        }
        Map<String, Long> overrides = new LinkedHashMap<>(costOverrides);
        overrides.put(DnNames.key(linkDn), cost);
        return new SiteCosts(siteDns, links, bridges, bridgesRequired, overrides);
    }

    /** The same forest with "Bridge all site links" turned off (true) or on (false). */
    public SiteCosts withBridgesRequired(boolean required) {
        return new SiteCosts(siteDns, links, bridges, required, costOverrides);
    }

    public boolean bridgesRequired() {
        return bridgesRequired;
    }

    public List<String> siteDns() {
        return siteDns;
    }

    public List<SiteLink> links() {
        return links;
    }

    /** A link's cost as used here: the what-if value if one was set, else the stored cost. */
    public long costOf(SiteLink link) {
        Long override = costOverrides.get(link.key());
        return override != null ? override : Math.max(0, link.cost());
    }

    public long cost(String fromSiteDn, String toSiteDn) {
        return path(fromSiteDn, toSiteDn).cost();
    }

    /** The cheapest path; unreachable when either site is unknown or no allowed path joins them. */
    public SitePath path(String fromSiteDn, String toSiteDn) {
        Integer from = indexOf(fromSiteDn);
        Integer to = indexOf(toSiteDn);
        if (from == null || to == null) {
            return DnNames.same(fromSiteDn, toSiteDn) ? new SitePath(fromSiteDn, toSiteDn, 0, List.of())
                    : SitePath.unreachable(fromSiteDn, toSiteDn);
        }
        return pathsFrom.computeIfAbsent(from, this::computeFrom)[to];
    }

    /** The site's index, by its DN as written first (a planner asks for the same few DNs thousands of times). */
    private Integer indexOf(String siteDn) {
        if (siteDn == null) {
            return null;
        }
        Integer index = indexByDn.get(siteDn);
        if (index == null) {
            index = indexByKey.getOrDefault(DnNames.key(siteDn), -1);
            indexByDn.put(siteDn, index);
        }
        return index < 0 ? null : index;
    }

    private SitePath[] computeFrom(int source) {
        SitePath[] best = new SitePath[siteDns.size()];
        if (bridgesRequired) {
            improve(best, directNeighbours(source));
            for (List<SiteLink> bridged : bridgedLinks()) {
                improve(best, shortestPaths(source, bridged));
            }
        } else {
            improve(best, shortestPaths(source, links));
        }
        String from = siteDns.get(source);
        for (int i = 0; i < best.length; i++) {
            if (i == source) {
                best[i] = new SitePath(from, siteDns.get(i), 0, List.of());
            } else if (best[i] == null) {
                best[i] = SitePath.unreachable(from, siteDns.get(i));
            }
        }
        return best;
    }

    /** The sites one link away, each at the cheapest single link joining it to the source. */
    private SitePath[] directNeighbours(int source) {
        SitePath[] out = new SitePath[siteDns.size()];
        String from = siteDns.get(source);
        for (SiteLink link : linksBySite().getOrDefault(source, List.of())) {
            for (String siteDn : link.siteDns()) {
                Integer to = indexByKey.get(DnNames.key(siteDn));
                if (to != null && to != source && (out[to] == null || costOf(link) < out[to].cost())) {
                    out[to] = new SitePath(from, siteDns.get(to), costOf(link), List.of(link));
                }
            }
        }
        return out;
    }

    private Map<Integer, List<SiteLink>> linksBySite() {
        Map<Integer, List<SiteLink>> index = linksBySite;
        if (index == null) {
            index = new HashMap<>();
            for (SiteLink link : links) {
                for (String siteDn : link.siteDns()) {
                    Integer site = indexByKey.get(DnNames.key(siteDn));
                    if (site != null) {
                        List<SiteLink> list = index.computeIfAbsent(site, k -> new ArrayList<>());
                        if (list.isEmpty() || list.get(list.size() - 1) != link) {
                            list.add(link);
                        }
                    }
                }
            }
            linksBySite = index;
        }
        return index;
    }

    private static void improve(SitePath[] best, SitePath[] candidate) {
        for (int i = 0; i < best.length; i++) {
            SitePath c = candidate[i];
            if (c != null && (best[i] == null || c.cost() < best[i].cost()
                    || c.cost() == best[i].cost() && c.hops() < best[i].hops())) {
                best[i] = c;
            }
        }
    }

    private List<List<SiteLink>> bridgedLinks() {
        List<List<SiteLink>> sets = bridgedLinks;
        if (sets == null) {
            Map<String, SiteLink> byKey = new HashMap<>();
            for (SiteLink link : links) {
                byKey.put(link.key(), link);
            }
            sets = new ArrayList<>();
            for (SiteLinkBridge bridge : bridges) {
                sets.add(linksOf(bridge, byKey));
            }
            bridgedLinks = sets;
        }
        return sets;
    }

    private static List<SiteLink> linksOf(SiteLinkBridge bridge, Map<String, SiteLink> byKey) {
        List<SiteLink> out = new ArrayList<>();
        for (String dn : bridge.siteLinkDns()) {
            SiteLink link = byKey.get(DnNames.key(dn));
            if (link != null && !out.contains(link)) {
                out.add(link);
            }
        }
        return out;
    }

    /**
     * Dijkstra from one site over the given links; null where no path exists. Nodes are the sites the links
     * touch plus one hub per link (site to hub costs the link's cost, hub to site nothing), so a run costs
     * in proportion to the links' sites, and a link joining many sites adds edges per site, not per pair. The
     * graph of each set of links is built once; the paths found share their prefixes.
     */
    private SitePath[] shortestPaths(int source, List<SiteLink> usable) {
        SitePath[] out = new SitePath[siteDns.size()];
        LinkGraph graph = graphs.computeIfAbsent(usable, u -> new LinkGraph(u, siteDns.size(), indexByKey));
        int start = graph.nodeOfSite[source];
        if (start < 0) {
            return out;
        }
        int nodes = graph.adjacency.length;
        long[] distance = new long[nodes];
        int[] previous = new int[nodes];
        Arrays.fill(distance, Long.MAX_VALUE);
        distance[start] = 0;
        PriorityQueue<long[]> queue = new PriorityQueue<>((x, y) -> Long.compare(x[0], y[0]));
        queue.add(new long[] { 0, start });
        while (!queue.isEmpty()) {
            long[] head = queue.poll();
            int node = (int) head[1];
            if (head[0] > distance[node]) {
                continue;
            }
            for (int next : graph.adjacency[node]) {
                int link = graph.linkOfNode[next];
                long total = distance[node] + (link >= 0 ? costOf(usable.get(link)) : 0);
                if (total < distance[next] && total < UNREACHABLE) {
                    distance[next] = total;
                    previous[next] = node;
                    queue.add(new long[] { total, next });
                }
            }
        }
        String from = siteDns.get(source);
        SitePath[] bySiteNode = new SitePath[nodes];
        bySiteNode[start] = new SitePath(from, from, 0, List.of());
        for (int site = 0; site < out.length; site++) {
            int node = graph.nodeOfSite[site];
            if (node >= 0 && node != start && distance[node] != Long.MAX_VALUE) {
                out[site] = pathTo(node, graph, usable, previous, distance, bySiteNode, from);
            }
        }
        return out;
    }

    /** The path to a site node: the path to the site before its last hub, then that hub's link (memoised). */
    private SitePath pathTo(int node, LinkGraph graph, List<SiteLink> usable, int[] previous, long[] distance,
            SitePath[] bySiteNode, String from) {
        java.util.ArrayDeque<Integer> pending = new java.util.ArrayDeque<>();
        for (int at = node; bySiteNode[at] == null; at = previous[previous[at]]) {
            pending.push(at);
        }
        while (!pending.isEmpty()) {
            int at = pending.pop();
            int hub = previous[at];
            SitePath before = bySiteNode[previous[hub]];
            bySiteNode[at] = new SitePath(from, siteDns.get(graph.siteOfNode[at]), distance[at], before,
                    usable.get(graph.linkOfNode[hub]));
        }
        return bySiteNode[node];
    }
}
