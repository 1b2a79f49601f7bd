package io.adtopo.core.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.changes.Modification;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.testing.LdifDirectory;
import io.adtopo.core.topology.Topology;
import io.adtopo.core.topology.TopologyReader;

/** Each check fires on the fixture object made to trigger it, and on nothing else. */
class ServerReferenceChecksTest {

    private static final String D = "OU=Domain Controllers,DC=corp,DC=example";
    private String ldif;
    private Topology copy;

    @BeforeEach
    void read() throws Exception {
        ldif = resource("checks-forest.ldif");
        copy = topology(ldif);
    }

    @Test
    void eachCheckFiresOnItsFixtureAndNowhereElse() {
        Map<String, List<String>> fired = new TreeMap<>();
        for (Problem p : ServerReferenceChecks.run(copy, List.of())) {
            fired.computeIfAbsent(p.subjectName(), k -> new java.util.ArrayList<>()).add(p.check().id());
        }
        Map<String, List<String>> expected = new TreeMap<>(Map.of("Main\\NOREF", List.of("ADTOPO-1"),
                "Main\\DANGLE", List.of("ADTOPO-2"), "Main\\MEMBER", List.of("ADTOPO-3"), "Main\\NAMES",
                List.of("ADTOPO-4"), "Main\\NOSPN", List.of("ADTOPO-5", "ADTOPO-5"), "Main\\GOOD1",
                List.of("ADTOPO-6"), "Main\\STALE", List.of("ADTOPO-6")));
        assertEquals(expected, fired);
    }

    @Test
    void messagesNameTheObjectAndTheConsequence() {
        Problem missing = only(Check.SERVER_REFERENCE_MISSING);
        assertTrue(missing.message().startsWith("Main\\NOREF has NTDS Settings but no serverReference on "
                + "good1.corp.example"), missing.message());
        assertTrue(missing.message().contains("error 8589"));
        assertEquals("good1.corp.example", missing.dc());
        assertEquals(Severity.ERROR, missing.severity());
        assertTrue(only(Check.SERVER_REFERENCE_NOT_DC).message().contains("CN=FILESRV,CN=Computers"));
    }

    @Test
    void aMissingReferenceIsFixedWithTheDcAccountThatMatches() {
        List<FixCandidate> fixes = only(Check.SERVER_REFERENCE_MISSING).fixes();
        assertEquals(1, fixes.size());
        FixCandidate fix = fixes.get(0);
        assertEquals("Set serverReference to CN=NOREF," + D, fix.label());
        assertTrue(fix.reason().contains("dNSHostName is the server's"), fix.reason());
        assertTrue(fix.reason().contains("named like the server"), fix.reason());
        assertEquals(List.of(Modification.add("serverReference", "CN=NOREF," + D)), fix.change().modifications());
    }

    @Test
    void aWrongReferenceIsReplacedOnlyIfItIsStillThere() {
        FixCandidate fix = only(Check.SERVER_REFERENCE_NOT_DC).fixes().get(0);
        assertEquals(List.of(Modification.delete("serverReference", "CN=FILESRV,CN=Computers,DC=corp,DC=example"),
                Modification.add("serverReference", "CN=MEMBER," + D)), fix.change().modifications());
        assertEquals("CN=DANGLE," + D, only(Check.SERVER_REFERENCE_DANGLING).fixes().get(0).change()
                .modifications().get(1).values().get(0));
    }

    @Test
    void aHostNameMismatchOffersBothDirections() {
        List<String> labels = only(Check.HOST_NAME_MISMATCH).fixes().stream().map(FixCandidate::label)
                .collect(Collectors.toList());
        assertEquals(List.of("Set the computer's dNSHostName to names.corp.example",
                "Set the server object's dNSHostName to names-old.corp.example"), labels);
    }

    @Test
    void missingSpnsAreAdded() {
        List<String> spns = ServerReferenceChecks.run(copy, List.of()).stream()
                .filter(p -> p.check() == Check.SPN_MISSING).map(p -> p.fixes().get(0).change().modifications().get(0)
                        .values().get(0)).collect(Collectors.toList());
        assertEquals(List.of("E3514235-4B06-11D1-AB04-00C04FC2DCD2/66666666-6666-4666-8666-666666666666/corp.example",
                "GC/nospn.corp.example/corp.example"), spns);
    }

    @Test
    void anotherDcsCopyThatHoldsTheValueIsCheck7AndTheFirstCandidate() throws Exception {
        Topology other = topology(ldif.replace("dnsHostName: good1.corp.example", "dnsHostName: noref.corp.example")
                .replace("dNSHostName: noref.corp.example\n", "dNSHostName: noref.corp.example\nserverReference: CN=NOREF,"
                        + D + "\n"));
        List<Problem> problems = ServerReferenceChecks.run(copy, List.of(other));
        Problem disagree = problems.stream().filter(p -> p.check() == Check.COPIES_DISAGREE).findFirst().orElseThrow();
        assertEquals("Main\\NOREF", disagree.subjectName());
        assertTrue(disagree.message().contains("but noref.corp.example's copy names CN=NOREF," + D),
                disagree.message());
        Problem missing = problems.stream().filter(p -> p.check() == Check.SERVER_REFERENCE_MISSING).findFirst()
                .orElseThrow();
        assertTrue(missing.fixes().get(0).reason().startsWith("the value on noref.corp.example's copy"),
                missing.fixes().get(0).reason());
        assertEquals(1, problems.stream().filter(p -> p.check() == Check.COPIES_DISAGREE).count(),
                "only the copy that lacks the value gets check 7");
        assertTrue(ServerReferenceChecks.run(other, List.of(copy)).stream()
                .noneMatch(p -> p.check() == Check.COPIES_DISAGREE), "the copy that holds it is not at fault");
    }

    private Problem only(Check check) {
        List<Problem> found = ServerReferenceChecks.run(copy, List.of()).stream().filter(p -> p.check() == check)
                .collect(Collectors.toList());
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private static Topology topology(String ldif) throws DirectoryException {
        return new TopologyReader().read(LdifDirectory.parse(ldif), new NullProgressMonitor());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ServerReferenceChecksTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
