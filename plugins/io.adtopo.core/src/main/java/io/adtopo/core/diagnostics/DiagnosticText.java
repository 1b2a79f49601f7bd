package io.adtopo.core.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What can be recognised in a text an administrator pastes from an event 1411/2023/1925, {@code repadmin
 * /showrepl} or dcdiag: DSA GUIDs, invocation IDs, {@code <guid>._msdcs.<forest>} names, {@code Site\DC}
 * names, NTDS Settings DNs, and mentions of error 8589 and its events. Tolerates pastes whose line breaks
 * were lost. Never throws; runs in time linear in the input, which is cut at {@link #MAX_INPUT} chars.
 */
public final class DiagnosticText {

    public static final int MAX_INPUT = 2_000_000;
    public static final int MAX_FINDINGS = 1_000;
    static final String NOTHING =
            "Nothing recognised: paste an event 1411/2023/1925 text, repadmin /showrepl or dcdiag output.";

    private static final DiagnosticText EMPTY = new DiagnosticText(List.of(), false, Set.of(), false, false);

    private final List<Finding> findings;
    private final boolean mentions8589;
    private final Set<Integer> eventIds;
    private final boolean truncated;
    private final boolean capped;

    private DiagnosticText(List<Finding> findings, boolean mentions8589, Set<Integer> eventIds, boolean truncated,
            boolean capped) {
        this.findings = findings;
        this.mentions8589 = mentions8589;
        this.eventIds = eventIds;
        this.truncated = truncated;
        this.capped = capped;
    }

    /** Recognises what it can in {@code pasted}; null or empty gives an empty result. */
    public static DiagnosticText parse(String pasted) {
        if (pasted == null || pasted.isEmpty()) {
            return EMPTY;
        }
        boolean truncated = pasted.length() > MAX_INPUT;
        String text = truncated ? pasted.substring(0, MAX_INPUT) : pasted;
        FindingCollector guids = new FindingCollector(MAX_FINDINGS);
        GuidScanner.scan(text, guids);
        FindingCollector dns = new FindingCollector(MAX_FINDINGS);
        NtdsSettingsScanner.scan(text, dns);
        FindingCollector names = new FindingCollector(MAX_FINDINGS);
        SiteServerScanner.scan(text, names);
        Set<Integer> events = new TreeSet<>();
        boolean mentions8589 = ErrorScanner.scan(text, events);

        List<Finding> all = new ArrayList<>(guids.findings());
        all.addAll(dns.findings());
        all.addAll(names.findings());
        all.sort(Comparator.comparingInt(Finding::offset));
        boolean capped = guids.overflowed() || dns.overflowed() || names.overflowed() || all.size() > MAX_FINDINGS;
        List<Finding> kept = all.size() > MAX_FINDINGS ? all.subList(0, MAX_FINDINGS) : all;
        return new DiagnosticText(List.copyOf(kept), mentions8589, Collections.unmodifiableSet(events), truncated,
                capped);
    }

    /** Everything recognised, in order of appearance, repeats (same kind and value) removed, at most 1,000. */
    public List<Finding> findings() {
        return findings;
    }

    public List<Finding> findings(Finding.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).collect(Collectors.toUnmodifiableList());
    }

    /** Whether {@code 8589}, {@code 0x218d} or {@code ERROR_DS_CANT_DERIVE_SPN_WITHOUT_SERVER_REF} occurs. */
    public boolean mentions8589() {
        return mentions8589;
    }

    /** Which of the events 1411, 2023 and 1925 are mentioned with an id label, ascending. */
    public Set<Integer> eventIds() {
        return eventIds;
    }

    /** Whether the input was longer than {@link #MAX_INPUT} chars and only its start was read. */
    public boolean truncated() {
        return truncated;
    }

    /** Whether more than {@link #MAX_FINDINGS} findings were recognised and only the first were kept. */
    public boolean findingsCapped() {
        return capped;
    }

    public boolean isEmpty() {
        return findings.isEmpty() && !mentions8589 && eventIds.isEmpty();
    }

    /** A short English sentence: "2 DSA GUIDs, 1 invocation ID, 1 _msdcs name, error 8589, event 1411". */
    public String summary() {
        if (isEmpty()) {
            return truncated ? NOTHING + " (Only the first 2,000,000 characters were read.)" : NOTHING;
        }
        Map<Finding.Kind, Integer> counts = new EnumMap<>(Finding.Kind.class);
        for (Finding finding : findings) {
            counts.merge(finding.kind(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, count) -> parts.add(count + " " + noun(kind, count)));
        if (mentions8589) {
            parts.add("error 8589");
        }
        if (!eventIds.isEmpty()) {
            parts.add((eventIds.size() == 1 ? "event " : "events ")
                    + eventIds.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        if (capped) {
            parts.add("only the first 1,000 findings kept");
        }
        if (truncated) {
            parts.add("only the first 2,000,000 characters read");
        }
        return String.join(", ", parts);
    }

    private static String noun(Finding.Kind kind, int count) {
        String one;
        String many;
        switch (kind) {
        case DSA_GUID:
            one = "DSA GUID";
            many = "DSA GUIDs";
            break;
        case INVOCATION_ID:
            one = "invocation ID";
            many = "invocation IDs";
            break;
        case MSDCS_NAME:
            one = "_msdcs name";
            many = "_msdcs names";
            break;
        case NTDS_SETTINGS_DN:
            one = "NTDS Settings DN";
            many = "NTDS Settings DNs";
            break;
        case SITE_SERVER:
            one = "site\\DC name";
            many = "site\\DC names";
            break;
        default:
            one = "unlabelled GUID";
            many = "unlabelled GUIDs";
            break;
        }
        return count == 1 ? one : many;
    }

    @Override
    public String toString() {
        return summary();
    }
}
