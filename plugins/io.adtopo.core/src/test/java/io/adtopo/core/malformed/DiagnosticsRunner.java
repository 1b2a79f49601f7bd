package io.adtopo.core.malformed;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import io.adtopo.core.diagnostics.DiagnosticText;
import io.adtopo.core.diagnostics.Finding;

/**
 * Pasted diagnostic texts (UTF-8) through {@link DiagnosticText#parse(String)}, which never refuses: its
 * message is the summary. Facts: {@code finding} ("KIND value @offset", the offset being where the finding
 * starts), {@code findings} (how many), {@code events}, {@code mentions-8589} and {@code truncated}.
 */
final class DiagnosticsRunner implements CaseRunner {

    @Override
    public Outcome run(byte[] input, Expectation expect) {
        DiagnosticText text = DiagnosticText.parse(new String(input, StandardCharsets.UTF_8));
        Outcome outcome = Outcome.read(text.summary()).with("findings", text.findings().size())
                .with("events", text.eventIds().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .with("mentions-8589", text.mentions8589()).with("truncated", text.truncated())
                .withNone("finding");
        for (Finding finding : text.findings()) {
            outcome.with("finding", finding.kind() + " " + finding.value() + " @" + finding.offset());
        }
        return outcome;
    }
}
