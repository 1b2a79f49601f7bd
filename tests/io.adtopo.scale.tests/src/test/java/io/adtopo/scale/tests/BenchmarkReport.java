package io.adtopo.scale.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;

/**
 * The benchmark's printed figures: each line goes to standard output at once and is appended to
 * target/benchmark.txt of the build (so ./benchmark.sh can show them together at the end).
 */
final class BenchmarkReport {

    private static BenchmarkReport instance;

    private final Path file;

    private BenchmarkReport(Path file) {
        this.file = file;
    }

    static synchronized BenchmarkReport get() {
        if (instance == null) {
            String repo = System.getProperty("adtopo.repo", ".");
            instance = new BenchmarkReport(Paths.get(repo, "target", "benchmark.txt"));
        }
        return instance;
    }

    void line(String text) {
        System.out.println("adtopo benchmark: " + text);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, (text + System.lineSeparator()).getBytes(StandardCharsets.UTF_8),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("adtopo benchmark: cannot write " + file + ": " + e.getMessage());
        }
    }

    /** A figure with its target: "[met]" or "[MISSED]" and the target, never an assertion. */
    void verdict(String figure, String target, boolean met) {
        line((met ? "[met]    " : "[MISSED] ") + figure + " (target: " + target + ")");
    }
}
