package io.adtopo.core.replication;

import static io.adtopo.core.replication.ReplicationFixtures.DOMAIN_NC;
import static io.adtopo.core.replication.ReplicationFixtures.HOUDC1;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Random and mutated values end in a ReplicaLink or a ReplicaLinkException, never in anything else. */
class ReplicaLinkFuzzTest {

    private static final int ROUNDS = 5_000;
    private static final int[] INTERESTING_OFFSETS = { 0, 8, 12, 16, 24, 32, 36, 40, 44, 208 };
    private static final int[] INTERESTING_VALUES = { 0, 1, 4, 5, 57, 61, 207, 208, 209, 212, 256, 257, 268, 269,
            270, 0x7fff_ffff, 0x8000_0000, -1, -4, -208 };

    private final List<byte[]> seeds = List.of(ReplicationFixtures.domainBlob(),
            ReplicationFixtures.configurationBlob(), ReplicationFixtures.schemaBlob(),
            ReplicaLinkEncoder.encode(ReplicaLink.builder().sourceAddress("a").build()));

    @Test
    void randomBytesNeverEscapeAsRuntimeExceptions() {
        Random random = new Random(0x5eed_0001L);
        int decoded = 0;
        for (int round = 0; round < ROUNDS; round++) {
            byte[] blob = new byte[random.nextInt(300)];
            random.nextBytes(blob);
            if (blob.length >= 12 && random.nextBoolean()) {
                // Get past the version and size checks half of the time.
                ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 1).putInt(8, blob.length);
            }
            decoded += check(blob, round) ? 1 : 0;
        }
        assertTrue(decoded < ROUNDS);
    }

    @Test
    void bitFlippedAndTruncatedBlobsNeverEscapeAsRuntimeExceptions() {
        Random random = new Random(0x5eed_0002L);
        int decoded = 0;
        int refused = 0;
        for (int round = 0; round < ROUNDS; round++) {
            byte[] blob = mutate(seeds.get(random.nextInt(seeds.size())), random);
            if (check(blob, round)) {
                decoded++;
            } else {
                refused++;
            }
        }
        // Flips in the schedule, times, USNs or GUIDs still decode; flips in lengths and offsets do not.
        assertTrue(decoded > 100, "decoded " + decoded);
        assertTrue(refused > 100, "refused " + refused);
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] blob = seed.clone();
        switch (random.nextInt(5)) {
        case 0:
            int flips = 1 + random.nextInt(8);
            for (int i = 0; i < flips; i++) {
                int bit = random.nextInt(blob.length * 8);
                blob[bit / 8] ^= (byte) (1 << (bit % 8));
            }
            return blob;
        case 1:
            return Arrays.copyOf(blob, random.nextInt(blob.length + 16));
        case 2:
            int offset = INTERESTING_OFFSETS[random.nextInt(INTERESTING_OFFSETS.length)];
            int value = INTERESTING_VALUES[random.nextInt(INTERESTING_VALUES.length)];
            ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN).putInt(offset, value);
            return blob;
        case 3:
            blob[random.nextInt(blob.length)] = (byte) random.nextInt(256);
            return blob;
        default:
            int at = 208 + random.nextInt(blob.length - 208);
            blob[at] = (byte) (random.nextBoolean() ? 0 : 0x80 | random.nextInt(128));
            return blob;
        }
    }

    /** Decodes {@code blob}: true when it decoded, and then it must survive encoding and decoding again. */
    private static boolean check(byte[] blob, int round) {
        try {
            ReplicaLink link = ReplicaLinkDecoder.decode(blob, HOUDC1, DOMAIN_NC);
            ReplicaLink again = ReplicaLinkDecoder.decode(ReplicaLinkEncoder.encode(link), HOUDC1, DOMAIN_NC);
            assertEquals(link, again, "round " + round);
            assertArrayEquals(link.schedule(), again.schedule());
            return true;
        } catch (ReplicaLinkException e) {
            if (e.getCause() != null) {
                fail("round " + round + ": a runtime exception reached the safety net: " + e.getMessage(),
                        e.getCause());
            }
            assertTrue(e.getMessage().contains("HOUDC1") && e.getMessage().contains(DOMAIN_NC)
                    && e.getMessage().contains("at byte " + e.offset() + ":"), e.getMessage());
            return false;
        } catch (RuntimeException e) {
            fail("round " + round + ": " + e, e);
            return false;
        }
    }
}
