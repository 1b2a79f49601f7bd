package io.adtopo.core.malformed;

import io.adtopo.core.replication.ReplicaLink;
import io.adtopo.core.replication.ReplicaLinkDecoder;
import io.adtopo.core.replication.ReplicaLinkException;

/**
 * repsFrom (REPLICA_LINK) values through {@link ReplicaLinkDecoder#decode(byte[], String, String)}, as read
 * from {@value #DC} for {@value #NC}; a refusal must name both. Facts: {@code address}, {@code failures},
 * {@code last-result}, {@code source-dsa}.
 */
final class ReplicaLinkRunner implements CaseRunner {

    static final String DC = "HOUDC1";
    static final String NC = "DC=contoso,DC=test";

    @Override
    public Outcome run(byte[] input, Expectation expect) {
        ReplicaLink link;
        try {
            link = ReplicaLinkDecoder.decode(input, DC, NC);
        } catch (ReplicaLinkException e) {
            return Outcome.refused(e.getMessage(), DC, NC);
        }
        return Outcome.read(null).with("address", link.sourceAddress()).with("failures", link.consecutiveFailures())
                .with("last-result", link.lastResult()).with("source-dsa", link.sourceDsaGuid());
    }
}
