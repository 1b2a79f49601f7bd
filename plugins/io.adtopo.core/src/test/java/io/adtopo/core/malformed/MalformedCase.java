package io.adtopo.core.malformed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One case of the suite: {@code <kind>/<name>.expect} and exactly one input beside it, {@code <name>.gen},
 * {@code .hex}, {@code .txt} or {@code .xml}. Files whose names start with '_' are parts that specs include.
 */
final class MalformedCase {

    static final String EXPECT = ".expect";
    private static final List<String> INPUTS = List.of(".gen", ".hex", ".txt", ".xml");

    private final String kind;
    private final String name;
    private final Path input;
    private final Path expect;

    private MalformedCase(String kind, String name, Path input, Path expect) {
        this.kind = kind;
        this.name = name;
        this.input = input;
        this.expect = expect;
    }

    /** Every case under {@code root}, by kind and name; IllegalStateException for a file that is no case. */
    static List<MalformedCase> discover(Path root) throws IOException {
        List<MalformedCase> cases = new ArrayList<>();
        for (Path folder : sorted(root)) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            String kind = folder.getFileName().toString();
            List<Path> files = sorted(folder);
            Set<String> names = files.stream().map(MalformedCase::fileName).filter(f -> f.endsWith(EXPECT))
                    .map(f -> f.substring(0, f.length() - EXPECT.length())).collect(Collectors.toSet());
            for (Path file : files) {
                String fileName = fileName(file);
                if (fileName.endsWith(EXPECT)) {
                    String name = fileName.substring(0, fileName.length() - EXPECT.length());
                    cases.add(new MalformedCase(kind, name, input(folder, name), file));
                } else if (!fileName.startsWith("_") && !fileName.equals("README.md")
                        && !names.contains(stem(fileName))) {
                    throw new IllegalStateException(kind + "/" + fileName + " has no " + stem(fileName) + EXPECT
                            + "; shared parts start with '_'");
                }
            }
        }
        return cases;
    }

    private static Path input(Path folder, String name) {
        List<Path> inputs = INPUTS.stream().map(ext -> folder.resolve(name + ext)).filter(Files::isRegularFile)
                .collect(Collectors.toList());
        if (inputs.size() != 1) {
            throw new IllegalStateException(folder.getFileName() + "/" + name + EXPECT + " needs exactly one of "
                    + INPUTS + " beside it, not " + inputs.size());
        }
        return inputs.get(0);
    }

    private static List<Path> sorted(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().collect(Collectors.toList());
        }
    }

    private static String fileName(Path path) {
        return path.getFileName().toString();
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    String kind() {
        return kind;
    }

    String name() {
        return name;
    }

    /** The input as the runner takes it: built from a spec, decoded from hex, or the literal file. */
    byte[] input(CaseRunner runner) throws IOException {
        String fileName = fileName(input);
        if (fileName.endsWith(".gen")) {
            return InputSpec.build(input);
        }
        if (fileName.endsWith(".hex")) {
            String hex = Files.readAllLines(input, StandardCharsets.UTF_8).stream()
                    .map(line -> line.replaceAll("#.*", "")).collect(Collectors.joining(" "));
            return InputSpec.hex(hex);
        }
        return runner.literal(Files.readAllBytes(input));
    }

    Expectation expectation() throws IOException {
        return Expectation.read(expect);
    }

    /** The case's input file, for the report's link to it. */
    Path inputFile() {
        return input;
    }

    @Override
    public String toString() {
        return kind + "/" + name;
    }
}
