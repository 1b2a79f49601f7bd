package io.adtopo.core.replication;

import static io.adtopo.core.replication.ReplicationFixtures.DOMAIN_NC;
import static io.adtopo.core.replication.ReplicationFixtures.HOUDC1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReplicaLinkErrorsTest {

    /** Where each field of the fixed part starts. */
    private static final int[] FIELD_STARTS = { 0, 4, 8, 12, 16, 24, 32, 36, 40, 44, 48, 132, 136, 144, 152, 160,
            176, 192 };

    private static byte[] real() {
        return ReplicationFixtures.domainBlob();
    }

    private static byte[] with(byte[] blob, int offset, int value) {
        ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN).putInt(offset, value);
        return blob;
    }

    private static ReplicaLinkException failure(byte[] blob, int offset, String... words) {
        ReplicaLinkException e = assertThrows(ReplicaLinkException.class,
                () -> ReplicaLinkDecoder.decode(blob, HOUDC1, DOMAIN_NC));
        String message = e.getMessage();
        assertTrue(message.contains("HOUDC1"), message);
        assertTrue(message.contains(DOMAIN_NC), message);
        assertTrue(message.contains("at byte " + offset + ":"), message);
        for (String word : words) {
            assertTrue(message.contains(word), message);
        }
        assertEquals(offset, e.offset());
        assertEquals(HOUDC1, e.dcName());
        assertEquals(DOMAIN_NC, e.namingContext());
        assertNull(e.getCause(), "no safety-net exception");
        return e;
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 2, 3, 0x101, -1 })
    void refusesOtherVersionsNamingThem(int version) {
        failure(with(real(), 0, version), 0, "version " + Integer.toUnsignedString(version), "version 1 only");
    }

    static IntStream truncatedLengths() {
        return IntStream.range(0, 208);
    }

    @ParameterizedTest
    @MethodSource("truncatedLengths")
    void namesTheFieldWhereAShortValueEnds(int length) {
        int field = 0;
        for (int start : FIELD_STARTS) {
            if (start <= length) {
                field = start;
            }
        }
        String expected = length == 0 ? "empty" : "ends after " + length + " bytes, inside ";
        failure(Arrays.copyOf(real(), length), field, expected);
    }

    @Test
    void namesEveryFieldAtItsBoundary() {
        for (int start : FIELD_STARTS) {
            if (start > 0) {
                ReplicaLinkException e = failure(Arrays.copyOf(real(), start), start);
                assertTrue(e.problem().contains(RepsFromLayout.fieldAt(start)), e.getMessage());
            }
        }
    }

    @Test
    void refusesTheFixedPartAlone() {
        failure(Arrays.copyOf(real(), 208), 8, "size field says 269 bytes but the value has 208");
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 268, 270, 1000, -1 })
    void refusesASizeFieldThatLies(int size) {
        failure(with(real(), 8, size), 8, "says " + Integer.toUnsignedString(size) + " bytes", "has 269");
    }

    @Test
    void refusesAValueLongerThanItsSizeField() {
        failure(Arrays.copyOf(real(), 270), 8, "says 269 bytes but the value has 270");
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 36, 100, 207 })
    void refusesAnAddressInsideTheFixedPart(int offset) {
        failure(with(real(), 36, offset), 36, "address offset " + offset, "inside the fixed part");
    }

    @ParameterizedTest
    @ValueSource(ints = { 266, 269, 4096, -1 })
    void refusesAnAddressOffsetOutsideTheValue(int offset) {
        failure(with(real(), 36, offset), 36, "outside the 269-byte value");
    }

    @Test
    void refusesAnAddressOffsetThatLeavesTooLittleRoom() {
        failure(with(real(), 36, 212), 40, "runs past the end");
    }

    @ParameterizedTest
    @ValueSource(ints = { 62, 100, -1 })
    void refusesAnAddressSizeRunningPastTheEnd(int size) {
        failure(with(real(), 40, size), 40, "address of " + Integer.toUnsignedString(size) + " bytes",
                "runs past the end");
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 4 })
    void refusesAnAddressSizeTooSmallForAName(int size) {
        failure(with(real(), 40, size), 40, "too small");
    }

    @Test
    void refusesANameLengthLongerThanTheAddress() {
        failure(with(real(), 208, 58), 208, "name length 58 does not fit the address size 61");
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 257, -1 })
    void refusesANameLengthOutsideTheRange(int length) {
        failure(with(real(), 208, length), 208, "outside 1-256");
    }

    @Test
    void refusesAnAddressWithoutItsNul() {
        byte[] blob = real();
        blob[268] = 'x';
        failure(blob, 268, "not NUL-terminated");
    }

    @Test
    void refusesAShorterNameLengthThatCutsOffTheNul() {
        // 56 bytes end at the last 't' of contoso.test, where a NUL should be.
        failure(with(real(), 208, 56), 267, "not NUL-terminated");
    }

    @ParameterizedTest
    @ValueSource(ints = { 0x00, 0x01, 0x0a, 0x7f, 0x80, 0xff })
    void refusesUnprintableAddressBytes(int value) {
        byte[] blob = real();
        blob[230] = (byte) value;
        failure(blob, 230, String.format("unprintable byte 0x%02x", value));
    }

    @Test
    void refusesTimesOutsideTheCalendarItKnows() {
        byte[] negative = real();
        ByteBuffer.wrap(negative).order(ByteOrder.LITTLE_ENDIAN).putLong(16, -1);
        failure(negative, 16, "timeLastSuccess", "not a time");
        byte[] huge = real();
        ByteBuffer.wrap(huge).order(ByteOrder.LITTLE_ENDIAN).putLong(24, Long.MAX_VALUE);
        failure(huge, 24, "timeLastAttempt", "not a time");
    }

    @Test
    void refusesNothingAtAllWithAMessage() {
        failure(null, 0, "empty");
        failure(new byte[0], 0, "empty");
    }

    @Test
    void namesAnUnnamedDcAndNamingContextInWords() {
        ReplicaLinkException e = assertThrows(ReplicaLinkException.class,
                () -> ReplicaLinkDecoder.decode(new byte[3], null, " "));
        assertEquals("The repsFrom value of an unnamed naming context on an unnamed DC cannot be read at byte 0:"
                + " the value ends after 3 bytes, inside dwVersion (bytes 0-3)", e.getMessage());
    }

    @Test
    void readsAsSambaWroteWhenTheReservedFieldsAreSet() throws ReplicaLinkException {
        byte[] blob = real();
        ByteBuffer in = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
        in.putInt(4, 7).putInt(132, 7).putLong(144, 7);

        assertEquals(ReplicaLinkDecoder.decode(real(), HOUDC1, DOMAIN_NC),
                ReplicaLinkDecoder.decode(blob, HOUDC1, DOMAIN_NC));
    }
}
