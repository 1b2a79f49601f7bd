package io.adtopo.ui.replication;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IMarker;

import io.adtopo.core.replication.DcReplication;
import io.adtopo.core.replication.InboundNeighbor;
import io.adtopo.core.replication.ReplicationSummary;
import io.adtopo.core.replication.Win32Errors;
import io.adtopo.ui.internal.Messages;

/** The columns of the Replication view for its three kinds of rows. */
final class ReplicationLabels {

    static final String[] COLUMNS = { Messages.Replication_columnDestination, Messages.Replication_columnNc,
            Messages.Replication_columnSource, Messages.Replication_columnLastSuccess,
            Messages.Replication_columnLastAttempt, Messages.Replication_columnResult,
            Messages.Replication_columnFailures, Messages.Replication_columnProblem };
    static final int[] WIDTHS = { 160, 250, 170, 170, 170, 330, 70, 330 };

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ReplicationLabels() {
    }

    static String text(Object element, int column, ProblemLinks problems) {
        if (element instanceof InboundNeighbor) {
            return neighbor((InboundNeighbor) element, column, problems);
        }
        if (element instanceof DcReplication) {
            DcReplication dc = (DcReplication) element;
            return column == 0 ? dc.dc().name() : column == 5 ? dc.failure().orElse("") : "";
        }
        if (element instanceof ReplicationSummary.Line) {
            ReplicationSummary.Line line = (ReplicationSummary.Line) element;
            switch (column) {
            case 0:
                return line.dc();
            case 3:
                return line.largestDelta();
            case 5:
                return errors(line.errors());
            case 6:
                return line.fails() + " / " + line.total();
            default:
                return "";
            }
        }
        if (element instanceof Group) {
            return column == 0 ? ((Group) element).label() : column == 5 ? ((Group) element).details() : "";
        }
        return "";
    }

    private static String neighbor(InboundNeighbor n, int column, ProblemLinks problems) {
        switch (column) {
        case 0:
            return n.destination().name();
        case 1:
            return n.namingContext();
        case 2:
            return n.sourceName();
        case 3:
            return n.link().lastSuccess().map(ReplicationLabels::time).orElse(Messages.Replication_never);
        case 4:
            return n.link().lastAttempt().map(ReplicationLabels::time).orElse(Messages.Replication_never);
        case 5:
            return Win32Errors.describe(n.link().lastResult());
        case 6:
            return String.valueOf(n.link().consecutiveFailures());
        case 7:
            return problems.of(n).map(m -> m.getAttribute(IMarker.MESSAGE, "")).orElse("");
        default:
            return "";
        }
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    private static String errors(Map<Integer, Integer> errors) {
        return errors.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining(", "));
    }

    /** A row that groups others: unreachable DCs, the summary and its parts. */
    static final class Group {
        private final String label;
        private final String details;
        private final Object[] children;

        Group(String label, String details, Object[] children) {
            this.label = label;
            this.details = details;
            this.children = children;
        }

        String label() {
            return label;
        }

        String details() {
            return details;
        }

        Object[] children() {
            return children;
        }
    }

    /** Finds the validator's marker that explains a failing neighbor (8589: the source's serverReference). */
    interface ProblemLinks {
        Optional<IMarker> of(InboundNeighbor neighbor);
    }
}
