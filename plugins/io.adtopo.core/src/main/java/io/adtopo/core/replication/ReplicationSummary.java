package io.adtopo.core.replication;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What repadmin /replsummary prints: per source DC and per destination DC, the largest time since a
 * successful replication, failures over total links, and the errors met.
 */
public final class ReplicationSummary {

    /** One DC's line: largest delta, fails/total, the error codes seen. */
    public static final class Line {
        private final String dc;
        private Duration largestDelta;
        private boolean neverSucceeded;
        private int fails;
        private int total;
        private final Map<Integer, Integer> errors = new TreeMap<>();

        Line(String dc) {
            this.dc = dc;
        }

        void add(InboundNeighbor n, Instant now) {
            total++;
            if (n.isFailing()) {
                fails++;
                errors.merge(n.link().lastResult(), 1, Integer::sum);
            }
            Duration delta = n.sinceLastSuccess(now).orElse(null);
            if (delta == null) {
                neverSucceeded = true;
            } else if (largestDelta == null || delta.compareTo(largestDelta) > 0) {
                largestDelta = delta;
            }
        }

        public String dc() {
            return dc;
        }

        /** "never" when a link has never succeeded, else like repadmin: "02d.03h:04m:05s" or "04m:05s". */
        public String largestDelta() {
            if (neverSucceeded) {
                return "never";
            }
            return largestDelta == null ? "" : format(largestDelta);
        }

        public int fails() {
            return fails;
        }

        public int total() {
            return total;
        }

        /** Error code -> how many links ended with it. */
        public Map<Integer, Integer> errors() {
            return errors;
        }

        @Override
        public String toString() {
            return dc + " " + largestDelta() + " " + fails + " / " + total + " " + errors;
        }
    }

    private final List<Line> sources;
    private final List<Line> destinations;

    private ReplicationSummary(List<Line> sources, List<Line> destinations) {
        this.sources = sources;
        this.destinations = destinations;
    }

    static ReplicationSummary of(ReplicationStatus status) {
        Map<String, Line> sources = new LinkedHashMap<>();
        Map<String, Line> destinations = new LinkedHashMap<>();
        for (InboundNeighbor n : status.rows()) {
            sources.computeIfAbsent(n.sourceName(), Line::new).add(n, status.readAt());
            destinations.computeIfAbsent(n.destination().name(), Line::new).add(n, status.readAt());
        }
        return new ReplicationSummary(sorted(sources), sorted(destinations));
    }

    private static List<Line> sorted(Map<String, Line> lines) {
        List<Line> out = new ArrayList<>(lines.values());
        out.sort((a, b) -> a.dc.compareToIgnoreCase(b.dc));
        return out;
    }

    public List<Line> sources() {
        return sources;
    }

    public List<Line> destinations() {
        return destinations;
    }

    static String format(Duration d) {
        long s = Math.max(0, d.getSeconds());
        long days = s / 86400;
        long hours = s % 86400 / 3600;
        long minutes = s % 3600 / 60;
        long seconds = s % 60;
        if (days > 0) {
            return String.format("%02dd.%02dh:%02dm:%02ds", days, hours, minutes, seconds);
        }
        if (hours > 0) {
            return String.format("%02dh:%02dm:%02ds", hours, minutes, seconds);
        }
        return String.format("%02dm:%02ds", minutes, seconds);
    }
}
