package io.adtopo.core.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.connection.Credentials;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.LdapEntry;
import io.adtopo.core.ldap.SearchSpec;
import io.adtopo.core.testing.LdifDirectory;

/**
 * Chasing over fake servers: dc1.contoso.com (forest root), emea.contoso.com (child domain), fabrikam.com
 * (outside the forest). Every bind is recorded, so what is sent where can be asserted.
 */
class ReferralChaserTest {

    private static final String ADMIN = "CN=Administrator,CN=Users,DC=contoso,DC=com";
    private FakeServers servers;
    private ReferralResolver forest;
    private final List<ChaseTarget> asked = new ArrayList<>();

    @BeforeEach
    void servers() throws DirectoryException {
        servers = new FakeServers().server("dc1.contoso.com", "contoso.ldif").server("contoso.com", "contoso.ldif")
                .server("emea.contoso.com", "emea.ldif").server("fabrikam.com", "fabrikam.ldif")
                .continuation("dc1.contoso.com", "DC=emea,DC=contoso,DC=com",
                        "ldap://emea.contoso.com/DC=emea,DC=contoso,DC=com");
        forest = ReferralResolver.read(LdifDirectory.fromResource(getClass(), "contoso.ldif"), new NullProgressMonitor());
    }

    /** Takes whatever the target offers, as a user who accepts the dialog's default does. */
    private BindChoice acceptOffered(ChaseTarget target) {
        asked.add(target);
        return BindChoice.of(target.offered());
    }

    private ChaseResult chase(String dn, SearchSpec spec, ReferralChaser.Consent consent, int hops) {
        ReferralChaser chaser = new ReferralChaser(servers, consent, forest,
                Credentials.of(ADMIN, "secret".toCharArray()), hops);
        return chaser.chase(new LdapUrl(false, "dc1.contoso.com", 389, dn), "the connection", spec.withBase(dn),
                new NullProgressMonitor());
    }

    private static List<ChaseStep.Outcome> outcomes(ChaseResult result) {
        return result.steps().stream().map(ChaseStep::outcome).collect(Collectors.toList());
    }

    private static List<String> dns(List<LdapEntry> entries) {
        return entries.stream().map(LdapEntry::dn).collect(Collectors.toList());
    }

    @Test
    void aSubtreeSearchFollowsTheContinuationIntoTheChildDomainWithTheConnectionsCredentials() {
        ChaseResult result = chase("DC=contoso,DC=com", SearchSpec.subtree("", "(objectClass=user)"),
                this::acceptOffered, 5);
        assertEquals(List.of(ChaseStep.Outcome.SEARCHED, ChaseStep.Outcome.SEARCHED), outcomes(result));
        assertEquals(List.of("CN=Ann,OU=People,DC=contoso,DC=com", "CN=Bob,OU=People,DC=contoso,DC=com"),
                dns(result.steps().get(0).entries()), "kept separate: the first server's own");
        assertEquals(List.of("CN=Ann,OU=People,DC=contoso,DC=com", "CN=Bob,OU=People,DC=contoso,DC=com",
                "CN=Eve,DC=emea,DC=contoso,DC=com"), dns(result.mergedEntries()), "merged: one result set");
        assertTrue(asked.get(1).inForest());
        assertEquals("emea.contoso.com as " + ADMIN + " +pw", servers.binds.get(1).toString());
    }

    @Test
    void anExternalHostIsOfferedAnAnonymousBindAndGetsNoCredentials() {
        ChaseResult result = chase("OU=Sales,DC=fabrikam,DC=com", SearchSpec.subtree("", "(objectClass=user)"),
                this::acceptOffered, 5);
        ChaseStep first = result.steps().get(0);
        assertTrue(first.message().startsWith("No such object here; by its crossRefs this server refers the DN to"
                + " ldap://fabrikam.com/OU=Sales,DC=fabrikam,DC=com"), first.message());
        ChaseTarget external = asked.get(1);
        assertFalse(external.inForest());
        assertEquals(BindChoice.Bind.ANONYMOUS, external.offered());
        assertEquals("fabrikam.com as anonymous", servers.binds.get(1).toString());
        assertEquals("anonymous", result.steps().get(1).boundAs());
        assertEquals(List.of("CN=Grace,OU=Sales,DC=fabrikam,DC=com"), dns(result.mergedEntries()));
    }

    @Test
    void nothingIsSentToAServerTheUserSkips() {
        ChaseResult result = chase("OU=Sales,DC=fabrikam,DC=com", SearchSpec.subtree("", "(objectClass=*)"),
                target -> target.inForest() ? BindChoice.connection() : BindChoice.skip(), 5);
        assertEquals(List.of(ChaseStep.Outcome.SEARCHED, ChaseStep.Outcome.SKIPPED), outcomes(result));
        assertEquals(List.of("dc1.contoso.com"), servers.hostsContacted());
    }

    @Test
    void otherCredentialsGoOnlyWhereTheyWereGiven() {
        chase("OU=Sales,DC=fabrikam,DC=com", SearchSpec.subtree("", "(objectClass=*)"),
                target -> target.inForest() ? BindChoice.connection()
                        : BindChoice.other(Credentials.of("CN=Reader,DC=fabrikam,DC=com", "pw".toCharArray())), 5);
        assertEquals("[dc1.contoso.com as " + ADMIN + " +pw, fabrikam.com as CN=Reader,DC=fabrikam,DC=com +pw]",
                servers.binds.toString());
    }

    @Test
    void aReferralLoopBetweenTwoCrossRefsStopsWithAClearMessage() {
        ChaseResult result = chase("DC=loop,DC=example", SearchSpec.subtree("", "(objectClass=*)"),
                this::acceptOffered, 10);
        assertEquals(List.of(ChaseStep.Outcome.SEARCHED, ChaseStep.Outcome.SEARCHED, ChaseStep.Outcome.SEARCHED,
                ChaseStep.Outcome.LOOP), outcomes(result));
        assertEquals(List.of("dc1.contoso.com", "fabrikam.com", "contoso.com"), servers.hostsContacted());
        assertEquals("Referral loop: ldap://fabrikam.com/DC=loop,DC=example was already followed at hop 2; not"
                + " followed again.", result.steps().get(3).message());
        assertTrue(result.stoppedEarly());
    }

    @Test
    void theHopLimitStopsALongChain() {
        ChaseResult result = chase("DC=loop,DC=example", SearchSpec.subtree("", "(objectClass=*)"),
                this::acceptOffered, 2);
        assertEquals(List.of(ChaseStep.Outcome.SEARCHED, ChaseStep.Outcome.SEARCHED, ChaseStep.Outcome.HOP_LIMIT),
                outcomes(result));
        assertEquals("Not followed: more than 2 hops (ldap://contoso.com/DC=loop,DC=example).",
                result.steps().get(2).message());
    }

    @Test
    void aReferralResultIsFollowedAndAnUnreachableServerIsAStepNotAFailure() {
        servers.referral("dc1.contoso.com", "OU=Moved,DC=contoso,DC=com",
                "ldap://gone.contoso.com/OU=Moved,DC=contoso,DC=com");
        ChaseResult result = chase("OU=Moved,DC=contoso,DC=com", SearchSpec.subtree("", "(objectClass=*)"),
                this::acceptOffered, 5);
        assertEquals(List.of(ChaseStep.Outcome.SEARCHED, ChaseStep.Outcome.FAILED), outcomes(result));
        assertEquals("0 entries, 1 referrals.", result.steps().get(0).message());
        assertTrue(result.steps().get(1).message().startsWith("No answer from gone.contoso.com"));
    }

    @Test
    void theHopLimitIsAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> new ReferralChaser(servers, t -> BindChoice.skip(), forest,
                Credentials.anonymous(), 0));
    }
}
