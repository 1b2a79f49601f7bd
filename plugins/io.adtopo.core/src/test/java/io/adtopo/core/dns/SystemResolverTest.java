package io.adtopo.core.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

/** Only loopback and literals reach the real resolver here; failures and timeouts use a fake lookup. */
class SystemResolverTest {

    private final List<String> looked = new CopyOnWriteArrayList<>();

    @Test
    void resolvesLocalhostToLoopback() {
        ResolvedHost host = new SystemResolver().resolve("localhost").orElseThrow();

        assertFalse(host.addresses().isEmpty());
        for (InetAddress address : host.addresses()) {
            assertTrue(address.isLoopbackAddress(), address.toString());
        }
        assertEquals("system resolver", host.source());
        assertEquals("localhost", host.hostName());
    }

    @Test
    void aLiteralIsItsOwnAnswer() throws Exception {
        assertEquals(List.of(InetAddress.getByName("127.0.0.7")),
                new SystemResolver().resolve("127.0.0.7").orElseThrow().addresses());
    }

    @Test
    void neverAsksForAnEmptyName() {
        SystemResolver resolver = new SystemResolver(Duration.ofSeconds(1), name -> {
            looked.add(name);
            return new InetAddress[] { InetAddress.getLoopbackAddress() };
        });

        assertEquals(Optional.empty(), resolver.resolve(""));
        assertEquals(Optional.empty(), resolver.resolve("  "));
        assertEquals(Optional.empty(), resolver.resolve(null));
        assertEquals(List.of(), looked);
    }

    @Test
    void anUnknownNameIsEmpty() {
        SystemResolver resolver = new SystemResolver(Duration.ofSeconds(1), name -> {
            looked.add(name);
            throw new UnknownHostException(name);
        });

        assertEquals(Optional.empty(), resolver.resolve("fs-nowhere.contoso.test"));
        assertEquals(List.of("fs-nowhere.contoso.test"), looked);
    }

    @Test
    void looksUpOnADaemonThread() throws Exception {
        List<Boolean> daemon = new CopyOnWriteArrayList<>();
        SystemResolver resolver = new SystemResolver(Duration.ofSeconds(30), name -> {
            daemon.add(Thread.currentThread().isDaemon());
            return new InetAddress[] { InetAddress.getByName("10.1.2.3") };
        });

        assertEquals(List.of(InetAddress.getByName("10.1.2.3")),
                resolver.resolve("fs.contoso.test").orElseThrow().addresses());
        assertEquals(List.of(true), daemon);
    }

    @Test
    void aLookupThatOutlivesTheTimeoutIsEmpty() {
        CountDownLatch release = new CountDownLatch(1);
        SystemResolver resolver = new SystemResolver(Duration.ofMillis(50), name -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new InetAddress[] { InetAddress.getLoopbackAddress() };
        });

        try {
            Optional<ResolvedHost> answer = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> resolver.resolve("slow.contoso.test"));
            assertEquals(Optional.empty(), answer);
        } finally {
            release.countDown();
        }
    }

    @Test
    void refusesATimeoutThatIsNotPositive() {
        assertThrows(IllegalArgumentException.class, () -> new SystemResolver(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new SystemResolver(Duration.ofSeconds(-1)));
    }
}
