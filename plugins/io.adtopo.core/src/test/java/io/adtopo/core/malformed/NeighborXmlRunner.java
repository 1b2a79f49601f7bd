package io.adtopo.core.malformed;

import java.nio.charset.StandardCharsets;

import io.adtopo.core.replication.NeighborXmlParser;
import io.adtopo.core.replication.ReplicaLink;
import io.adtopo.core.replication.ReplicaLinkException;

/**
 * msDS-NCReplInboundNeighbors values (UTF-8 text) through {@link NeighborXmlParser#parse(String, String)}, as
 * returned by {@value ReplicaLinkRunner#DC}; a refusal must name it. Facts: {@code naming-context},
 * {@code source-dsa-dn}, {@code address}, {@code last-result}, {@code failures}.
 */
final class NeighborXmlRunner implements CaseRunner {

    @Override
    public Outcome run(byte[] input, Expectation expect) {
        ReplicaLink link;
        try {
            link = NeighborXmlParser.parse(new String(input, StandardCharsets.UTF_8), ReplicaLinkRunner.DC);
        } catch (ReplicaLinkException e) {
            return Outcome.refused(e.getMessage(), ReplicaLinkRunner.DC);
        }
        return Outcome.read(null).with("naming-context", link.namingContext())
                .with("source-dsa-dn", link.sourceDsaDn().orElse("")).with("address", link.sourceAddress())
                .with("last-result", link.lastResult()).with("failures", link.consecutiveFailures());
    }
}
