package io.adtopo.core.replication;

import static io.adtopo.core.replication.ReplicationFixtures.CONFIGURATION_NC;
import static io.adtopo.core.replication.ReplicationFixtures.DOMAIN_DNS_ZONES_NC;
import static io.adtopo.core.replication.ReplicationFixtures.DOMAIN_NC;
import static io.adtopo.core.replication.ReplicationFixtures.HOUDC1;
import static io.adtopo.core.replication.ReplicationFixtures.LIVDC1_ADDRESS;
import static io.adtopo.core.replication.ReplicationFixtures.LIVDC1_DSA;
import static io.adtopo.core.replication.ReplicationFixtures.LIVDC1_INVOCATION_ID;
import static io.adtopo.core.replication.ReplicationFixtures.SCHEMA_NC;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReplicaLinkDecoderTest {

    static Stream<Arguments> realBlobs() {
        return Stream.of(
                Arguments.of(DOMAIN_NC, ReplicationFixtures.domainBlob(), "2026-11-26T15:01:07Z", 0L),
                Arguments.of(CONFIGURATION_NC, ReplicationFixtures.configurationBlob(), "2026-11-26T15:01:07Z",
                        4105L),
                Arguments.of(SCHEMA_NC, ReplicationFixtures.schemaBlob(), "2026-11-26T15:01:06Z", 3996L),
                Arguments.of(DOMAIN_DNS_ZONES_NC, ReplicationFixtures.domainDnsZonesBlob(), "2026-11-26T15:01:08Z",
                        4108L));
    }

    @ParameterizedTest
    @MethodSource("realBlobs")
    void decodesWhatSambaWrote(String nc, byte[] blob, String synced, long usn) throws ReplicaLinkException {
        ReplicaLink link = ReplicaLinkDecoder.decode(blob, HOUDC1, nc);

        assertEquals(269, blob.length);
        assertEquals(1, link.version());
        assertEquals(nc, link.namingContext());
        assertEquals(Optional.empty(), link.sourceDsaDn());
        assertEquals(LIVDC1_DSA, link.sourceDsaGuid());
        assertEquals(LIVDC1_INVOCATION_ID, link.sourceInvocationId());
        assertEquals(ReplicaLink.NIL, link.transportGuid());
        assertTrue(link.isRpcTransport());
        assertEquals(LIVDC1_ADDRESS, link.sourceAddress());
        assertEquals(0, link.consecutiveFailures());
        assertEquals(0, link.lastResult());
        assertFalse(link.isFailing());
        assertEquals(Optional.of(Instant.parse(synced)), link.lastSuccess());
        assertEquals(link.lastSuccess(), link.lastAttempt());
        assertEquals(ReplicaLink.FLAG_WRITEABLE | ReplicaLink.FLAG_SYNC_ON_STARTUP
                | ReplicaLink.FLAG_DO_SCHEDULED_SYNCS, link.replicaFlags());
        byte[] everyQuarterHour = new byte[84];
        Arrays.fill(everyQuarterHour, (byte) 0x11);
        assertArrayEquals(everyQuarterHour, link.schedule());
        assertEquals(usn, link.usnHighObjUpdate());
        assertEquals(usn, link.usnHighPropUpdate());
    }

    @ParameterizedTest
    @MethodSource("realBlobs")
    void encodesSambasBlobBackByteForByte(String nc, byte[] blob) throws ReplicaLinkException {
        assertArrayEquals(blob, ReplicaLinkEncoder.encode(ReplicaLinkDecoder.decode(blob, HOUDC1, nc)));
    }

    @Test
    void encoderPlacesTheAddressAfterTheFixedPartAsSambaDoes() {
        ReplicaLink link = ReplicaLink.builder().sourceAddress("ab").build();
        byte[] blob = ReplicaLinkEncoder.encode(link);
        ByteBuffer in = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);

        assertEquals(208 + 4 + 3, blob.length);
        assertEquals(1, in.getInt(0));
        assertEquals(blob.length, in.getInt(8));
        assertEquals(208, in.getInt(36));
        assertEquals(7, in.getInt(40));
        assertEquals(3, in.getInt(208));
        assertArrayEquals(new byte[] { 'a', 'b', 0 }, Arrays.copyOfRange(blob, 212, 215));
    }

    @Test
    void decodesABlobWrittenByHandWithEveryFieldSet() throws ReplicaLinkException {
        byte[] address = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0._msdcs.example.test\0"
                .getBytes(StandardCharsets.US_ASCII);
        ByteBuffer out = ByteBuffer.allocate(208 + 4 + address.length).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(0, 1); // dwVersion
        out.putInt(4, 0); // dwReserved0
        out.putInt(8, out.capacity()); // cb
        out.putInt(12, 0xFFFF_FFFE); // cConsecutiveFailures: 4294967294, unsigned
        out.putLong(16, 13_440_161_700L); // timeLastSuccess: 2026-11-26T10:15:00Z in seconds since 1601
        out.putLong(24, 13_440_179_696L); // timeLastAttempt: 2026-11-26T15:14:56Z
        out.putInt(32, 8589); // ulResultLastAttempt
        out.putInt(36, 208); // cbOtherDraOffset
        out.putInt(40, 4 + address.length); // cbOtherDra
        out.putInt(44, 0x10 | 0x40); // ulReplicaFlags
        for (int i = 0; i < 84; i++) {
            out.put(48 + i, (byte) i); // rtSchedule
        }
        out.putInt(132, 0); // dwReserved1
        out.putLong(136, 0x0102_0304_0506_0708L); // usnHighObjUpdate
        out.putLong(144, 0); // usnReserved
        out.putLong(152, 0x1112_1314_1516_1718L); // usnHighPropUpdate
        out.position(160);
        out.put(new byte[] { 0x33, 0x22, 0x11, 0x00, 0x55, 0x44, 0x77, 0x66, (byte) 0x88, (byte) 0x99, // uuidDsaObj
                (byte) 0xaa, (byte) 0xbb, (byte) 0xcc, (byte) 0xdd, (byte) 0xee, (byte) 0xff });
        out.put(new byte[] { 1, 0, 0, 0, 2, 0, 3, 0, 4, 5, 6, 7, 8, 9, 10, 11 }); // uuidInvocId
        out.put(new byte[] { (byte) 0xff, (byte) 0xfe, (byte) 0xfd, (byte) 0xfc, (byte) 0xfb, (byte) 0xfa,
                (byte) 0xf9, (byte) 0xf8, 0, 1, 2, 3, 4, 5, 6, 7 }); // uuidTransportObj
        out.putInt(208, address.length); // MTX_ADDR.mtx_namelen, counting the NUL
        out.position(212);
        out.put(address);
        byte[] blob = out.array();

        ReplicaLink link = ReplicaLinkDecoder.decode(blob, "DC9", "DC=example,DC=test");

        assertEquals(4_294_967_294L, link.consecutiveFailures());
        assertEquals(Optional.of(Instant.parse("2026-11-26T10:15:00Z")), link.lastSuccess());
        assertEquals(Optional.of(Instant.parse("2026-11-26T15:14:56Z")), link.lastAttempt());
        assertEquals(8589, link.lastResult());
        assertTrue(link.isFailing());
        assertEquals(0x50, link.replicaFlags());
        for (int i = 0; i < 84; i++) {
            assertEquals((byte) i, link.schedule()[i]);
        }
        assertEquals(0x0102_0304_0506_0708L, link.usnHighObjUpdate());
        assertEquals(0x1112_1314_1516_1718L, link.usnHighPropUpdate());
        assertEquals(UUID.fromString("00112233-4455-6677-8899-aabbccddeeff"), link.sourceDsaGuid());
        assertEquals(UUID.fromString("00000001-0002-0003-0405-060708090a0b"), link.sourceInvocationId());
        assertEquals(UUID.fromString("fcfdfeff-fafb-f8f9-0001-020304050607"), link.transportGuid());
        assertFalse(link.isRpcTransport());
        assertEquals("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0._msdcs.example.test", link.sourceAddress());
        assertEquals("DC=example,DC=test", link.namingContext());
        assertArrayEquals(blob, ReplicaLinkEncoder.encode(link));
    }

    @Test
    void zeroTimesMeanNever() throws ReplicaLinkException {
        ReplicaLink link = ReplicaLink.builder().sourceAddress(LIVDC1_ADDRESS).lastResult(1722)
                .consecutiveFailures(12).build();
        byte[] blob = ReplicaLinkEncoder.encode(link);

        assertEquals(0L, ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN).getLong(16));
        ReplicaLink decoded = ReplicaLinkDecoder.decode(blob, HOUDC1, DOMAIN_NC);
        assertEquals(Optional.empty(), decoded.lastSuccess());
        assertEquals(Optional.empty(), decoded.lastAttempt());
        assertEquals(12, decoded.consecutiveFailures());
        assertEquals(1722, decoded.lastResult());
    }

    @Test
    void encoderAndDecoderAgreeOnEveryField() throws ReplicaLinkException {
        byte[] schedule = new byte[84];
        Arrays.fill(schedule, (byte) 0xF0);
        ReplicaLink link = ReplicaLink.builder().namingContext(SCHEMA_NC).consecutiveFailures(3)
                .lastSuccess(Optional.of(Instant.parse("2026-01-02T03:04:05Z")))
                .lastAttempt(Optional.of(Instant.parse("2026-11-26T10:15:00.999Z"))).lastResult(8456)
                .replicaFlags(0x30).schedule(schedule).usnHighObjUpdate(77).usnHighPropUpdate(-1)
                .sourceDsaGuid(UUID.randomUUID()).sourceInvocationId(UUID.randomUUID())
                .transportGuid(UUID.randomUUID()).sourceAddress("x").build();

        ReplicaLink decoded = ReplicaLinkDecoder.decode(ReplicaLinkEncoder.encode(link), HOUDC1, SCHEMA_NC);

        assertEquals(link, decoded);
        assertEquals(Optional.of(Instant.parse("2026-11-26T10:15:00Z")), decoded.lastAttempt());
    }

    @Test
    void acceptsAnAddressPlacedFurtherOutWithRoomToSpare() throws ReplicaLinkException {
        byte[] samba = ReplicationFixtures.domainBlob();
        // As if the writer had left 8 more bytes after the fixed part (as MS-DRSR's diagram draws dwReserved and
        // cbPasDataOffset there) and padded the address to 64 bytes.
        byte[] moved = new byte[samba.length + 8 + 3];
        System.arraycopy(samba, 0, moved, 0, 208);
        System.arraycopy(samba, 208, moved, 216, samba.length - 208);
        ByteBuffer out = ByteBuffer.wrap(moved).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(8, moved.length);
        out.putInt(36, 216);
        out.putInt(40, 64);

        ReplicaLink link = ReplicaLinkDecoder.decode(moved, HOUDC1, DOMAIN_NC);

        assertEquals(LIVDC1_ADDRESS, link.sourceAddress());
        assertEquals(ReplicaLinkDecoder.decode(samba, HOUDC1, DOMAIN_NC), link);
    }
}
