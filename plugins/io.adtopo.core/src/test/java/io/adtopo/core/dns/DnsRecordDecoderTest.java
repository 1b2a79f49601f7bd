package io.adtopo.core.dns;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DnsRecordDecoderTest {

    /** fs-liv.contoso.test A 127.0.1.10, TTL 900, exactly as tests/forest/ldif/shared/70-dns.ldif holds it. */
    private static final String FOREST_A = "BAABAAXwAAABAAAAAAADhAAAAAAAAAAAfwABCg==";

    /** The same header with type 28 and 16 bytes of data: AAAA 2001:db8:2::10. */
    private static final String AAAA = "10001c00" + "05f00000" + "01000000" + "00000384" + "00000000" + "00000000"
            + "20010db8000200000000000000000010";

    /** A tombstone's record: type 0, its data the deletion time (8 bytes, a FILETIME). */
    private static final String TOMBSTONE = "CAAAAAXwAAABAAAAAAAAAAAAAAAAAAAAAIAgm8uC2AE=";

    @Test
    void decodesTheForestsARecord() throws Exception {
        DnsRecord record = DnsRecordDecoder.decode(forestA()).orElseThrow();

        assertEquals(DnsRecord.TYPE_A, record.type());
        assertEquals(900, record.ttlSeconds());
        assertArrayEquals(new byte[] { 127, 0, 1, 10 }, record.data());
        assertEquals(Optional.of(InetAddress.getByName("127.0.1.10")), record.address());
        assertFalse(record.isTombstone());
    }

    @Test
    void decodesAnAaaaRecord() throws Exception {
        DnsRecord record = DnsRecordDecoder.decode(hex(AAAA)).orElseThrow();

        assertEquals(DnsRecord.TYPE_AAAA, record.type());
        assertEquals(900, record.ttlSeconds());
        assertEquals(Optional.of(InetAddress.getByName("2001:db8:2::10")), record.address());
    }

    @Test
    void readsTheTtlBigEndianAndUnsigned() {
        byte[] value = forestA();
        value[12] = 0x00;
        value[13] = 0x01;
        value[14] = 0x51;
        value[15] = (byte) 0x80;
        assertEquals(86_400, DnsRecordDecoder.decode(value).orElseThrow().ttlSeconds());

        Arrays.fill(value, 12, 16, (byte) 0xff);
        assertEquals(4_294_967_295L, DnsRecordDecoder.decode(value).orElseThrow().ttlSeconds());
    }

    @Test
    void refusesOtherVersions() {
        for (int version : new int[] { 0, 4, 6, 0xff }) {
            byte[] value = forestA();
            value[4] = (byte) version;
            assertEquals(Optional.empty(), DnsRecordDecoder.decode(value), "version " + version);
        }
    }

    @Test
    void refusesTruncatedOrOverlongValues() {
        byte[] value = forestA();
        assertEquals(Optional.empty(), DnsRecordDecoder.decode(Arrays.copyOf(value, 27)), "data cut short");
        assertEquals(Optional.empty(), DnsRecordDecoder.decode(Arrays.copyOf(value, 23)), "header cut short");
        assertEquals(Optional.empty(), DnsRecordDecoder.decode(Arrays.copyOf(value, 29)), "bytes after the data");
        assertEquals(Optional.empty(), DnsRecordDecoder.decode(new byte[0]));
        assertEquals(Optional.empty(), DnsRecordDecoder.decode(null));

        byte[] longer = forestA();
        longer[0] = 5;
        assertEquals(Optional.empty(), DnsRecordDecoder.decode(longer), "DataLength beyond the value");
    }

    @Test
    void readsDataLengthLittleEndian() {
        byte[] value = Arrays.copyOf(forestA(), 24 + 0x104);
        value[0] = 0x04;
        value[1] = 0x01;
        DnsRecord record = DnsRecordDecoder.decode(value).orElseThrow();
        assertEquals(0x104, record.data().length);
        assertEquals(Optional.empty(), record.address(), "an A record with 260 bytes of data has no address");
    }

    @Test
    void recognisesTombstones() {
        DnsRecord record = DnsRecordDecoder.decode(Base64.getDecoder().decode(TOMBSTONE)).orElseThrow();

        assertEquals(DnsRecord.TYPE_ZERO, record.type());
        assertTrue(record.isTombstone());
        assertEquals(8, record.data().length);
        assertEquals(Optional.empty(), record.address());
    }

    @Test
    void otherTypesHaveNoAddress() {
        byte[] value = forestA();
        value[2] = 5; // CNAME with four bytes of data
        DnsRecord record = DnsRecordDecoder.decode(value).orElseThrow();
        assertEquals(5, record.type());
        assertEquals(Optional.empty(), record.address());
    }

    private static byte[] forestA() {
        return Base64.getDecoder().decode(FOREST_A);
    }

    private static byte[] hex(String text) {
        byte[] bytes = new byte[text.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(text.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }
}
