package io.adtopo.core.diagnostics;

import static io.adtopo.core.diagnostics.DiagnosticTextTest.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.adtopo.core.diagnostics.Finding.Kind;

/**
 * DiagnosticText on what no administrator pastes on purpose: input past the size limit, lone surrogates, a
 * GUID hidden in a megabyte of noise, hostile repetitions, random mixes of fragments. It must never hang,
 * throw, or report a finding that is not where it says.
 */
class DiagnosticTextRobustnessTest {

    private static final String SEED_GUID = "3dab7f9b-92e7-4391-b8db-71df532c1493";
    private static final String DSA_LIV = "139af056-538d-4bea-a78d-9ba81d9a0403";
    private static final int MB = 1 << 20;

    @Test
    void longInputIsCutAndSaysSo() {
        String head = " ".repeat(DiagnosticText.MAX_INPUT - 40) + SEED_GUID + " ";
        String text = head + SEED_GUID.replace("3dab", "4dab") + " ".repeat(100);
        DiagnosticText result = DiagnosticText.parse(text);
        assertTrue(result.truncated());
        assertEquals(List.of("GUID " + SEED_GUID), describe(result));
        assertTrue(result.summary().endsWith("only the first 2,000,000 characters read"), result.summary());
        assertFalse(DiagnosticText.parse(" ".repeat(DiagnosticText.MAX_INPUT)).truncated());
    }

    @Test
    void loneSurrogatesAreNoise() {
        DiagnosticText result = DiagnosticText.parse("\uD800DSA object GUID: " + DSA_LIV + "\uDC00\uDFFF\uD800\\DC1");
        assertEquals(List.of("DSA_GUID " + DSA_LIV), describe(result));
    }

    @Test
    void guidHiddenInAMegabyteOfNoiseIsFoundAtItsOffset() {
        byte[] bytes = new byte[MB];
        new Random(8589).nextBytes(bytes);
        String noise = new String(bytes, StandardCharsets.ISO_8859_1);
        String label = " DSA object GUID: ";
        String text = noise.substring(0, MB / 2) + label + DSA_LIV + " " + noise.substring(MB / 2);
        DiagnosticText result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> DiagnosticText.parse(text));
        List<Finding> guids = result.findings().stream().filter(f -> f.guid().isPresent())
                .collect(Collectors.toList());
        assertEquals(List.of("DSA_GUID " + DSA_LIV), guids.stream().map(f -> f.kind() + " " + f.value())
                .collect(Collectors.toList()));
        assertEquals(MB / 2 + label.length(), guids.get(0).offset());
        assertConsistent(text, result);
    }

    static Stream<Arguments> hostile() {
        Random random = new Random(2023);
        return Stream.of(Arguments.of("random bytes", (Supplier<String>) () -> {
            byte[] bytes = new byte[MB];
            random.nextBytes(bytes);
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }), Arguments.of("random UTF-16 incl. lone surrogates", (Supplier<String>) () -> {
            char[] chars = new char[MB];
            for (int i = 0; i < MB; i++) {
                chars[i] = (char) random.nextInt(0x10000);
            }
            return new String(chars);
        }), Arguments.of("one line of hex digits and dashes", (Supplier<String>) () -> {
            StringBuilder out = new StringBuilder(MB);
            for (int i = 0; i < MB; i++) {
                out.append("0123456789abcdef-".charAt(random.nextInt(17)));
            }
            return out.toString();
        }), Arguments.of("GUIDs glued together", repeat(SEED_GUID)),
                Arguments.of("GUIDs one char short", repeat(SEED_GUID.substring(1) + " ")),
                Arguments.of("backslashes", repeat("\\")), Arguments.of("a\\", repeat("a\\")),
                Arguments.of("63 letters and a backslash", repeat("S".repeat(63) + "\\")),
                Arguments.of("NTDS Settings heads", repeat("CN=NTDS Settings,CN=DC1,CN=Servers,")),
                Arguments.of("deleted heads without commas", repeat("CN=NTDS Settings\\0ADEL:")),
                Arguments.of("lost commas", repeat(",DC=aDC=")), Arguments.of("event labels", repeat("Event ID: ")),
                Arguments.of("0x", repeat("0x")), Arguments.of("digits", repeat("8")),
                Arguments.of("labels", repeat("DSA object GUID: ")), Arguments.of("NULs", repeat("\0")),
                Arguments.of("3,000,000 letters", (Supplier<String>) () -> "x".repeat(3_000_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostileInputParsesWithoutHanging(String name, Supplier<String> input) {
        String text = input.get();
        long[] nanos = new long[1];
        DiagnosticText result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            long start = System.nanoTime();
            DiagnosticText parsed = DiagnosticText.parse(text);
            nanos[0] = System.nanoTime() - start;
            return parsed;
        });
        System.out.printf("DiagnosticText.parse %-36s %,10d chars %6d ms  %s%n", name, text.length(),
                nanos[0] / 1_000_000, result.findings().size() + " findings");
        assertNotNull(result.summary());
        assertConsistent(text, result);
    }

    @Test
    void neverThrowsOnRandomMixesOfFragments() {
        String[] fragments = { SEED_GUID, "DSA object GUID: ", "invocationID:", "._msdcs.", "contoso.com", "\\",
            "Site", "DC1", "CN=NTDS Settings", ",CN=Servers", ",CN=Sites", ",CN=Configuration,DC=", "DC=com", "0x",
            "8589", "218d", "Event ID: ", "1411", "{", "}", "-", "\0", "\uD800", "\uDC00", "\r\n", " ", "ö", "日本",
            "<", ">", ":", "=", ",", "." };
        Random random = new Random(1925);
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(40); k >= 0; k--) {
                text.append(fragments[random.nextInt(fragments.length)]);
            }
            String input = random.nextBoolean() ? text.toString() : text.substring(random.nextInt(text.length() + 1));
            assertConsistent(input, DiagnosticText.parse(input));
        }
    }

    /** Each finding is where it says it is, in order, without repeats. */
    static void assertConsistent(String text, DiagnosticText result) {
        Set<String> keys = new HashSet<>();
        int last = -1;
        assertTrue(result.findings().size() <= DiagnosticText.MAX_FINDINGS);
        for (Finding f : result.findings()) {
            int end = Math.min(text.length(), DiagnosticText.MAX_INPUT);
            assertTrue(f.offset() >= last && f.offset() < end, f::toString);
            last = f.offset();
            assertTrue(keys.add(f.kind() + " " + f.value().toLowerCase(Locale.ROOT)), f::toString);
            if (f.guid().isPresent()) {
                assertTrue(text.regionMatches(true, f.offset(), f.guid().get().toString(), 0, 36), f::toString);
            } else if (f.kind() == Kind.SITE_SERVER) {
                assertTrue(text.startsWith(f.value(), f.offset()), f::toString);
            } else {
                assertTrue(text.regionMatches(true, f.offset(), "CN=NTDS Settings", 0, 16), f::toString);
            }
        }
    }

    private static Supplier<String> repeat(String unit) {
        return () -> unit.repeat(MB / unit.length() + 1);
    }
}
