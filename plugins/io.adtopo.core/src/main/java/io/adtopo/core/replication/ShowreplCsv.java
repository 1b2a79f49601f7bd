package io.adtopo.core.replication;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.adtopo.core.ldap.DnNames;

/**
 * The rows in the column order of {@code repadmin /showrepl * /csv}: showrepl_COLUMNS, Destination DSA Site,
 * Destination DSA, Naming Context, Source DSA Site, Source DSA, Transport Type, Number of Failures, Last
 * Failure Time, Last Success Time, Last Failure Status. Times in UTC; "0" for never, as repadmin writes.
 */
public final class ShowreplCsv {

    public static final String HEADER = "showrepl_COLUMNS,Destination DSA Site,Destination DSA,Naming Context,"
            + "Source DSA Site,Source DSA,Transport Type,Number of Failures,Last Failure Time,Last Success Time,"
            + "Last Failure Status";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private ShowreplCsv() {
    }

    public static String of(List<InboundNeighbor> rows) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (InboundNeighbor n : rows) {
            ReplicaLink link = n.link();
            String lastFailure = link.isFailing() ? link.lastAttempt().map(ShowreplCsv::time).orElse("0") : "0";
            out.append(String.join(",", "showrepl_INFO", field(DnNames.firstValue(n.destination().siteDn())),
                    field(n.destination().name()), field(n.namingContext()), field(n.sourceSite()),
                    field(n.source().map(s -> s.name()).orElse(n.sourceName())), link.isRpcTransport() ? "RPC" : "SMTP",
                    String.valueOf(link.consecutiveFailures()), lastFailure,
                    link.lastSuccess().map(ShowreplCsv::time).orElse("0"), String.valueOf(link.lastResult())))
                    .append("\r\n");
        }
        return out.toString();
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }

    /** A CSV field, quoted when it holds a comma or a quote. */
    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
