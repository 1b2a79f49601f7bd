package io.adtopo.core.malformed;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Feeds one kind of input to the core API that reads it and reports what came of it. */
interface CaseRunner {

    /** The runner of each kind, by the name of its folder under {@code malformed/}. */
    static Map<String, CaseRunner> byKind() {
        return Map.of("targetlist", new TargetListRunner(), "diagnostics", new DiagnosticsRunner(), "dn",
                new DnRunner(), "replicalink", new ReplicaLinkRunner(), "neighborxml", new NeighborXmlRunner(),
                "ldapurl", new LdapUrlRunner());
    }

    /**
     * Runs the API on {@code input}. A refusal the API documents becomes {@link Outcome#refused}; anything
     * else it throws is left to propagate, and fails the case.
     */
    Outcome run(byte[] input, Expectation expect) throws Exception;

    /** The input a literal case file ({@code .txt}, {@code .xml}) stands for; by default its bytes. */
    default byte[] literal(byte[] file) {
        return file;
    }

    /** UTF-8 text without one final line end: for kinds whose input is a single line. */
    static String oneLine(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
