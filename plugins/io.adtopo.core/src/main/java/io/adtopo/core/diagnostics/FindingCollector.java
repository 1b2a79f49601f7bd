package io.adtopo.core.diagnostics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gathers one scanner's findings in order of appearance, drops repeats (same kind and value, ignoring case)
 * and stops accepting at a limit, so hostile input cannot make the result grow without bound.
 */
final class FindingCollector {

    private final int limit;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private boolean overflowed;

    FindingCollector(int limit) {
        this.limit = limit;
    }

    void add(Finding finding) {
        String key = finding.dedupKey();
        if (findings.size() >= limit) {
            overflowed |= !seen.contains(key);
            return;
        }
        if (seen.add(key)) {
            findings.add(finding);
        }
    }

    /** True when a new finding came after the limit was reached and was dropped. */
    boolean overflowed() {
        return overflowed;
    }

    List<Finding> findings() {
        return findings;
    }
}
