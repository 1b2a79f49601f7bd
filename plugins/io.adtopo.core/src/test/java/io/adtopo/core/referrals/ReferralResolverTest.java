package io.adtopo.core.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.testing.LdifDirectory;
import io.adtopo.core.topology.Topology;
import io.adtopo.core.topology.TopologyReader;

/** Which naming context answers for a DN, over the seed forest's crossRefs (contoso.com, EMEA, Apps, Fabrikam). */
class ReferralResolverTest {

    private static final List<String> HELD = List.of("DC=contoso,DC=com", "CN=Configuration,DC=contoso,DC=com",
            "CN=Schema,CN=Configuration,DC=contoso,DC=com");
    private Topology topology;
    private ReferralResolver resolver;

    @BeforeEach
    void read() throws DirectoryException {
        LdifDirectory directory = LdifDirectory.fromResource(ReferralResolverTest.class, "/io/adtopo/core/topology/seed-forest.ldif");
        topology = new TopologyReader().read(directory, new NullProgressMonitor());
        resolver = ReferralResolver.of(topology, HELD, "");
    }

    @Test
    void aNamingContextTheServerHoldsIsAnsweredThere() {
        DnAnswer answer = resolver.answer("CN=Users,DC=contoso,DC=com");
        assertEquals(DnAnswer.Kind.HELD_HERE, answer.kind());
        assertEquals("DC=contoso,DC=com", answer.namingContext());
        assertTrue(answer.referral().isEmpty());
        assertTrue(answer.explanation().startsWith("LIVCONTOSODC.contoso.com holds DC=contoso,DC=com"),
                answer.explanation());
    }

    @Test
    void theLongestNcNameWins() {
        DnAnswer answer = resolver.answer("OU=Sales,DC=emea,DC=contoso,DC=com");
        assertEquals(DnAnswer.Kind.FOREST, answer.kind());
        assertEquals("DC=emea,DC=contoso,DC=com", answer.namingContext());
        assertEquals("ldap://emea.contoso.com/OU=Sales,DC=emea,DC=contoso,DC=com",
                answer.referral().orElseThrow().toString());
        assertEquals(DnAnswer.Kind.FOREST, resolver.answer("DC=ForestDnsZones,DC=contoso,DC=com").kind());
        assertEquals("ldap://ForestDnsZones.contoso.com/DC=ForestDnsZones,DC=contoso,DC=com",
                resolver.answer("DC=ForestDnsZones,DC=contoso,DC=com").referral().orElseThrow().toString());
    }

    @Test
    void anExternalCrossRefRefersOutOfTheForest() {
        DnAnswer answer = resolver.answer("CN=Someone,OU=People,DC=fabrikam,DC=com");
        assertEquals(DnAnswer.Kind.EXTERNAL, answer.kind());
        assertEquals("ldap://fabrikam.com/CN=Someone,OU=People,DC=fabrikam,DC=com",
                answer.referral().orElseThrow().toString());
        assertTrue(answer.explanation().contains("crossRef Fabrikam (external) refers it to fabrikam.com"));
    }

    @Test
    void aPreCreatedCrossRefDoesNotAnswerButIsMentioned() {
        DnAnswer answer = resolver.answer("CN=x,DC=apps,DC=contoso,DC=com");
        assertEquals(DnAnswer.Kind.HELD_HERE, answer.kind(), "DC=contoso,DC=com is the longest enabled suffix");
        assertTrue(answer.explanation().contains("Apps names the deeper DC=apps,DC=contoso,DC=com but is pre-created"),
                answer.explanation());
    }

    @Test
    void withoutACrossRefTheSuperiorRootThenTheDcPartsAnswer() {
        DnAnswer parts = resolver.answer("OU=x,DC=northwind,DC=example");
        assertEquals(DnAnswer.Kind.DC_PARTS, parts.kind());
        assertEquals("ldap://northwind.example/OU=x,DC=northwind,DC=example", parts.referral().orElseThrow().toString());
        ReferralResolver superior = ReferralResolver.of(topology, HELD, "corp.example");
        DnAnswer up = superior.answer("OU=x,DC=northwind,DC=example");
        assertEquals(DnAnswer.Kind.SUPERIOR, up.kind());
        assertEquals("corp.example", up.referral().orElseThrow().host());
        DnAnswer none = resolver.answer("CN=Nobody,O=Nowhere");
        assertEquals(DnAnswer.Kind.NONE, none.kind());
        assertTrue(none.explanation().endsWith("answers noSuchObject."), none.explanation());
    }

    @Test
    void hostsOfTheForestAreTheDcsAndInForestDnsRoots() {
        assertTrue(resolver.isInForest("emea.contoso.com"));
        assertTrue(resolver.isInForest("LIVCONTOSODC.contoso.com"));
        assertFalse(resolver.isInForest("fabrikam.com"), "an external crossRef's dnsRoot is outside the forest");
        assertFalse(resolver.isInForest("evil.example"));
        assertEquals(List.of("DC=fabrikam,DC=com"),
                resolver.externalCrossRefs().stream().map(c -> c.ncName()).collect(Collectors.toList()));
    }

    @Test
    void badInputIsRefusedWithAReason() {
        assertEquals("Enter a DN, such as DC=contoso,DC=com.",
                assertThrows(IllegalArgumentException.class, () -> resolver.answer("  ")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> resolver.answer("not a dn")).getMessage()
                .startsWith("Not a valid DN"));
    }
}
