package io.adtopo.core.dfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.adtopo.core.topology.SiteCosts;
import io.adtopo.core.topology.SiteLink;

/**
 * Over many random forests, target lists and methods: every order a client may receive is a permutation of
 * the referral's targets that keeps each set together and the sets in order, and the sets follow the rules.
 */
class ReferralPlannerPropertiesTest {

    static List<Long> seeds() {
        List<Long> seeds = new ArrayList<>();
        for (long seed = 1; seed <= 400; seed++) {
            seeds.add(seed);
        }
        return seeds;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyOrderIsAPermutationThatRespectsSetBoundaries(long seed) {
        Random random = new Random(seed);
        int siteCount = 1 + random.nextInt(8);
        List<String> sites = new ArrayList<>();
        for (int i = 0; i < siteCount; i++) {
            sites.add(DfsFixtures.site("S" + i));
        }
        List<SiteLink> links = new ArrayList<>();
        for (int l = random.nextInt(siteCount * 2); l > 0; l--) {
            links.add(new SiteLink("CN=L" + l + ",CN=IP", random.nextInt(4) * 50L, 180, 0,
                    List.of(sites.get(random.nextInt(siteCount)), sites.get(random.nextInt(siteCount)))));
        }
        SiteCosts costs = SiteCosts.of(sites, links, List.of(), random.nextBoolean());
        Map<DfsTarget, TargetSite> siteOf = new IdentityHashMap<>();
        List<DfsTarget> targets = new ArrayList<>();
        PriorityClass[] classes = PriorityClass.values();
        for (int t = random.nextInt(15); t > 0; t--) {
            DfsTarget target = new DfsTarget("\\\\fs" + t + "\\share",
                    random.nextInt(6) == 0 ? TargetState.OFFLINE : TargetState.ONLINE,
                    classes[random.nextInt(classes.length)], random.nextInt(3));
            targets.add(target);
            int where = random.nextInt(siteCount + 1);
            siteOf.put(target, where == siteCount ? TargetSite.unknown(target.host(), "no address")
                    : TargetSite.found(target.host(), sites.get(where), "test"));
        }
        OrderingMethod method = OrderingMethod.values()[random.nextInt(3)];
        ReferralSettings settings = ReferralSettings.ofRoot(DfsProperties.of(List.of())).withMethod(method);
        String client = sites.get(random.nextInt(siteCount));
        Referral referral = new ReferralPlanner(costs).plan(targets, siteOf::get, client, settings);

        assertEachTargetPlacedOnce(targets, referral);
        assertSetsFollowTheRules(referral, method);
        for (int shuffle = 0; shuffle < 5; shuffle++) {
            assertOrderKeepsSets(referral, referral.order(new Random(seed * 31 + shuffle)));
        }
    }

    private static void assertEachTargetPlacedOnce(List<DfsTarget> targets, Referral referral) {
        Map<DfsTarget, Integer> seen = new IdentityHashMap<>();
        referral.targets().forEach(p -> seen.merge(p.target(), 1, Integer::sum));
        referral.leftOut().forEach(p -> seen.merge(p.target(), 1, Integer::sum));
        assertEquals(targets.size(), seen.size());
        seen.values().forEach(count -> assertEquals(1, count));
        referral.targets().forEach(p -> assertTrue(p.target().isOnline(), "an offline target was referred"));
    }

    private static void assertSetsFollowTheRules(Referral referral, OrderingMethod method) {
        TargetSet previous = null;
        for (TargetSet set : referral.sets()) {
            for (PlannedTarget member : set.members()) {
                assertEquals(ReferralGroup.of(member.target().priorityClass()), set.group());
                assertEquals(set.priorityClass(), member.target().priorityClass());
                assertEquals(set.rank(), member.target().rank());
                assertEquals(set.isSameSite(), member.isSameSite());
                if (method == OrderingMethod.EXCLUDE_OUTSIDE_SITE && set.group() == ReferralGroup.BY_SITE) {
                    assertTrue(member.isSameSite(), "exclude referred an out-of-site target");
                }
                if (method == OrderingMethod.LOWEST_COST) {
                    assertEquals(member.cost(), set.orderingCost());
                }
            }
            if (method == OrderingMethod.RANDOM) {
                assertEquals(0, set.orderingCost());
            }
            if (previous != null) {
                assertTrue(before(previous, set), previous + " should come before " + set);
            }
            previous = set;
        }
    }

    /** Strictly earlier by group, then same site, then cost, then class, then rank. */
    private static boolean before(TargetSet a, TargetSet b) {
        if (a.group() != b.group()) {
            return a.group().compareTo(b.group()) < 0;
        }
        if (a.isSameSite() != b.isSameSite()) {
            return a.isSameSite();
        }
        if (a.orderingCost() != b.orderingCost()) {
            return a.orderingCost() < b.orderingCost();
        }
        if (a.priorityClass() != b.priorityClass()) {
            return a.priorityClass().compareTo(b.priorityClass()) < 0;
        }
        return a.rank() < b.rank();
    }

    private static void assertOrderKeepsSets(Referral referral, List<PlannedTarget> order) {
        Map<PlannedTarget, Integer> setOf = new HashMap<>();
        for (int i = 0; i < referral.sets().size(); i++) {
            for (PlannedTarget member : referral.sets().get(i).members()) {
                setOf.put(member, i);
            }
        }
        assertEquals(setOf.size(), order.size(), "the order has as many targets as the sets");
        assertEquals(setOf.keySet(), new java.util.HashSet<>(order), "the order is a permutation");
        int position = 0;
        for (int i = 0; i < referral.sets().size(); i++) {
            int size = referral.sets().get(i).members().size();
            for (int k = 0; k < size; k++, position++) {
                assertEquals(i, setOf.get(order.get(position)), "position " + position + " left its set");
            }
        }
    }
}
