package io.adtopo.core.replication;

import static io.adtopo.core.replication.ReplicationFixtures.CONFIGURATION_NC;
import static io.adtopo.core.replication.ReplicationFixtures.HOUDC1;
import static io.adtopo.core.replication.ReplicationFixtures.LIVDC1_ADDRESS;
import static io.adtopo.core.replication.ReplicationFixtures.LIVDC1_DSA;
import static io.adtopo.core.replication.ReplicationFixtures.LIVDC1_INVOCATION_ID;
import static io.adtopo.core.replication.ReplicationFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NeighborXmlParserTest {

    private static final String OK = text("neighbor-ok.xml");
    private static final String LIVDC1_NTDS = "CN=NTDS Settings,CN=LIVDC1,CN=Servers,CN=Liverpool,CN=Sites,"
            + "CN=Configuration,DC=contoso,DC=test";

    private static ReplicaLinkException failure(String xml, String... words) {
        ReplicaLinkException e = assertThrows(ReplicaLinkException.class, () -> NeighborXmlParser.parse(xml, "LIVDC1"));
        assertTrue(e.getMessage().contains("LIVDC1"), e.getMessage());
        for (String word : words) {
            assertTrue(e.getMessage().contains(word), e.getMessage());
        }
        assertEquals(ReplicaLinkException.NO_OFFSET, e.offset());
        return e;
    }

    @Test
    void readsAHealthyNeighbor() throws ReplicaLinkException {
        ReplicaLink link = NeighborXmlParser.parse(OK, HOUDC1);

        assertEquals(1, link.version());
        assertEquals(CONFIGURATION_NC, link.namingContext());
        assertEquals(Optional.of(LIVDC1_NTDS), link.sourceDsaDn());
        assertEquals(LIVDC1_ADDRESS, link.sourceAddress());
        assertEquals(LIVDC1_DSA, link.sourceDsaGuid());
        assertEquals(LIVDC1_INVOCATION_ID, link.sourceInvocationId());
        assertTrue(link.isRpcTransport());
        assertEquals(0x70, link.replicaFlags());
        assertEquals(4105, link.usnHighObjUpdate());
        assertEquals(4105, link.usnHighPropUpdate());
        assertEquals(Optional.of(Instant.parse("2026-11-26T15:01:07Z")), link.lastSuccess());
        assertEquals(Optional.of(Instant.parse("2026-11-26T15:01:07Z")), link.lastAttempt());
        assertEquals(0, link.lastResult());
        assertEquals(0, link.consecutiveFailures());
    }

    @Test
    void describesTheSameLinkAsTheRepsFromValue() throws ReplicaLinkException {
        ReplicaLink fromBlob = ReplicaLinkDecoder.decode(ReplicationFixtures.configurationBlob(), HOUDC1,
                CONFIGURATION_NC);
        ReplicaLink fromXml = NeighborXmlParser.parse(OK, HOUDC1);

        // The XML form names the source's NTDS Settings but carries no schedule; everything else agrees.
        assertEquals(fromBlob, fromXml.toBuilder().sourceDsaDn(null).schedule(fromBlob.schedule()).build());
    }

    @Test
    void ignoresTheNulWindowsEndsTheValueWith() throws ReplicaLinkException {
        assertEquals(NeighborXmlParser.parse(OK, HOUDC1), NeighborXmlParser.parse(OK + "\n\0", HOUDC1));
    }

    @Test
    void readsANeighborThatNeverSucceeded() throws ReplicaLinkException {
        ReplicaLink link = NeighborXmlParser.parse(text("neighbor-8589-never.xml"), "LIVDC1");

        assertEquals(Optional.empty(), link.lastSuccess());
        assertEquals(Optional.of(Instant.parse("2026-11-26T10:15:00Z")), link.lastAttempt());
        assertEquals(8589, link.lastResult());
        assertTrue(link.isFailing());
        assertEquals(3, link.consecutiveFailures());
        assertEquals(UUID.fromString("1eb475f2-1265-46af-a04c-be48aea706b0"), link.sourceDsaGuid());
        assertEquals("8589 (0x218d) ERROR_DS_CANT_DERIVE_SPN_WITHOUT_SERVER_REF: The DS cannot derive a service"
                + " principal name (SPN) with which to mutually authenticate the target server because the"
                + " corresponding server object in the local DS database has no serverReference attribute.",
                Win32Errors.describe(link.lastResult()));
    }

    @Test
    void readsAnIntersiteTransport() throws ReplicaLinkException {
        ReplicaLink link = NeighborXmlParser.parse(text("neighbor-smtp.xml"), "LIVDC1");

        assertFalse(link.isRpcTransport());
        assertEquals(UUID.fromString("4f2a1b3c-5d6e-4f70-8192-a3b4c5d6e7f8"), link.transportGuid());
        assertEquals("chadc1@contoso.test", link.sourceAddress());
        assertEquals(208, link.replicaFlags());
        assertEquals(20480, link.usnHighObjUpdate());
        assertEquals(20475, link.usnHighPropUpdate());
        assertEquals(1722, link.lastResult());
        assertEquals(1, link.consecutiveFailures());
    }

    @Test
    void readsTheFieldsItNeedsWhenOthersAreMissing() throws ReplicaLinkException {
        String minimal = "<DS_REPL_NEIGHBOR><pszNamingContext>DC=a</pszNamingContext><pszSourceDsaDN>CN=x"
                + "</pszSourceDsaDN><ftimeLastSyncSuccess>2026-01-02T03:04:05Z</ftimeLastSyncSuccess>"
                + "<ftimeLastSyncAttempt>2026-01-02T03:04:05Z</ftimeLastSyncAttempt><dwLastSyncResult>8524"
                + "</dwLastSyncResult><cNumConsecutiveSyncFailures>7</cNumConsecutiveSyncFailures>"
                + "<aFieldOfTomorrow>1</aFieldOfTomorrow></DS_REPL_NEIGHBOR>";
        ReplicaLink link = NeighborXmlParser.parse(minimal, "LIVDC1");

        assertEquals(ReplicaLink.NIL, link.sourceDsaGuid());
        assertEquals("", link.sourceAddress());
        assertEquals(8524, link.lastResult());
        assertEquals(7, link.consecutiveFailures());
    }

    @ParameterizedTest
    @ValueSource(strings = { "neighbor-doctype-external.xml", "neighbor-doctype-laughs.xml" })
    void refusesDocumentTypeDeclarations(String fixture) {
        ReplicaLinkException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> failure(text(fixture), "DOCTYPE", "refused", "an unknown naming context"));
        assertNull(e.getCause());
        assertFalse(e.getMessage().contains("haha"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DS_REPL_NEIGHBOR>|DS_REPL_NEIGHBORS>|root element is <DS_REPL_NEIGHBORS>",
        "<DS_REPL_NEIGHBOR>|<DS_REPL_NEIGHBOR xmlns='urn:x'>|in namespace \"urn:x\"",
        "<dwReplicaFlags>112|<dwReplicaFlags xmlns='urn:x'>112|<dwReplicaFlags>",
        "<pszSourceDsaDN>CN=NTDS Settings,CN=LIVDC1,CN=Servers,CN=Liverpool,CN=Sites,CN=Configuration,DC=contoso,"
                + "DC=test</pszSourceDsaDN>|<pszSourceDsaDN></pszSourceDsaDN>|<pszSourceDsaDN>): the element is empty",
        "<dwLastSyncResult>0|<dwLastSyncResult>zero|\"zero\" is not a whole number",
        "<dwLastSyncResult>0|<dwLastSyncResult>4294967296|\"4294967296\" is not a whole number",
        "<cNumConsecutiveSyncFailures>0|<cNumConsecutiveSyncFailures>-1|\"-1\" is not a whole number",
        "<usnAttributeFilter>4105|<usnAttributeFilter>99999999999999999999|is not a whole number",
        "<ftimeLastSyncSuccess>2026-11-26T15:01:07Z|<ftimeLastSyncSuccess>26/11/2026|is not a UTC time",
        "<ftimeLastSyncAttempt>2026-11-26T15:01:07Z|<ftimeLastSyncAttempt>1600-12-31T23:59:59Z|outside the years",
        "<uuidSourceDsaObjGuid>e1c5ad4d|<uuidSourceDsaObjGuid>not-a-guid-e1c5ad4d|is not a GUID",
        "<dwReserved>0</dwReserved>|<dwReserved>0</dwReserved><dwReserved>0</dwReserved>|more than once",
        "</DS_REPL_NEIGHBOR>|</DS_REPL_NEIGHBOUR>|not well-formed XML",
    })
    void namesWhatIsWrongTheDcAndTheNamingContext(String from, String to, String expected) {
        String xml = OK.replace(from, to);
        assertFalse(xml.equals(OK), "the fixture contains " + from);
        ReplicaLinkException e = failure(xml, expected);
        if (!expected.startsWith("root") && !expected.startsWith("in namespace") && !expected.contains("well")) {
            assertTrue(e.getMessage().contains(CONFIGURATION_NC), e.getMessage());
        }
    }

    @Test
    void namesAMissingElement() {
        failure(OK.replaceAll("(?s)\\s*<cNumConsecutiveSyncFailures>.*</cNumConsecutiveSyncFailures>", ""),
                "<cNumConsecutiveSyncFailures>", "missing", CONFIGURATION_NC);
        failure(OK.replaceAll("(?s)\\s*<pszNamingContext>.*</pszNamingContext>", ""), "<pszNamingContext>",
                "missing", "an unknown naming context");
    }

    @Test
    void refusesEmptyAndOversizedValues() {
        failure(null, "empty");
        failure(" \n", "empty");
        failure("<DS_REPL_NEIGHBOR>" + " ".repeat(NeighborXmlParser.MAX_CHARS) + "</DS_REPL_NEIGHBOR>", "limit");
        failure("not xml at all", "not well-formed XML", "line 1");
    }
}
