package io.adtopo.core.ldap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ObjectGuidsTest {

    private static final UUID SEED = UUID.fromString("3dab7f9b-92e7-4391-b8db-71df532c1493");
    /** The same GUID as AD stores it (first three fields little endian), base64 as ldapsearch prints it. */
    private static final String SEED_BASE64 = "m3+rPeeSkUO423HfUywUkw==";

    @Test
    void decodesAdByteOrder() {
        assertEquals(SEED, ObjectGuids.fromBytes(Base64.getDecoder().decode(SEED_BASE64)).orElseThrow());
    }

    @Test
    void encodesAdByteOrder() {
        assertArrayEquals(Base64.getDecoder().decode(SEED_BASE64), ObjectGuids.toBytes(SEED));
    }

    @Test
    void roundTripsRandomGuids() {
        for (int i = 0; i < 1000; i++) {
            UUID guid = UUID.randomUUID();
            assertEquals(guid, ObjectGuids.fromBytes(ObjectGuids.toBytes(guid)).orElseThrow());
        }
    }

    @Test
    void rejectsWrongLengths() {
        assertTrue(ObjectGuids.fromBytes(new byte[15]).isEmpty());
        assertTrue(ObjectGuids.fromBytes(null).isEmpty());
    }

    @Test
    void filterValueEscapesEveryByte() {
        assertEquals("\\9b\\7f\\ab\\3d\\e7\\92\\91\\43\\b8\\db\\71\\df\\53\\2c\\14\\93", ObjectGuids.filterValue(SEED));
    }
}
