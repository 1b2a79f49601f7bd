package io.adtopo.core.malformed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue #10, malformed input: every case under {@code malformed/<kind>/} (see the README there) is fed to the
 * core API of its kind. A refusal must carry the expected fragment, name where, and read as plain English
 * (no stack trace, no Java class name); a result must match the expected facts. Nothing may be written to the
 * working directory. Every case must finish within a generous bound, a guard against hangs rather than a
 * performance test. Prints how many cases passed.
 */
class MalformedInputSuiteTest {

    private static final String README = "/io/adtopo/core/malformed/README.md";
    private static final int AT_LEAST = 50;
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);
    private static final String NONE = "(none)";
    private static final String EXPECT_FILE = MalformedCase.EXPECT;

    /** Per kind: cases found and cases passed. */
    private static final Map<String, AtomicInteger[]> TALLY = new TreeMap<>();

    @TestFactory
    Stream<DynamicNode> everyCase() throws Exception {
        List<MalformedCase> cases = MalformedCase.discover(root());
        Map<String, CaseRunner> runners = CaseRunner.byKind();
        Map<String, List<MalformedCase>> byKind = cases.stream()
                .collect(Collectors.groupingBy(MalformedCase::kind, TreeMap::new, Collectors.toList()));
        assertTrue(cases.size() >= AT_LEAST, () -> "only " + cases.size() + " cases found; the issue asks for "
                + AT_LEAST);
        assertEquals(runners.keySet(), byKind.keySet(), "one folder of cases for each kind of input");
        return byKind.entrySet().stream().map(kind -> {
            CaseRunner runner = runners.get(kind.getKey());
            TALLY.put(kind.getKey(), new AtomicInteger[] { new AtomicInteger(kind.getValue().size()),
                    new AtomicInteger() });
            return DynamicContainer.dynamicContainer(kind.getKey(), kind.getValue().stream()
                    .map(c -> DynamicTest.dynamicTest(c.name(), c.inputFile().toUri(), () -> check(c, runner))));
        });
    }

    @AfterAll
    static void printHowManyPassed() {
        int found = 0;
        int passed = 0;
        StringBuilder kinds = new StringBuilder();
        for (Map.Entry<String, AtomicInteger[]> kind : TALLY.entrySet()) {
            int kindFound = kind.getValue()[0].get();
            int kindPassed = kind.getValue()[1].get();
            found += kindFound;
            passed += kindPassed;
            kinds.append(kinds.length() == 0 ? "" : ", ").append(kind.getKey()).append(' ')
                    .append(kindPassed == kindFound ? String.valueOf(kindFound) : kindPassed + " of " + kindFound);
        }
        System.out.println("Malformed input suite: " + passed + " of " + found + " cases passed (" + kinds + ")");
    }

    private static void check(MalformedCase c, CaseRunner runner) throws Exception {
        Expectation expect = c.expectation();
        byte[] input = c.input(runner);
        Set<String> before = workingDirectory();
        Outcome outcome = assertTimeoutPreemptively(HANG_GUARD, () -> runner.run(input, expect),
                () -> c + " did not finish within " + HANG_GUARD.toSeconds() + " s");
        assertEquals(before, workingDirectory(), () -> c + ": reading the input wrote to the working directory");
        if (expect.expectsFailure()) {
            checkRefusal(c, expect, outcome);
        } else {
            checkResult(c, expect, outcome);
        }
        TALLY.get(c.kind())[1].incrementAndGet();
    }

    private static void checkRefusal(MalformedCase c, Expectation expect, Outcome outcome) {
        assertTrue(outcome.refused(), () -> c + ": expected a refusal, but the input was read: " + outcome);
        assertTrue(expect.has(Expectation.MESSAGE), () -> c + EXPECT_FILE + " names no message: fragment");
        assertTrue(expect.factKeys().isEmpty(), () -> c + EXPECT_FILE + " expects facts of a refusal");
        checkMessage(c, expect, outcome.message());
        for (String where : expect.all(Expectation.WHERE)) {
            contains(c, outcome.message(), where, "does not say where");
        }
        for (String name : outcome.context()) {
            contains(c, outcome.message(), name, "does not name");
        }
    }

    private static void checkResult(MalformedCase c, Expectation expect, Outcome outcome) {
        assertFalse(outcome.refused(), () -> c + ": expected a result, but the input was refused: "
                + outcome.message());
        assertTrue(expect.has(Expectation.MESSAGE) || !expect.factKeys().isEmpty(),
                () -> c + EXPECT_FILE + " expects nothing of the result");
        if (outcome.message() != null) {
            checkMessage(c, expect, outcome.message());
        } else if (expect.has(Expectation.MESSAGE)) {
            fail(c + ": a message is expected, but this kind of result has none");
        }
        for (String key : expect.factKeys()) {
            assertTrue(outcome.knows(key), () -> c + ": this kind of result has no fact '" + key + "'");
            List<String> expected = expect.all(key);
            assertEquals(expected.equals(List.of(NONE)) ? List.of() : expected, outcome.fact(key),
                    () -> c + ": " + key);
        }
    }

    private static void checkMessage(MalformedCase c, Expectation expect, String message) {
        List<String> problems = MessageHygiene.problems(message);
        assertTrue(problems.isEmpty(), () -> c + ": the message is not fit for a user, " + problems + ": "
                + message);
        for (String fragment : expect.all(Expectation.MESSAGE)) {
            contains(c, message, fragment, "lacks");
        }
        for (String fragment : expect.all(Expectation.ABSENT)) {
            assertFalse(message.contains(fragment), () -> c + ": the message shows '" + fragment + "': "
                    + message);
        }
    }

    private static void contains(MalformedCase c, String message, String fragment, String failure) {
        assertTrue(message.contains(fragment), () -> c + ": the message " + failure + " '" + fragment + "': "
                + message);
    }

    /** What the working directory holds: reading malformed input must write nothing there. */
    private static Set<String> workingDirectory() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("").toAbsolutePath())) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    /** The folder of cases: a directory on the test class path, or a folder inside a jar. */
    private static Path root() throws Exception {
        URL readme = MalformedInputSuiteTest.class.getResource(README);
        assertNotNull(readme, README + " is not on the test class path");
        URI uri = readme.toURI();
        if ("jar".equals(uri.getScheme())) {
            try {
                FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                // opened by an earlier run in this JVM
            }
        }
        return Path.of(uri).getParent();
    }
}
