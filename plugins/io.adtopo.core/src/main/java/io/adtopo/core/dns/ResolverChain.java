package io.adtopo.core.dns;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.adtopo.core.ldap.DirectoryException;

/**
 * Asks resolvers in order; the first that knows the name answers. Answers are remembered per host name
 * (without regard to case or a trailing dot), unknown names too, so a referral preview with many targets
 * asks once per name.
 * A failure (DirectoryException) is not remembered: the next call asks again.
 */
public final class ResolverChain implements HostResolver {

    private final List<HostResolver> resolvers;
    private final Map<String, Optional<ResolvedHost>> answers = new ConcurrentHashMap<>();

    public ResolverChain(List<HostResolver> resolvers) {
        this.resolvers = List.copyOf(resolvers);
    }

    @Override
    public Optional<ResolvedHost> resolve(String hostName) throws DirectoryException {
        if (hostName == null) {
            return Optional.empty();
        }
        String key = hostName.trim().toLowerCase(Locale.ROOT);
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        Optional<ResolvedHost> known = answers.get(key);
        if (known != null) {
            return known;
        }
        Optional<ResolvedHost> answer = Optional.empty();
        for (HostResolver resolver : resolvers) {
            answer = resolver.resolve(hostName);
            if (answer.isPresent()) {
                break;
            }
        }
        answers.put(key, answer);
        return answer;
    }
}
