package io.adtopo.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.adtopo.core.diagnostics.Finding.Kind;

class DiagnosticTextTest {

    private static final String SEED_GUID = "3dab7f9b-92e7-4391-b8db-71df532c1493";
    private static final String DSA_LIV = "139af056-538d-4bea-a78d-9ba81d9a0403";

    @ParameterizedTest
    @ValueSource(strings = { "repadmin-showrepl.txt", "repadmin-showrepl-run-together.txt" })
    void repadminShowreplYieldsDsaGuidsInvocationIdAndSiteServers(String file) {
        String text = resource(file);
        DiagnosticText result = DiagnosticText.parse(text);
        assertEquals(List.of("SITE_SERVER Liverpool\\LIVCONTOSODC", "DSA_GUID " + DSA_LIV,
                "INVOCATION_ID e166f5b7-5adc-4670-b147-783ae1850263", "SITE_SERVER Charlotte\\CONTOSOROOTDC1",
                "DSA_GUID bd630d6d-f6c1-4958-971d-7e4671c3f93a", "SITE_SERVER Houston\\5THWARDCORPDC",
                "DSA_GUID 1eb475f2-1265-46af-a04c-be48aea706b0"), describe(result));
        assertTrue(result.mentions8589());
        assertEquals(Set.of(), result.eventIds());
        Finding liverpool = result.findings().get(0);
        assertEquals("Liverpool", liverpool.site().orElseThrow());
        assertEquals("LIVCONTOSODC", liverpool.server().orElseThrow());
        assertEquals(0, liverpool.offset());
        Finding dsa = result.findings().get(1);
        assertEquals(UUID.fromString(DSA_LIV), dsa.guid().orElseThrow());
        assertEquals(text.indexOf(DSA_LIV), dsa.offset());
        assertEquals("3 DSA GUIDs, 1 invocation ID, 3 site\\DC names, error 8589", result.summary());
        DiagnosticTextRobustnessTest.assertConsistent(text, result);
    }

    @ParameterizedTest
    @ValueSource(strings = { "event-1411.txt", "event-1411-run-together.txt", "event-1411-crlf.txt" })
    void event1411YieldsMsdcsNameWithForest(String file) {
        String text = resource(file);
        DiagnosticText result = DiagnosticText.parse(text);
        assertEquals(List.of("MSDCS_NAME " + SEED_GUID + "._msdcs.Contoso.com"), describe(result));
        Finding name = result.findings().get(0);
        assertEquals(UUID.fromString(SEED_GUID), name.guid().orElseThrow());
        assertEquals("Contoso.com", name.forest().orElseThrow());
        assertEquals(text.indexOf(SEED_GUID), name.offset());
        assertTrue(result.mentions8589());
        assertEquals(Set.of(1411), result.eventIds());
        assertEquals("1 _msdcs name, error 8589, event 1411", result.summary());
    }

    @Test
    void windowsAndOldMacLineEndsChangeNothing() {
        String lf = resource("event-1411.txt");
        List<String> expected = describe(DiagnosticText.parse(lf));
        assertEquals(expected, describe(DiagnosticText.parse(lf.replace("\n", "\r\n"))));
        assertEquals(expected, describe(DiagnosticText.parse(lf.replace("\n", "\r"))));
        String repadmin = resource("repadmin-showrepl.txt");
        assertEquals(describe(DiagnosticText.parse(repadmin)),
                describe(DiagnosticText.parse(repadmin.replace("\n", "\r\n"))));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dcdiag-event-0x80000785.txt", "dcdiag-event-0x80000785-run-together.txt" })
    void dcdiagWarning1925YieldsNtdsSettingsDnDespiteMangledTail(String file) {
        String text = resource(file);
        DiagnosticText result = DiagnosticText.parse(text);
        assertEquals(List.of("NTDS_SETTINGS_DN CN=NTDS Settings,CN=DCSRV01,CN=Servers,CN=Default-First-Site-Name,"
                + "CN=Sites,CN=Configuration,DC=contoso,DC=com"), describe(result));
        Finding dn = result.findings().get(0);
        assertEquals("DCSRV01", dn.server().orElseThrow());
        assertEquals("Default-First-Site-Name", dn.site().orElseThrow());
        assertEquals("contoso.com", dn.forest().orElseThrow());
        assertEquals(text.indexOf("CN=NTDS Settings"), dn.offset());
        assertTrue(result.mentions8589());
        assertEquals(Set.of(1925), result.eventIds());
        assertEquals("1 NTDS Settings DN, error 8589, event 1925", result.summary());
    }

    @ParameterizedTest
    @ValueSource(strings = { "dcdiag-replications-placeholders.txt",
            "dcdiag-replications-placeholders-run-together.txt", "repadmin-source-placeholders.txt" })
    void placeholderTextsOnlyMention8589(String file) {
        DiagnosticText result = DiagnosticText.parse(resource(file));
        assertEquals(List.of(), describe(result));
        assertTrue(result.mentions8589());
        assertEquals(Set.of(), result.eventIds());
        assertEquals("error 8589", result.summary());
    }

    @Test
    void optionAPingYieldsTheMsdcsName() {
        DiagnosticText result = DiagnosticText.parse(resource("option-a-ping.txt"));
        assertEquals(List.of("MSDCS_NAME " + SEED_GUID + "._msdcs.contoso.com"), describe(result));
        assertEquals("contoso.com", result.findings().get(0).forest().orElseThrow());
        assertFalse(result.mentions8589());
        assertEquals("1 _msdcs name", result.summary());
    }

    @Test
    void optionTextsKeepTheGuidAndSkipTheFilePath() {
        DiagnosticText b = DiagnosticText.parse(resource("option-b-powershell.txt"));
        assertEquals(List.of("GUID " + SEED_GUID), describe(b));
        assertEquals(Set.of(1411), b.eventIds());
        assertFalse(b.mentions8589());
        DiagnosticText all = DiagnosticText.parse(resource("options-a-to-d-run-together.txt"));
        assertEquals(List.of("MSDCS_NAME " + SEED_GUID + "._msdcs.contoso.com", "GUID " + SEED_GUID),
                describe(all));
        assertTrue(all.mentions8589());
        assertEquals(Set.of(1411), all.eventIds());
    }

    @ParameterizedTest
    @ValueSource(strings = { "events-table.txt", "malformed-guids.txt", "placeholders.txt",
            "paths-and-accounts.txt" })
    void recognisesNothingIn(String file) {
        DiagnosticText result = DiagnosticText.parse(resource(file));
        assertEquals(List.of(), describe(result));
        assertFalse(result.mentions8589());
        assertEquals(Set.of(), result.eventIds());
        assertEquals(DiagnosticText.NOTHING, result.summary());
    }

    @Test
    void mixedLanguagesKeepGuidsSitesAndEventIds() {
        String text = resource("mixed-languages.txt");
        DiagnosticText result = DiagnosticText.parse(text);
        assertEquals(List.of("MSDCS_NAME " + SEED_GUID + "._msdcs.Contoso.com",
                "GUID bd630d6d-f6c1-4958-971d-7e4671c3f93a", "SITE_SERVER Paris\\PARDC01",
                "GUID 1eb475f2-1265-46af-a04c-be48aea706b0", "SITE_SERVER Tokyo\\TKYDC01"), describe(result));
        assertEquals(Set.of(1411, 1925), result.eventIds());
        assertTrue(result.mentions8589());
        DiagnosticTextRobustnessTest.assertConsistent(text, result);
    }

    @Test
    void nulBytesAndControlCharsAreSpace() {
        String text = resource("nul-bytes.txt");
        DiagnosticText result = DiagnosticText.parse(text);
        assertEquals(List.of("DSA_GUID " + DSA_LIV, "INVOCATION_ID e166f5b7-5adc-4670-b147-783ae1850263",
                "SITE_SERVER Houston\\5THWARDCORPDC"), describe(result));
        assertEquals(Set.of(1411), result.eventIds());
        assertTrue(result.mentions8589());
    }

    static Stream<Arguments> guids() {
        return Stream.of(Arguments.of("{3DAB7F9B-92E7-4391-B8DB-71DF532C1493}", "GUID " + SEED_GUID),
                Arguments.of("objectGUID: " + SEED_GUID, "GUID " + SEED_GUID),
                Arguments.of("DSA Object GUID:\r\n    " + SEED_GUID, "DSA_GUID " + SEED_GUID),
                Arguments.of("DSA object\nGUID: \"" + SEED_GUID + "\"", "DSA_GUID " + SEED_GUID),
                Arguments.of("invocationId = " + SEED_GUID, "INVOCATION_ID " + SEED_GUID),
                Arguments.of("Invocation ID: {" + SEED_GUID + "}", "INVOCATION_ID " + SEED_GUID),
                Arguments.of("DSA object GUID: " + SEED_GUID + "Additional Data", "DSA_GUID " + SEED_GUID),
                Arguments.of("DSA object GUID: " + SEED_GUID + "DC=contoso,DC=com", "DSA_GUID " + SEED_GUID),
                Arguments.of("ObjectGUID" + SEED_GUID, "GUID " + SEED_GUID),
                Arguments.of("ping " + SEED_GUID + "._MSDCS.contoso.com.", "MSDCS_NAME " + SEED_GUID
                        + "._msdcs.contoso.com"),
                Arguments.of(SEED_GUID + "._msdcs.", "GUID " + SEED_GUID),
                Arguments.of(SEED_GUID + "-", "GUID " + SEED_GUID),
                Arguments.of("0" + SEED_GUID, ""), Arguments.of(SEED_GUID + "0", ""),
                Arguments.of("f" + SEED_GUID, ""), Arguments.of(SEED_GUID + "abc", ""),
                Arguments.of(SEED_GUID.substring(1), ""), Arguments.of(SEED_GUID.replace('-', '_'), ""));
    }

    @ParameterizedTest
    @MethodSource("guids")
    void guidsAndTheirLabels(String text, String expected) {
        List<String> found = describe(DiagnosticText.parse(text));
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), found, text);
    }

    static Stream<Arguments> siteServers() {
        return Stream.of(
                Arguments.of("Testing server: Default-First-Site-Name\\DCSRV01", "Default-First-Site-Name\\DCSRV01"),
                Arguments.of("Source: Houston\\5THWARDCORPDC\n", "Houston\\5THWARDCORPDC"),
                Arguments.of("Testing server: Site_1\\DC-01Starting test: Replications", "Site_1\\DC-01"),
                Arguments.of("Liverpool\\XDSA\nDSA Options: IS_GC", "Liverpool\\XDSA"),
                Arguments.of("Liverpool\\XDSADSA Options: IS_GC", "Liverpool\\XDSA"),
                Arguments.of("from Houston\\5THWARDCORPDC.", "Houston\\5THWARDCORPDC"),
                Arguments.of("S".repeat(63) + "\\DC1", "S".repeat(63) + "\\DC1"),
                Arguments.of("S".repeat(64) + "\\DC1", ""), Arguments.of("Site\\" + "D".repeat(64), ""),
                Arguments.of("Site\\DC1.contoso.com", ""), Arguments.of("Site\\\\DC1", ""),
                Arguments.of("CN=NTDS Settings\\0ADEL:x", ""), Arguments.of("日本\\DC1", ""),
                Arguments.of("12\\34", ""));
    }

    @ParameterizedTest
    @MethodSource("siteServers")
    void siteQualifiedServerNames(String text, String expected) {
        List<String> found = DiagnosticText.parse(text).findings(Kind.SITE_SERVER).stream().map(Finding::value)
                .collect(Collectors.toList());
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), found, text);
    }

    static Stream<Arguments> eventIds() {
        return Stream.of(Arguments.of("Event ID: 1411", Set.of(1411)),
                Arguments.of("EventID: 0x80000785", Set.of(1925)),
                Arguments.of("EventID: 0xC0000583", Set.of(1411)), Arguments.of("ID 2023", Set.of(2023)),
                Arguments.of("Event 2023 and event ID 1925", Set.of(2023, 1925)),
                Arguments.of("Event ID:\r\n1925", Set.of(1925)), Arguments.of("eventid=0x7e7", Set.of(2023)),
                Arguments.of("Event ID: 1411Task Category", Set.of(1411)), Arguments.of("1411 2023 1925", Set.of()),
                Arguments.of("ID 14110", Set.of()), Arguments.of("ID 132483", Set.of()),
                Arguments.of("GUID 1411", Set.of()),
                Arguments.of("invocationID 1411", Set.of()), Arguments.of("ID 1411.5", Set.of()),
                Arguments.of("EventID: 0x80000784", Set.of()), Arguments.of("ID 99999999999999", Set.of()));
    }

    @ParameterizedTest
    @MethodSource("eventIds")
    void eventIdsNeedAnIdLabel(String text, Set<Integer> expected) {
        assertEquals(expected, DiagnosticText.parse(text).eventIds(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Error value: 8589", "(0x218D)", "status 0x0000218d.", "8589The DS cannot",
            "error_ds_cant_derive_spn_without_server_ref", "result 8589 (0x218d): The DS" })
    void mentions8589(String text) {
        assertTrue(DiagnosticText.parse(text).mentions8589(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "18589", "85890", "0x218d0", "3dab7f9b-8589-4391-b8db-71df532c1493", "8589.5",
            "v8589", "8,589", "8589abcd-92e7-4391-b8db-71df532c1493", "0x8589", "ERROR_DS_CANT" })
    void doesNotMention8589(String text) {
        assertFalse(DiagnosticText.parse(text).mentions8589(), text);
    }

    @Test
    void ntdsSettingsDnVariants() {
        Finding spaced = DiagnosticText.parse("CN=NTDS Settings, CN=DC1, CN=Servers, CN=Paris, CN=Sites, "
                + "CN=Configuration, DC=corp, DC=example, DC=net").findings().get(0);
        assertEquals("CN=NTDS Settings,CN=DC1,CN=Servers,CN=Paris,CN=Sites,CN=Configuration,DC=corp,DC=example,"
                + "DC=net", spaced.value());
        assertEquals("corp.example.net", spaced.forest().orElseThrow());
        DiagnosticText deleted = DiagnosticText.parse("CN=NTDS Settings\\0ADEL:" + SEED_GUID + ",CN=DCSRV02,"
                + "CN=Servers,CN=Default-First-Site-Name,CN=Sites,CN=Configuration,DC=contoso,DC=com");
        assertEquals(List.of("NTDS_SETTINGS_DN CN=NTDS Settings\\0ADEL:" + SEED_GUID + ",CN=DCSRV02,CN=Servers,"
                + "CN=Default-First-Site-Name,CN=Sites,CN=Configuration,DC=contoso,DC=com", "GUID " + SEED_GUID),
                describe(deleted));
        Finding shortDn = DiagnosticText.parse("cn=ntds settings,cn=dc1,cn=servers,cn=s1,cn=sites").findings().get(0);
        assertEquals("CN=NTDS Settings,CN=dc1,CN=Servers,CN=s1,CN=Sites", shortDn.value());
        assertEquals("s1", shortDn.site().orElseThrow());
        assertTrue(shortDn.forest().isEmpty());
        assertEquals(List.of(), describe(DiagnosticText.parse("CN=NTDS Settings,CN=DC1,CN=Servers,CN=S1")));
    }

    @Test
    void nullAndEmptyGiveAnEmptyResult() {
        for (String text : new String[] { null, "" }) {
            DiagnosticText result = DiagnosticText.parse(text);
            assertTrue(result.isEmpty());
            assertFalse(result.truncated());
            assertEquals(DiagnosticText.NOTHING, result.summary());
        }
    }

    @Test
    void summaryNamesEachKindAndEvent() {
        String text = "DSA object GUID: " + DSA_LIV + " DSA invocationID: e166f5b7-5adc-4670-b147-783ae1850263 "
                + "DSA object GUID: 1eb475f2-1265-46af-a04c-be48aea706b0 Event ID: 1411 Directory service: "
                + SEED_GUID + "._msdcs.Contoso.com Error value: 8589";
        assertEquals("2 DSA GUIDs, 1 invocation ID, 1 _msdcs name, error 8589, event 1411",
                DiagnosticText.parse(text).summary());
    }

    @Test
    void repeatsAreDroppedAndFindingsCapped() {
        DiagnosticText same = DiagnosticText.parse(("DSA object GUID: " + DSA_LIV + "\n").repeat(5000));
        assertEquals(List.of("DSA_GUID " + DSA_LIV), describe(same));
        assertFalse(same.findingsCapped());
        StringBuilder many = new StringBuilder();
        Random random = new Random(1411);
        for (int i = 0; i < 2000; i++) {
            many.append(new UUID(random.nextLong(), random.nextLong())).append(" Houston\\DC").append(i).append('\n');
        }
        DiagnosticText capped = DiagnosticText.parse(many.toString());
        assertEquals(DiagnosticText.MAX_FINDINGS, capped.findings().size());
        assertTrue(capped.findingsCapped());
        assertTrue(capped.summary().endsWith("only the first 1,000 findings kept"), capped.summary());
        DiagnosticTextRobustnessTest.assertConsistent(many.toString(), capped);
    }

    static List<String> describe(DiagnosticText result) {
        List<String> out = new ArrayList<>();
        for (Finding f : result.findings()) {
            out.add(f.kind() + " " + f.value());
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = DiagnosticTextTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(name, e);
        }
    }
}
