package io.adtopo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.connection.Encryption;
import io.adtopo.tests.support.ForestConnectionCatalog;
import io.adtopo.tests.support.ReferralsViewPage;
import io.adtopo.tests.support.TestForest;
import io.adtopo.tests.support.Workbench;
import io.adtopo.ui.TopologyPerspective;
import io.adtopo.ui.referrals.ReferralNode;

/**
 * The Referrals view on DC1 of the forest: where a typed DN is answered, the continuation references of a
 * domain subtree search mapped to their crossRefs, and chasing the external crossRef to fabrikam.test through
 * the bind dialog (anonymous offered outside the forest; other credentials; skip).
 */
class ReferralsViewTest {

    private static final Duration LOAD = Duration.ofSeconds(60);
    private static final String SALES = "OU=Sales,DC=fabrikam,DC=test";
    private ReferralsViewPage page;

    @BeforeEach
    void open() {
        Workbench.showPerspective(TopologyPerspective.ID);
        page = ReferralsViewPage.open();
        page.part().chooseConnection(ForestConnectionCatalog.key(1, Encryption.NONE), LOAD);
    }

    @AfterEach
    void close() {
        Workbench.closeView(page.view());
    }

    private static List<String> children(ReferralNode node) {
        return node.children().stream().map(c -> c.label() + ": " + c.details()).collect(Collectors.toList());
    }

    @Test
    void theForestsExternalCrossRefsAreListed() {
        List<String> rows = page.rowLabels();
        assertEquals("External crossRefs (outside the forest)", rows.get(rows.size() - 1));
        ReferralNode externals = Workbench.ui(() -> page.view().rows().get(page.view().rows().size() - 1));
        assertEquals(List.of("DC=fabrikam,DC=test: Fabrikam: ldap://fabrikam.test/DC=fabrikam,DC=test"),
                children(externals));
    }

    @Test
    void aTypedDnShowsTheCrossRefThatAnswersAndTheReferral() {
        page.typeDn(SALES);
        page.press("answer");
        ReferralNode answer = page.waitForResult(LOAD);
        assertEquals("Answer for " + SALES, answer.label());
        assertTrue(answer.details().contains("crossRef Fabrikam (external) refers it to fabrikam.test"),
                answer.details());
        assertEquals(List.of("Kind: external crossRef: outside the forest",
                "crossRef: Fabrikam (external, nCName DC=fabrikam,DC=test, dnsRoot fabrikam.test)",
                "Held by the connected server: no",
                "Referral a DC gives: ldap://fabrikam.test/" + SALES), children(answer));

        page.typeDn("not a DN");
        page.press("answer");
        assertEquals("Not a valid DN: not a DN. RDN 1 (\"not a DN\") has no '=' between an attribute type and a"
                + " value.", page.waitForResult(LOAD).details());
    }

    @Test
    void aDomainSubtreeSearchListsItsContinuationReferencesMappedToCrossRefs() {
        page.typeDn("");
        page.press("search");
        ReferralNode search = page.waitForResult(LOAD);
        assertEquals("Subtree search of DC=contoso,DC=test", search.label());
        assertTrue(search.details().endsWith(" entries, 3 continuation references, 0 referrals"), search.details());
        List<String> rows = children(search);
        assertTrue(rows.contains("ldap://contoso.test/CN=Configuration,DC=contoso,DC=test: continuation reference:"
                + " crossRef Enterprise Configuration (configuration)"), rows.toString());
        assertEquals(3, rows.size());
    }

    @Test
    void chasingTheExternalCrossRefAsksFirstOffersAnonymousAndUsesTheCredentialsGiven() {
        TestForest forest = TestForest.get();
        page.typeDn(SALES);
        page.setMerge(true);
        page.press("chase");
        Shell dialog = page.waitForConsent(LOAD);
        assertEquals("anonymous", ReferralsViewPage.offered(dialog), "outside the forest, anonymous is offered");
        String message = ReferralsViewPage.message(dialog);
        assertTrue(message.contains("OUTSIDE this forest"), message);
        ReferralsViewPage.follow(dialog, "other", forest.get("fabrikam.admin.dn"), forest.get("fabrikam.admin.password"));
        ReferralNode chase = page.waitForResult(LOAD);
        assertEquals("Chase of " + SALES, chase.label());
        List<String> rows = children(chase);
        assertTrue(rows.get(1).startsWith("Hop 2: ldap://fabrikam.test/" + SALES + ": searched: bound as "
                + forest.get("fabrikam.admin.dn")), rows.toString());
        ReferralNode merged = chase.children().get(chase.children().size() - 1);
        assertEquals("Merged results", merged.label());
        assertEquals(List.of("CN=Ada Lovelace,OU=Sales,DC=fabrikam,DC=test", "CN=Alan Turing,OU=Sales,DC=fabrikam,DC=test",
                "CN=Grace Hopper,OU=Sales,DC=fabrikam,DC=test", SALES),
                merged.children().stream().map(ReferralNode::label).sorted().collect(Collectors.toList()));

        page.press("chase");
        ReferralsViewPage.skip(page.waitForConsent(LOAD));
        ReferralNode skipped = page.waitForResult(LOAD);
        assertTrue(children(skipped).get(1).contains("skipped: Skipped: not contacted."), children(skipped).toString());
    }
}
