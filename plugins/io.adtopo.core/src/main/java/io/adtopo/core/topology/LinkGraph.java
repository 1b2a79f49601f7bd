package io.adtopo.core.topology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.adtopo.core.ldap.DnNames;

/**
 * The graph Dijkstra walks for one set of site links: a node per site the links touch and a hub node per
 * link; a site and a hub are neighbours when the link lists the site. Built once per set of links.
 */
final class LinkGraph {

    /** Node of each site index, -1 for a site no link touches. */
    final int[] nodeOfSite;
    /** Site index of each node, -1 for hubs. */
    final int[] siteOfNode;
    /** Link index (in the list given) of each hub node, -1 for site nodes. */
    final int[] linkOfNode;
    final int[][] adjacency;

    LinkGraph(List<SiteLink> usable, int sites, Map<String, Integer> indexByKey) {
        nodeOfSite = new int[sites];
        Arrays.fill(nodeOfSite, -1);
        List<Integer> siteOf = new ArrayList<>();
        List<Integer> linkOf = new ArrayList<>();
        List<List<Integer>> around = new ArrayList<>();
        for (int l = 0; l < usable.size(); l++) {
            int hub = add(around, siteOf, linkOf, -1, l);
            for (String siteDn : usable.get(l).siteDns()) {
                Integer site = indexByKey.get(DnNames.key(siteDn));
                if (site == null) {
                    continue;
                }
                if (nodeOfSite[site] < 0) {
                    nodeOfSite[site] = add(around, siteOf, linkOf, site, -1);
                }
                int node = nodeOfSite[site];
                List<Integer> neighbours = around.get(node);
                if (neighbours.isEmpty() || neighbours.get(neighbours.size() - 1) != hub) {
                    around.get(hub).add(node);
                    neighbours.add(hub);
                }
            }
        }
        siteOfNode = siteOf.stream().mapToInt(Integer::intValue).toArray();
        linkOfNode = linkOf.stream().mapToInt(Integer::intValue).toArray();
        adjacency = new int[around.size()][];
        for (int i = 0; i < adjacency.length; i++) {
            adjacency[i] = around.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private static int add(List<List<Integer>> around, List<Integer> siteOf, List<Integer> linkOf, int site,
            int link) {
        around.add(new ArrayList<>(2));
        siteOf.add(site);
        linkOf.add(link);
        return around.size() - 1;
    }
}
