package io.adtopo.core.malformed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a core API made of one input: a refusal with the message a user would see and the names the message
 * must carry (the DC, the naming context), or a result with an optional message and named facts.
 */
final class Outcome {

    private final boolean refused;
    private final String message;
    private final List<String> context;
    private final Map<String, List<String>> facts;

    private Outcome(boolean refused, String message, List<String> context, Map<String, List<String>> facts) {
        this.refused = refused;
        this.message = message;
        this.context = context;
        this.facts = facts;
    }

    /** The input was refused with {@code message}, which must name each of {@code context}. */
    static Outcome refused(String message, String... context) {
        return new Outcome(true, message, List.of(context), Map.of());
    }

    /** The input was read; {@code message} is what the user sees of the result, or null. */
    static Outcome read(String message) {
        return new Outcome(false, message, List.of(), new LinkedHashMap<>());
    }

    /** Adds a fact about the result; a fact may hold several values in order. */
    Outcome with(String key, Object value) {
        facts.computeIfAbsent(key, k -> new ArrayList<>()).add(String.valueOf(value));
        return this;
    }

    /** Adds a fact that has no values, so that an expected empty list can be told from an unknown fact. */
    Outcome withNone(String key) {
        facts.computeIfAbsent(key, k -> new ArrayList<>());
        return this;
    }

    boolean refused() {
        return refused;
    }

    String message() {
        return message;
    }

    List<String> context() {
        return context;
    }

    boolean knows(String key) {
        return facts.containsKey(key);
    }

    List<String> fact(String key) {
        return facts.getOrDefault(key, List.of());
    }

    @Override
    public String toString() {
        return (refused ? "refused: " : "read: ") + message + (facts.isEmpty() ? "" : " " + facts);
    }
}
