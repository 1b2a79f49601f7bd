package io.adtopo.core.dfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.topology.SiteLink;

/** What-if changes on the Software folder of the fixture forest: each one moves targets as the rules say. */
class ReferralWhatIfTest {

    private static final String LIVERPOOL = DfsFixtures.site("Liverpool");

    private static DfsTarget target(FolderPreview preview, String host) {
        return preview.folder().targets().stream().filter(t -> t.host().startsWith(host + ".")).findFirst()
                .orElseThrow();
    }

    private static SiteLink link(FolderPreview preview, String name) {
        return preview.costs().links().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void noChangeIsTheStoredReferral() throws DirectoryException {
        FolderPreview preview = ForestReferralsTest.prepare(DfsFixtures.forest(), "Software");
        assertTrue(ReferralWhatIf.none().isNone());
        assertEquals(ForestReferralsTest.sets(preview.plan(LIVERPOOL)),
                ForestReferralsTest.sets(ReferralWhatIf.none().plan(preview, LIVERPOOL)));
    }

    @Test
    void anotherMethodReordersWithoutTouchingTheStoredSettings() throws DirectoryException {
        FolderPreview preview = ForestReferralsTest.prepare(DfsFixtures.forest(), "Software");
        ReferralWhatIf random = ReferralWhatIf.none().withMethod(OrderingMethod.RANDOM);
        assertEquals("fs-hou | fs-liv | fs-liv2 | fs-cha | fs-nowhere | fs-den | fs-cha2 | fs-sea",
                ForestReferralsTest.sets(random.plan(preview, LIVERPOOL)), "outside the site, cost no longer orders");
        assertEquals(OrderingMethod.LOWEST_COST, preview.storedSettings().method());
        assertEquals(List.of("method: Random order"), random.describe());
    }

    @Test
    void aPriorityChangeMovesTheTarget() throws DirectoryException {
        FolderPreview preview = ForestReferralsTest.prepare(DfsFixtures.forest(), "Software");
        ReferralWhatIf last = ReferralWhatIf.none().withPriority(target(preview, "fs-liv"), PriorityClass.GLOBAL_LOW, 0);
        assertEquals("fs-hou | fs-liv2 | fs-cha | fs-cha2 | fs-den | fs-nowhere | fs-liv | fs-sea",
                ForestReferralsTest.sets(last.plan(preview, LIVERPOOL)));
        assertThrows(IllegalArgumentException.class,
                () -> last.withPriority(target(preview, "fs-liv"), PriorityClass.GLOBAL_LOW, 32));
    }

    @Test
    void aCheaperLinkAndBridgingChangeTheCosts() throws DirectoryException {
        FolderPreview preview = ForestReferralsTest.prepare(DfsFixtures.forest(), "Software");
        ReferralWhatIf cheap = ReferralWhatIf.none().withLinkCost(link(preview, "LIV-HOU"), 10);
        assertEquals("fs-hou | fs-liv | fs-liv2 | fs-den | fs-cha | fs-cha2 | fs-nowhere | fs-sea",
                ForestReferralsTest.sets(cheap.plan(preview, LIVERPOOL)), "Denver now costs 60, Charlotte 100");
        ReferralWhatIf bridged = ReferralWhatIf.none().withBridgesRequired(true);
        assertEquals("fs-hou | fs-liv | fs-liv2 | fs-cha | fs-cha2 | fs-nowhere | fs-den | fs-sea",
                ForestReferralsTest.sets(bridged.plan(preview, LIVERPOOL)));
        assertEquals(List.of("LIV-HOU cost: 10", "Bridge all site links: off"),
                cheap.withBridgesRequired(true).describe());
        assertThrows(IllegalArgumentException.class, () -> cheap.withLinkCost(link(preview, "LIV-HOU"), -5));
    }
}
