package io.adtopo.core.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LiteralResolverTest {

    private final LiteralResolver resolver = new LiteralResolver();

    @Test
    void anAddressLiteralIsItself() throws Exception {
        ResolvedHost v4 = resolver.resolve("10.1.2.3").orElseThrow();
        assertEquals(List.of(InetAddress.getByName("10.1.2.3")), v4.addresses());
        assertEquals("address literal", v4.source());
        assertEquals("10.1.2.3", v4.hostName());

        assertEquals(List.of(InetAddress.getByName("2001:db8::1")),
                resolver.resolve("2001:DB8::1").orElseThrow().addresses());
        assertEquals(List.of(InetAddress.getByName("2001:db8::1")),
                resolver.resolve("[2001:db8::1]").orElseThrow().addresses());
    }

    @Test
    void aNameIsNotALiteral() {
        for (String name : List.of("fs-liv.contoso.test", "localhost", "10.1.2", "1.2.3.4.5", "[]", "", " ")) {
            assertEquals(Optional.empty(), resolver.resolve(name), name);
        }
        assertEquals(Optional.empty(), resolver.resolve(null));
    }
}
