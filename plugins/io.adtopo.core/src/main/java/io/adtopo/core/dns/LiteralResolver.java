package io.adtopo.core.dns;

import java.util.List;
import java.util.Optional;

import io.adtopo.core.topology.SubnetMatcher;

/** An IP address literal (IPv6 optionally in brackets) resolves to itself; nothing is looked up. */
public final class LiteralResolver implements HostResolver {

    static final String SOURCE = "address literal";

    @Override
    public Optional<ResolvedHost> resolve(String hostName) {
        if (hostName == null) {
            return Optional.empty();
        }
        String text = hostName.trim();
        if (text.length() > 2 && text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        return SubnetMatcher.parseLiteral(text).map(address -> new ResolvedHost(hostName, List.of(address), SOURCE));
    }
}
