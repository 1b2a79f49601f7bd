package io.adtopo.core.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class DsaOptionsTest {

    @Test
    void namesKnownBitsAsRepadminDoes() {
        assertEquals("(none)", DsaOptions.describe(0));
        assertEquals("IS_GC", DsaOptions.describe(1));
        assertEquals("IS_GC DISABLE_INBOUND_REPL DISABLE_OUTBOUND_REPL", DsaOptions.describe(7));
        assertEquals(List.of("DISABLE_NTDSCONN_XLATE", "DISABLE_SPN_REGISTRATION"), DsaOptions.names(0x18));
    }

    @Test
    void keepsUnknownBitsVisible() {
        assertEquals(List.of("IS_GC", "0x40", "0x80000000"), DsaOptions.names(0x80000041));
    }
}
