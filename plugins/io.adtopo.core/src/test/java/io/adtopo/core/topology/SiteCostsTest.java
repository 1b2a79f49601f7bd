package io.adtopo.core.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.dfs.DfsFixtures;

/** Site costs over the test forest's IP site links (tests/forest/README.md), with and without bridges. */
class SiteCostsTest {

    static final String SITES = "CN=Sites,CN=Configuration,DC=contoso,DC=test";
    static final String LINKS = "CN=IP,CN=Inter-Site Transports," + SITES;

    private Topology topology;
    private SiteCosts costs;

    @BeforeEach
    void read() throws DirectoryException {
        topology = new TopologyReader().read(DfsFixtures.forest(), new NullProgressMonitor());
        costs = SiteCosts.of(topology);
    }

    static String site(String name) {
        return "CN=" + name + "," + SITES;
    }

    private static String via(SitePath path) {
        return path.links().stream().map(SiteLink::name).collect(Collectors.joining(","));
    }

    @Test
    void bridgingAllLinksTakesTheCheapestPathOverAnyLinks() {
        assertFalse(costs.bridgesRequired());
        assertEquals(0, costs.cost(site("Liverpool"), site("Liverpool")));
        assertEquals(100, costs.cost(site("Liverpool"), site("Charlotte")));
        SitePath houston = costs.path(site("Liverpool"), site("Houston"));
        assertEquals(150, houston.cost(), "direct LIV-HOU 150 beats LIV-CHA + CHA-HOU 200");
        assertEquals("LIV-HOU", via(houston));
        assertEquals("cost 150 via LIV-HOU", houston.describe());
        SitePath denver = costs.path(site("Liverpool"), site("Denver"));
        assertEquals(200, denver.cost());
        assertEquals("LIV-HOU,HOU-DEN", via(denver));
        SitePath seattle = costs.path(site("Liverpool"), site("Seattle"));
        assertEquals(300, seattle.cost(), "through Denver (150+50+100) beats through Charlotte (100+300)");
        assertEquals("LIV-HOU,HOU-DEN,DEN-SEA", via(seattle));
        assertEquals(800, costs.cost(site("Liverpool"), site("London")));
    }

    @Test
    void aSiteWithoutLinksIsUnreachable() {
        SitePath lab = costs.path(site("Liverpool"), site("Lab"));
        assertFalse(lab.isReachable());
        assertEquals(SiteCosts.UNREACHABLE, lab.cost());
        assertEquals(0xFFFFFFFFL, lab.cost());
        assertTrue(lab.describe().startsWith("unreachable"), lab.describe());
        assertEquals(SiteCosts.UNREACHABLE, costs.cost(site("Liverpool"), site("Nowhere")));
    }

    @Test
    void requiredBridgesChainOnlyLinksOfOneBridge() {
        SiteCosts required = costs.withBridgesRequired(true);
        assertEquals(150, required.cost(site("Liverpool"), site("Houston")), "a single link is always a path");
        assertEquals(50, required.cost(site("Houston"), site("Denver")));
        assertFalse(required.path(site("Liverpool"), site("Denver")).isReachable(),
                "LIV-HOU and HOU-DEN share no bridge");
        SitePath seattle = required.path(site("Liverpool"), site("Seattle"));
        assertEquals(400, seattle.cost(), "BR-LIV-CHA-SEA bridges LIV-CHA and CHA-SEA");
        assertEquals("LIV-CHA,CHA-SEA", via(seattle));
        assertFalse(required.path(site("Liverpool"), site("London")).isReachable());
        assertEquals(100, required.cost(site("Seattle"), site("Denver")));
    }

    @Test
    void theTransportsOptionsDecideWhetherBridgesAreRequired() throws DirectoryException {
        SiteCosts stored = SiteCosts.of(
                new TopologyReader().read(DfsFixtures.forestWithBridgesRequired(), new NullProgressMonitor()));
        assertTrue(stored.bridgesRequired());
        assertFalse(stored.path(site("Liverpool"), site("Denver")).isReachable());
    }

    @Test
    void aWhatIfLinkCostChangesPathsWithoutTouchingTheOriginal() {
        SiteCosts cheaper = costs.withLinkCost("CN=CHA-SEA," + LINKS, 50);
        assertEquals(150, cheaper.cost(site("Liverpool"), site("Seattle")));
        assertEquals("LIV-CHA,CHA-SEA", via(cheaper.path(site("Liverpool"), site("Seattle"))));
        assertEquals(300, costs.cost(site("Liverpool"), site("Seattle")));
        assertThrows(IllegalArgumentException.class, () -> costs.withLinkCost("CN=CHA-SEA," + LINKS, -1));
    }

    @Test
    void costsAreSymmetricOverTheForest() {
        for (Site a : topology.sites()) {
            for (Site b : topology.sites()) {
                assertEquals(costs.cost(a.dn(), b.dn()), costs.cost(b.dn(), a.dn()), a.name() + " / " + b.name());
            }
        }
    }

    @Test
    void aLinkOfSeveralSitesJoinsEachPairAtItsCost() {
        List<String> sites = List.of(site("A"), site("B"), site("C"), site("D"));
        SiteLink hub = new SiteLink("CN=HUB," + LINKS, 40, 180, 0, List.of(site("A"), site("B"), site("C")));
        SiteLink tail = new SiteLink("CN=C-D," + LINKS, 5, 180, 0, List.of(site("C"), site("D")));
        SiteCosts multi = SiteCosts.of(sites, List.of(hub, tail), List.of(), false);
        assertEquals(40, multi.cost(site("A"), site("B")));
        assertEquals(40, multi.cost(site("B"), site("C")));
        assertEquals(45, multi.cost(site("A"), site("D")));
        assertEquals("HUB,C-D", via(multi.path(site("A"), site("D"))));
    }

    /** Shortest paths agree with an all-pairs reference (Floyd-Warshall) on random site graphs. */
    @Test
    void agreesWithFloydWarshallOnRandomGraphs() {
        for (int seed = 0; seed < 60; seed++) {
            Random random = new Random(seed);
            int n = 2 + random.nextInt(12);
            List<String> sites = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                sites.add(site("S" + i));
            }
            long[][] reference = new long[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    reference[i][j] = i == j ? 0 : Long.MAX_VALUE / 4;
                }
            }
            List<SiteLink> links = new ArrayList<>();
            int linkCount = random.nextInt(2 * n);
            for (int l = 0; l < linkCount; l++) {
                int a = random.nextInt(n);
                int b = random.nextInt(n);
                long cost = random.nextInt(500);
                links.add(new SiteLink("CN=L" + l + "," + LINKS, cost, 180, 0, List.of(sites.get(a), sites.get(b))));
                if (a != b) {
                    reference[a][b] = Math.min(reference[a][b], cost);
                    reference[b][a] = reference[a][b];
                }
            }
            for (int k = 0; k < n; k++) {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        reference[i][j] = Math.min(reference[i][j], reference[i][k] + reference[k][j]);
                    }
                }
            }
            SiteCosts graph = SiteCosts.of(sites, links, List.of(), false);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    long expected = reference[i][j] >= Long.MAX_VALUE / 4 ? SiteCosts.UNREACHABLE : reference[i][j];
                    SitePath path = graph.path(sites.get(i), sites.get(j));
                    assertEquals(expected, path.cost(), "seed " + seed + " " + i + "->" + j);
                    if (path.isReachable()) {
                        assertEquals(path.cost(), path.links().stream().mapToLong(graph::costOf).sum(),
                                "the path's links add up to its cost");
                    }
                }
            }
        }
    }
}
