package io.adtopo.core.dns;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks the operating system's resolver (hosts file, DNS as the machine is configured). The lookup runs on a
 * daemon thread and is waited for at most the timeout; a name that does not resolve in time, or at all, is
 * unknown here (empty), never an error. A lookup that outlives its timeout finishes on its own thread.
 */
public final class SystemResolver implements HostResolver {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    static final String SOURCE = "system resolver";

    /** The lookup itself; the system's in production, a fake in tests. */
    interface Lookup {
        InetAddress[] addressesOf(String hostName) throws UnknownHostException;
    }

    private static final ExecutorService LOOKUPS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 10,
            TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
                Thread thread = new Thread(task, "adtopo host name lookup");
                thread.setDaemon(true);
                return thread;
            });

    private final Duration timeout;
    private final Lookup lookup;

    public SystemResolver() {
        this(DEFAULT_TIMEOUT);
    }

    public SystemResolver(Duration timeout) {
        this(timeout, InetAddress::getAllByName);
    }

    SystemResolver(Duration timeout, Lookup lookup) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        this.timeout = timeout;
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    @Override
    public Optional<ResolvedHost> resolve(String hostName) {
        // getAllByName answers loopback for an empty name: never ask it for one.
        if (hostName == null || hostName.isBlank()) {
            return Optional.empty();
        }
        Future<InetAddress[]> answer = LOOKUPS.submit(() -> lookup.addressesOf(hostName));
        try {
            InetAddress[] addresses = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return addresses == null || addresses.length == 0 ? Optional.empty()
                    : Optional.of(new ResolvedHost(hostName, Arrays.asList(addresses), SOURCE));
        } catch (TimeoutException e) {
            answer.cancel(true);
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error) {
                throw (Error) e.getCause();
            }
            // UnknownHostException, or a SecurityException where lookups are not allowed: unknown here.
            return Optional.empty();
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
