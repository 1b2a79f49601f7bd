package io.adtopo.core.dfs;

import static io.adtopo.core.dfs.TargetListFixtures.text;
import static io.adtopo.core.dfs.TargetListFixtures.utf16be;
import static io.adtopo.core.dfs.TargetListFixtures.utf16le;
import static io.adtopo.core.dfs.TargetListFixtures.utf8;
import static io.adtopo.core.dfs.TargetListFixtures.value;
import static io.adtopo.core.dfs.PriorityClass.GLOBAL_HIGH;
import static io.adtopo.core.dfs.PriorityClass.GLOBAL_LOW;
import static io.adtopo.core.dfs.PriorityClass.SITE_COST_HIGH;
import static io.adtopo.core.dfs.PriorityClass.SITE_COST_LOW;
import static io.adtopo.core.dfs.PriorityClass.SITE_COST_NORMAL;
import static io.adtopo.core.dfs.TargetState.OFFLINE;
import static io.adtopo.core.dfs.TargetState.ONLINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TargetListParserTest {

    private static final List<DfsTarget> SOFTWARE = List.of(
            software("fs-liv", ONLINE, SITE_COST_NORMAL, 0),
            software("fs-liv2", ONLINE, SITE_COST_NORMAL, 1),
            software("fs-hou", ONLINE, GLOBAL_HIGH, 0),
            software("fs-cha", ONLINE, SITE_COST_HIGH, 0),
            software("fs-cha2", ONLINE, SITE_COST_LOW, 0),
            software("fs-den", ONLINE, SITE_COST_NORMAL, 5),
            software("fs-sea", ONLINE, GLOBAL_LOW, 0),
            software("fs-lon", OFFLINE, SITE_COST_NORMAL, 0),
            software("fs-nowhere", ONLINE, SITE_COST_NORMAL, 0));

    private static final String TARGET = "<target state=\"online\" priorityClass=\"SiteCostNormal\" priorityRank=\"0\">"
            + "\\\\fs-liv.contoso.test\\software</target>";

    @Test
    void readsTheSoftwareLinkInStoredOrder() throws TargetListException {
        assertEquals(new TargetList(2, 0, SOFTWARE), TargetListParser.parse(value("software.xml")));
    }

    @Test
    void readsTheBytesTheForestStores() throws TargetListException {
        byte[] stored = TargetListFixtures.base64("software.ldif-value.b64");

        assertEquals(0xFF, stored[0] & 0xFF);
        assertEquals(0xFE, stored[1] & 0xFF);
        assertEquals(new TargetList(2, 0, SOFTWARE), TargetListParser.parse(stored));
    }

    @Test
    void readsUtf16BigEndianWithItsMark() throws TargetListException {
        assertEquals(SOFTWARE, TargetListParser.parse(utf16be(text("software.xml"))).targets());
    }

    @Test
    void readsTheArchiveLink() throws TargetListException {
        assertEquals(List.of(
                new DfsTarget("\\\\fs-den.contoso.test\\archive", ONLINE, SITE_COST_NORMAL, 0),
                new DfsTarget("\\\\fs-sea.contoso.test\\archive", ONLINE, GLOBAL_LOW, 0),
                new DfsTarget("\\\\fs-lon.contoso.test\\archive", ONLINE, SITE_COST_NORMAL, 0)),
                TargetListParser.parse(value("archive.xml")).targets());
    }

    @Test
    void readsClassesAndStatesWithoutRegardToCase() throws TargetListException {
        assertEquals(List.of(
                software("fs-hou", ONLINE, GLOBAL_HIGH, 0),
                software("fs-cha", ONLINE, SITE_COST_HIGH, 1),
                software("fs-liv", ONLINE, SITE_COST_NORMAL, 2),
                software("fs-cha2", OFFLINE, SITE_COST_LOW, 3),
                software("fs-sea", ONLINE, GLOBAL_LOW, 31)),
                TargetListParser.parse(value("lowercase-classes.xml")).targets());
    }

    @Test
    void readsWithoutTargetCountAndIgnoresTheStringLength() throws TargetListException {
        TargetList list = TargetListParser.parse(value("no-count.xml"));

        assertEquals(1, list.minorVersion());
        assertEquals(List.of("\\\\fs-den.contoso.test\\archive\\2024", "\\\\FS-SEA\\Archive$"),
                list.targets().stream().map(DfsTarget::unc).collect(Collectors.toList()));
        assertEquals("FS-SEA", list.targets().get(1).host());
        assertEquals("archive", list.targets().get(0).share());
    }

    @Test
    void readsAnEmptyList() throws TargetListException {
        assertEquals(new TargetList(2, 0, List.of()), TargetListParser.parse(value("empty-list.xml")));
    }

    @Test
    void theTargetsCannotBeChanged() throws TargetListException {
        List<DfsTarget> targets = TargetListParser.parse(value("archive.xml")).targets();

        assertThrows(UnsupportedOperationException.class, () -> targets.remove(0));
    }

    @Test
    void refusesNullAndEmptyValues() {
        assertEquals("The target list is empty.", failure((byte[]) null));
        assertEquals("The target list is empty.", failure(new byte[0]));
    }

    @Test
    void refusesUtf8AndSaysItLooksLikeUtf8() {
        String message = failure(utf8(text("software.xml")));

        assertTrue(message.contains("not UTF-16 with a byte-order mark"), message);
        assertTrue(message.contains("looks like UTF-8 or ASCII XML"), message);
    }

    @Test
    void refusesUtf8WithItsMark() {
        String message = failure(TargetListFixtures.withMark(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
                text("software.xml"), StandardCharsets.UTF_8));

        assertTrue(message.contains("not UTF-16 with a byte-order mark"), message);
        assertTrue(message.contains("UTF-8 byte-order mark"), message);
    }

    @Test
    void refusesUtf16WithoutItsMark() {
        String message = failure(text("software.xml").getBytes(StandardCharsets.UTF_16LE));

        assertTrue(message.contains("not UTF-16 with a byte-order mark"), message);
        assertTrue(message.contains("UTF-16LE XML without the mark"), message);
    }

    @Test
    void refusesBytesThatAreNotXmlAtAll() {
        String message = failure(new byte[] { 1, 2, 3 });

        assertTrue(message.startsWith("The target list is not UTF-16 with a byte-order mark;"), message);
    }

    @Test
    void refusesAnOddNumberOfBytes() {
        byte[] value = value("software.xml");

        String message = failure(Arrays.copyOf(value, value.length + 1));

        assertTrue(message.contains("not valid UTF-16LE"), message);
    }

    @Test
    void readsAValueOfExactlyTwoMegabytes() throws TargetListException {
        String xml = listOfBytes(TargetListParser.MAX_BYTES);
        byte[] value = utf16le(xml);
        assertEquals(2 * 1024 * 1024, value.length);

        TargetList list = TargetListParser.parse(value);

        assertEquals((xml.length() - xml.replace("<target ", "").length()) / "<target ".length(),
                list.targets().size());
        assertTrue(list.targets().size() > 8_000, () -> list.targets().size() + " targets");
    }

    @Test
    void refusesAValueLargerThanTwoMegabytes() {
        String message = failure(utf16le(listOfBytes(TargetListParser.MAX_BYTES + 2)));

        assertTrue(message.contains("2097154 bytes"), message);
        assertTrue(message.contains("limit of 2097152 bytes"), message);
    }

    @Test
    void checksTheSizeBeforeDecodingOrParsing() {
        byte[] value = new byte[TargetListParser.MAX_BYTES + 1];
        Arrays.fill(value, (byte) '<');

        String message = failure(value);

        assertTrue(message.contains("2097153 bytes, more than the limit"), message);
    }

    @Test
    void refusesAnExternalEntityWithoutReadingTheFile(@TempDir Path folder) throws Exception {
        String secret = "adtopo-secret-" + UUID.randomUUID();
        Path file = Files.writeString(folder.resolve("secret.txt"), secret);
        String xml = text("xxe-file.xml").replace("SECRET_FILE_URI", file.toUri().toString());
        assertTrue(xml.contains(file.toUri().toString()));

        TargetListException e = assertThrows(TargetListException.class, () -> TargetListParser.parse(utf16le(xml)));

        assertTrue(e.getMessage().contains("declares a DOCTYPE"), e.getMessage());
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(secret), t.toString());
        }
    }

    @Test
    void refusesEntityExpansionQuickly() {
        String message = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            return failure(value("billion-laughs.xml"));
        });

        assertTrue(message.contains("declares a DOCTYPE (line 2, column"), message);
    }

    @Test
    void refusesMarkupInsideATargetHoweverDeep() {
        int depth = 100_000;
        String xml = text("empty-list.xml").replace("totalStringLengthInBytes=\"0\"/>",
                "><target state=\"online\" priorityClass=\"SiteCostNormal\" priorityRank=\"0\">"
                        + "<a>".repeat(depth) + "</a>".repeat(depth) + "</target></targets>")
                .replace("targetCount=\"0\"", "targetCount=\"1\"");

        String message = failure(utf16le(xml));

        assertEquals("Target 1 contains elements where its \\\\server\\share path belongs.", message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void explainsWhatIsWrong(String fixture, List<String> expected) {
        String message = failure(value(fixture));

        for (String part : expected) {
            assertTrue(message.contains(part), () -> "'" + message + "' lacks '" + part + "'");
        }
    }

    static Stream<Arguments> malformed() {
        String software = "\\\\fs-%s.contoso.test\\software";
        return Stream.of(
                Arguments.of("not-well-formed.xml", List.of("not well-formed XML (line 3, column")),
                Arguments.of("wrong-namespace.xml", List.of("<targets> in namespace"
                        + " \"http://schemas.microsoft.com/dfs/2006/01\"; expected <targets> in namespace"
                        + " \"http://schemas.microsoft.com/dfs/2007/03\"")),
                Arguments.of("no-namespace.xml", List.of("<targets> in no namespace; expected",
                        TargetListParser.NAMESPACE)),
                Arguments.of("wrong-root.xml", List.of("The root element is <target>", "expected <targets>")),
                Arguments.of("no-version.xml", List.of("has no majorVersion attribute")),
                Arguments.of("no-minor-version.xml", List.of("has no minorVersion attribute")),
                Arguments.of("version-not-a-number.xml", List.of("majorVersion \"two\" is not a number")),
                Arguments.of("version-3.xml", List.of("majorVersion 3", "version 2 only")),
                Arguments.of("count-mismatch.xml", List.of("targetCount=\"3\"", "holds 2 <target> elements")),
                Arguments.of("unknown-class.xml", List.of("Target 2 (" + String.format(software, "hou") + ")",
                        "priorityClass \"Urgent\"",
                        "expected one of GlobalHigh, SiteCostHigh, SiteCostNormal, SiteCostLow, GlobalLow")),
                Arguments.of("unknown-state.xml", List.of("Target 1 (" + String.format(software, "liv") + ")",
                        "state \"standby\"; expected online or offline")),
                Arguments.of("missing-state.xml", List.of("Target 3 (" + String.format(software, "hou") + ")",
                        "has no state attribute")),
                Arguments.of("missing-class.xml", List.of("Target 1 (" + String.format(software, "liv") + ")",
                        "has no priorityClass attribute")),
                Arguments.of("missing-rank.xml", List.of("Target 2 (" + String.format(software, "cha") + ")",
                        "has no priorityRank attribute")),
                Arguments.of("rank-32.xml", List.of("Target 1 (" + String.format(software, "den") + ")",
                        "priorityRank \"32\"; expected a number from 0 to 31")),
                Arguments.of("negative-rank.xml", List.of("priorityRank \"-1\"; expected a number from 0 to 31")),
                Arguments.of("bad-unc.xml", List.of("Target 2 (fs-hou.contoso.test/software)",
                        "is not a \\\\server\\share path")),
                Arguments.of("no-share.xml", List.of("Target 1 (\\\\fs-liv.contoso.test)",
                        "is not a \\\\server\\share path")),
                Arguments.of("empty-target.xml", List.of("Target 1 has no path")));
    }

    @Test
    void damagedValuesGetAReasonNotACrash() {
        byte[] good = value("software.xml");
        Random random = new Random(20250101L);
        for (int i = 0; i < 3000; i++) {
            byte[] damaged = i < 1000 ? Arrays.copyOf(good, 1 + random.nextInt(good.length - 1)) : good.clone();
            if (i >= 1000) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            try {
                TargetListParser.parse(damaged);
            } catch (TargetListException e) {
                assertFalse(e.getMessage().startsWith("The target list could not be read ("), e::getMessage);
            }
        }
    }

    /** A valid list of as many targets as fit, padded with spaces to exactly {@code bytes} as UTF-16LE. */
    private static String listOfBytes(int bytes) {
        String head = "<?xml version=\"1.0\"?>\r\n<targets xmlns=\"" + TargetListParser.NAMESPACE
                + "\" majorVersion=\"2\" minorVersion=\"0\">";
        String tail = "</targets>";
        int chars = (bytes - 2) / 2;
        StringBuilder xml = new StringBuilder(chars).append(head);
        while (xml.length() + TARGET.length() + tail.length() <= chars) {
            xml.append(TARGET);
        }
        xml.append(" ".repeat(chars - xml.length() - tail.length())).append(tail);
        return xml.toString();
    }

    private static String failure(byte[] value) {
        return assertThrows(TargetListException.class, () -> TargetListParser.parse(value)).getMessage();
    }

    private static DfsTarget software(String host, TargetState state, PriorityClass priorityClass, int rank) {
        return new DfsTarget("\\\\" + host + ".contoso.test\\software", state, priorityClass, rank);
    }
}
