package io.adtopo.core.malformed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a case expects, read from its {@code .expect} file: lines {@code key: value}, '#' comments and blank
 * lines ignored. The value is the rest of the line after ": ", taken literally. A key may repeat; its values
 * keep their order.
 */
final class Expectation {

    /** The expected message contains this. */
    static final String MESSAGE = "message";
    /** The message contains this, naming where the problem is. */
    static final String WHERE = "where";
    /** The message does not contain this (say, what an external entity would have read). */
    static final String ABSENT = "absent";

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*");

    private final Map<String, List<String>> values;

    private Expectation(Map<String, List<String>> values) {
        this.values = values;
    }

    static Expectation read(Path file) throws IOException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? "" : line.substring(0, colon).trim();
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException(file.getFileName() + " line " + (i + 1)
                        + ": expected 'key: value' with a lower-case key");
            }
            String value = line.substring(colon + 1);
            values.computeIfAbsent(key, k -> new ArrayList<>()).add(value.startsWith(" ") ? value.substring(1) : value);
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException(file.getFileName() + " expects nothing");
        }
        return new Expectation(values);
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }

    /** Whether the case expects the input to be refused with a message (it has {@code where:}). */
    boolean expectsFailure() {
        return has(WHERE);
    }

    /** The keys other than message, where and absent: facts about a result. */
    Set<String> factKeys() {
        Map<String, List<String>> facts = new LinkedHashMap<>(values);
        facts.keySet().removeAll(List.of(MESSAGE, WHERE, ABSENT));
        return Collections.unmodifiableSet(facts.keySet());
    }
}
