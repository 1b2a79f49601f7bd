package io.adtopo.core.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectoryException.Kind;

class ResolverChainTest {

    private final List<String> asked = new ArrayList<>();

    @Test
    void theFirstResolverThatKnowsTheNameAnswers() throws Exception {
        ResolverChain chain = new ResolverChain(List.of(fake("first", Map.of("a.test", "10.0.0.1")),
                fake("second", Map.of("a.test", "10.0.0.2", "b.test", "10.0.0.3"))));

        assertEquals("first", chain.resolve("a.test").orElseThrow().source());
        assertEquals(List.of("first:a.test"), asked);

        ResolvedHost b = chain.resolve("b.test").orElseThrow();
        assertEquals("second", b.source());
        assertEquals(List.of(InetAddress.getByName("10.0.0.3")), b.addresses());
        assertEquals(List.of("first:a.test", "first:b.test", "second:b.test"), asked);
    }

    @Test
    void remembersAnswersWithoutRegardToCaseOrTrailingDot() throws Exception {
        ResolverChain chain = new ResolverChain(List.of(fake("only", Map.of("fs.test", "10.0.0.1"))));

        ResolvedHost first = chain.resolve("fs.test").orElseThrow();
        assertSame(first, chain.resolve("FS.Test").orElseThrow());
        assertSame(first, chain.resolve("fs.test.").orElseThrow());
        assertEquals(List.of("only:fs.test"), asked);
    }

    @Test
    void remembersUnknownNamesToo() throws Exception {
        ResolverChain chain = new ResolverChain(List.of(fake("first", Map.of()), fake("second", Map.of())));

        assertEquals(Optional.empty(), chain.resolve("gone.test"));
        assertEquals(Optional.empty(), chain.resolve("GONE.test"));
        assertEquals(List.of("first:gone.test", "second:gone.test"), asked);
    }

    @Test
    void asksAgainForEachOtherName() throws Exception {
        ResolverChain chain = new ResolverChain(List.of(fake("only", Map.of("a.test", "10.0.0.1"))));

        chain.resolve("a.test");
        chain.resolve("b.test");
        chain.resolve("a.test");
        assertEquals(List.of("only:a.test", "only:b.test"), asked);
    }

    @Test
    void aFailureIsNotRemembered() throws Exception {
        int[] calls = { 0 };
        HostResolver flaky = name -> {
            asked.add("flaky:" + name);
            if (calls[0]++ == 0) {
                throw new DirectoryException(Kind.UNREACHABLE, "down");
            }
            return Optional.of(new ResolvedHost(name, List.of(InetAddress.getLoopbackAddress()), "flaky"));
        };
        ResolverChain chain = new ResolverChain(List.of(fake("first", Map.of()), flaky));

        assertEquals(Kind.UNREACHABLE, assertThrows(DirectoryException.class, () -> chain.resolve("x.test")).kind());
        assertEquals("flaky", chain.resolve("x.test").orElseThrow().source());
        assertEquals("flaky", chain.resolve("x.test").orElseThrow().source());
        assertEquals(List.of("first:x.test", "flaky:x.test", "first:x.test", "flaky:x.test"), asked);
    }

    @Test
    void anEmptyChainKnowsNothing() throws Exception {
        assertEquals(Optional.empty(), new ResolverChain(List.of()).resolve("a.test"));
    }

    private HostResolver fake(String source, Map<String, String> known) {
        return name -> {
            asked.add(source + ":" + name);
            String address = known.get(name);
            if (address == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(new ResolvedHost(name, List.of(InetAddress.getByName(address)), source));
            } catch (java.net.UnknownHostException e) {
                throw new AssertionError(e);
            }
        };
    }
}
