package io.adtopo.core.dfs;

import static io.adtopo.core.dfs.DfsFixtures.site;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.topology.SiteCosts;
import io.adtopo.core.topology.SiteLink;
import io.adtopo.core.topology.TopologyReader;

/** The ordering rules of seed 001 and MS-DFSC 3.2.5.5, one rule per test, over the test forest's site costs. */
class ReferralPlannerTest {

    private SiteCosts costs;
    private final Map<String, TargetSite> sites = new HashMap<>();

    @BeforeEach
    void readCosts() throws DirectoryException {
        costs = SiteCosts.of(new TopologyReader().read(DfsFixtures.forest(), new NullProgressMonitor()));
    }

    private DfsTarget target(String host, String siteName, PriorityClass priorityClass, int rank) {
        sites.put(host, siteName == null ? TargetSite.unknown(host, "no address")
                : TargetSite.found(host, site(siteName), "test"));
        return new DfsTarget("\\\\" + host + "\\share", TargetState.ONLINE, priorityClass, rank);
    }

    private DfsTarget target(String host, String siteName) {
        return target(host, siteName, PriorityClass.SITE_COST_NORMAL, 0);
    }

    private Referral plan(String client, OrderingMethod method, DfsTarget... targets) {
        ReferralSettings settings = ReferralSettings.ofRoot(DfsProperties.of(List.of("ReferralSiteCosting=on")))
                .withMethod(method);
        return new ReferralPlanner(costs).plan(List.of(targets), t -> sites.get(t.host()), site(client), settings);
    }

    /** Each set as "host+host", sets joined by " | ". */
    private static String sets(Referral referral) {
        return referral.sets().stream()
                .map(s -> s.members().stream().map(p -> p.target().host()).collect(Collectors.joining("+")))
                .collect(Collectors.joining(" | "));
    }

    @ParameterizedTest
    @EnumSource(OrderingMethod.class)
    void sameSiteTargetsComeFirstUnderEveryMethod(OrderingMethod method) {
        Referral referral = plan("Houston", method, target("fs-liv", "Liverpool"), target("fs-hou", "Houston"),
                target("fs-hou2", "Houston"), target("fs-den", "Denver"));
        TargetSet first = referral.sets().get(0);
        assertTrue(first.isSameSite());
        assertEquals("fs-hou+fs-hou2", sets(referral).split(" \\| ")[0]);
        assertTrue(first.members().get(0).reason().startsWith("same site (Houston)"),
                first.members().get(0).reason());
    }

    @Test
    void lowestCostListsSetsOfEqualCostInAscendingCost() {
        Referral referral = plan("Liverpool", OrderingMethod.LOWEST_COST, target("fs-den", "Denver"),
                target("fs-hou", "Houston"), target("fs-cha", "Charlotte"), target("fs-cha2", "Charlotte"),
                target("fs-sea", "Seattle"));
        assertEquals("fs-cha+fs-cha2 | fs-hou | fs-den | fs-sea", sets(referral));
        assertEquals(List.of(100L, 150L, 200L, 300L),
                referral.sets().stream().map(TargetSet::orderingCost).collect(Collectors.toList()));
        assertEquals("cost 200 via LIV-HOU, HOU-DEN (Denver)", referral.sets().get(2).members().get(0).reason());
    }

    @Test
    void randomOrderPutsAllOutOfSiteTargetsInOneSet() {
        Referral referral = plan("Liverpool", OrderingMethod.RANDOM, target("fs-den", "Denver"),
                target("fs-liv", "Liverpool"), target("fs-cha", "Charlotte"), target("fs-x", null));
        assertEquals("fs-liv | fs-cha+fs-den+fs-x", sets(referral));
        assertEquals(0, referral.sets().get(1).orderingCost());
        assertTrue(referral.sets().get(1).members().get(0).reason().contains("random order"));
    }

    @Test
    void excludeKeepsOnlySameSiteTargetsAndThoseFirstOrLastAmongAll() {
        Referral referral = plan("Denver", OrderingMethod.EXCLUDE_OUTSIDE_SITE,
                target("fs-hou", "Houston", PriorityClass.GLOBAL_HIGH, 0), target("fs-liv", "Liverpool"),
                target("fs-den", "Denver"), target("fs-sea", "Seattle", PriorityClass.GLOBAL_LOW, 0),
                target("fs-cha", "Charlotte", PriorityClass.SITE_COST_HIGH, 0));
        assertEquals("fs-hou | fs-den | fs-sea", sets(referral));
        assertEquals(List.of(ReferralGroup.FIRST_AMONG_ALL, ReferralGroup.BY_SITE, ReferralGroup.LAST_AMONG_ALL),
                referral.sets().stream().map(TargetSet::group).collect(Collectors.toList()));
        assertEquals(List.of("fs-liv", "fs-cha"),
                referral.leftOut().stream().map(p -> p.target().host()).collect(Collectors.toList()));
        assertTrue(referral.leftOut().get(0).reason().contains("excluded"), referral.leftOut().get(0).reason());
    }

    @Test
    void excludeWithoutSameSiteOrGlobalTargetsGivesAnEmptyReferralSaidPlainly() {
        Referral referral = plan("London", OrderingMethod.EXCLUDE_OUTSIDE_SITE, target("fs-den", "Denver"),
                target("fs-sea", "Seattle"));
        assertTrue(referral.isEmpty());
        String reason = referral.emptyReason().orElseThrow();
        assertTrue(reason.startsWith("No referral"), reason);
        assertTrue(reason.contains("London"), reason);
        assertTrue(referral.order(new java.util.Random(1)).isEmpty());
        assertFalse(plan("London", OrderingMethod.LOWEST_COST, target("fs-den", "Denver")).isEmpty());
    }

    @Test
    void aCostZeroSiteCostLowTargetComesBeforeACostOneSiteCostHighTarget() {
        List<String> abc = List.of(site("A"), site("B"), site("C"));
        String ip = "CN=IP,CN=Inter-Site Transports," + DfsFixtures.SITES;
        costs = SiteCosts.of(abc, List.of(new SiteLink("CN=A-B," + ip, 0, 180, 0, List.of(site("A"), site("B"))),
                new SiteLink("CN=A-C," + ip, 1, 180, 0, List.of(site("A"), site("C")))), List.of(), false);
        Referral referral = plan("A", OrderingMethod.LOWEST_COST, target("high", "C", PriorityClass.SITE_COST_HIGH, 0),
                target("low", "B", PriorityClass.SITE_COST_LOW, 0));
        assertEquals("low | high", sets(referral));
    }

    @Test
    void withinOneCostHighThenNormalThenLowThenRank() {
        Referral referral = plan("Liverpool", OrderingMethod.LOWEST_COST,
                target("low", "Charlotte", PriorityClass.SITE_COST_LOW, 0),
                target("normal5", "Charlotte", PriorityClass.SITE_COST_NORMAL, 5),
                target("normal0", "Charlotte", PriorityClass.SITE_COST_NORMAL, 0),
                target("high1", "Charlotte", PriorityClass.SITE_COST_HIGH, 1),
                target("high0", "Charlotte", PriorityClass.SITE_COST_HIGH, 0),
                target("normal0b", "Charlotte", PriorityClass.SITE_COST_NORMAL, 0));
        assertEquals("high0 | high1 | normal0+normal0b | normal5 | low", sets(referral));
    }

    @Test
    void targetsFirstAmongAllFollowCostThenRank() {
        Referral referral = plan("Liverpool", OrderingMethod.LOWEST_COST,
                target("g3", "Seattle", PriorityClass.GLOBAL_HIGH, 3), target("g0", "Seattle", PriorityClass.GLOBAL_HIGH, 0),
                target("far", "London", PriorityClass.GLOBAL_HIGH, 0), target("fs-liv", "Liverpool"));
        assertEquals("g0 | g3 | far | fs-liv", sets(referral));
    }

    @Test
    void offlineTargetsAreLeftOut() {
        DfsTarget offline = target("fs-lon", "London").withState(TargetState.OFFLINE);
        Referral referral = plan("London", OrderingMethod.LOWEST_COST, offline, target("fs-sea", "Seattle"));
        assertEquals("fs-sea", sets(referral));
        assertEquals("fs-lon", referral.leftOut().get(0).target().host());
        assertTrue(referral.leftOut().get(0).reason().startsWith("offline"));
        Referral none = plan("London", OrderingMethod.RANDOM, offline);
        assertEquals("No referral: every target is offline.", none.emptyReason().orElseThrow());
    }

    @Test
    void targetsOfUnknownOrUnreachableSitesCostTheMaximumAndComeLast() {
        Referral referral = plan("Liverpool", OrderingMethod.LOWEST_COST, target("nowhere", null),
                target("lab", "Lab"), target("fs-lon", "London"));
        assertEquals("fs-lon | lab+nowhere", sets(referral));
        assertEquals(SiteCosts.UNREACHABLE, referral.sets().get(1).orderingCost());
        PlannedTarget nowhere = referral.sets().get(1).members().get(1);
        assertTrue(nowhere.reason().startsWith("site unknown, so maximum cost"), nowhere.reason());
    }

    /** The Software folder of the test forest (tests/forest/README.md) for a client in Liverpool. */
    @Test
    void theSoftwareFolderForLiverpool() {
        List<DfsTarget> software = new ArrayList<>(List.of(
                target("fs-liv", "Liverpool"), target("fs-liv2", "Liverpool", PriorityClass.SITE_COST_NORMAL, 1),
                target("fs-hou", "Houston", PriorityClass.GLOBAL_HIGH, 0),
                target("fs-cha", "Charlotte", PriorityClass.SITE_COST_HIGH, 0),
                target("fs-cha2", "Charlotte", PriorityClass.SITE_COST_LOW, 0),
                target("fs-den", "Denver", PriorityClass.SITE_COST_NORMAL, 5),
                target("fs-sea", "Seattle", PriorityClass.GLOBAL_LOW, 0),
                target("fs-lon", "London").withState(TargetState.OFFLINE), target("fs-nowhere", null)));
        Referral referral = plan("Liverpool", OrderingMethod.LOWEST_COST, software.toArray(new DfsTarget[0]));
        assertEquals("fs-hou | fs-liv | fs-liv2 | fs-cha | fs-cha2 | fs-den | fs-nowhere | fs-sea", sets(referral));
        assertEquals("first among all targets; cost 150 via LIV-HOU (Houston)",
                referral.sets().get(0).members().get(0).reason());
    }
}
