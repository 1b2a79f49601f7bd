package io.adtopo.core.checks;

import java.util.List;
import java.util.Objects;

/**
 * A fault one check found in one DC's copy: which check, about which object, on which DC, in words that name
 * the object and the consequence, with the ways to fix it.
 */
public final class Problem {

    private final Check check;
    private final String subjectDn;
    private final String subjectName;
    private final String dc;
    private final String message;
    private final List<FixCandidate> fixes;

    public Problem(Check check, String subjectDn, String subjectName, String dc, String message,
            List<FixCandidate> fixes) {
        this.check = Objects.requireNonNull(check);
        this.subjectDn = Objects.requireNonNull(subjectDn);
        this.subjectName = Objects.requireNonNull(subjectName);
        this.dc = Objects.requireNonNull(dc);
        this.message = Objects.requireNonNull(message);
        this.fixes = List.copyOf(fixes);
    }

    public Check check() {
        return check;
    }

    public Severity severity() {
        return check.severity();
    }

    /** The DN of the object the problem is about (a server object). */
    public String subjectDn() {
        return subjectDn;
    }

    /** "Houston\HOUDC1". */
    public String subjectName() {
        return subjectName;
    }

    /** The DNS name of the DC whose copy holds the fault. */
    public String dc() {
        return dc;
    }

    public String message() {
        return message;
    }

    /** The candidate fixes, best first; empty when the fix needs a person's judgement. */
    public List<FixCandidate> fixes() {
        return fixes;
    }

    @Override
    public String toString() {
        return check.id() + " " + subjectName + " @" + dc + ": " + message;
    }
}
