package io.adtopo.core.replication;

import static io.adtopo.core.replication.RepsFromLayout.ADDRESS_OFFSET;
import static io.adtopo.core.replication.RepsFromLayout.ADDRESS_SIZE;
import static io.adtopo.core.replication.RepsFromLayout.CONSECUTIVE_FAILURES;
import static io.adtopo.core.replication.RepsFromLayout.FIXED_LENGTH;
import static io.adtopo.core.replication.RepsFromLayout.LAST_ATTEMPT;
import static io.adtopo.core.replication.RepsFromLayout.LAST_SUCCESS;
import static io.adtopo.core.replication.RepsFromLayout.MAX_NAME_LENGTH;
import static io.adtopo.core.replication.RepsFromLayout.REPLICA_FLAGS;
import static io.adtopo.core.replication.RepsFromLayout.RESERVED0;
import static io.adtopo.core.replication.RepsFromLayout.RESERVED1;
import static io.adtopo.core.replication.RepsFromLayout.RESULT_LAST_ATTEMPT;
import static io.adtopo.core.replication.RepsFromLayout.SCHEDULE;
import static io.adtopo.core.replication.RepsFromLayout.SCHEDULE_LENGTH;
import static io.adtopo.core.replication.RepsFromLayout.SIZE;
import static io.adtopo.core.replication.RepsFromLayout.SOURCE_DSA_GUID;
import static io.adtopo.core.replication.RepsFromLayout.SOURCE_INVOCATION_ID;
import static io.adtopo.core.replication.RepsFromLayout.TRANSPORT_GUID;
import static io.adtopo.core.replication.RepsFromLayout.USN_HIGH_OBJ_UPDATE;
import static io.adtopo.core.replication.RepsFromLayout.USN_HIGH_PROP_UPDATE;
import static io.adtopo.core.replication.RepsFromLayout.USN_RESERVED;
import static io.adtopo.core.replication.RepsFromLayout.VERSION;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import io.adtopo.core.ldap.ObjectGuids;

/**
 * Decodes repsFrom values (MS-DRSR 5.170 REPS_FROM, version 1; the layout is in {@link RepsFromLayout}).
 * Every malformed value ends in a {@link ReplicaLinkException}, never in a runtime exception.
 */
public final class ReplicaLinkDecoder {

    private ReplicaLinkDecoder() {
    }

    /**
     * Decodes one repsFrom value of {@code namingContext} as read from {@code dcName}.
     *
     * @throws ReplicaLinkException when the value is not version 1, is truncated, its size field disagrees with
     *         its length, or its address is outside the value, overlaps the fixed part, is not NUL-terminated or
     *         not printable ASCII; the message names the DC, the naming context and the byte offset
     */
    public static ReplicaLink decode(byte[] blob, String dcName, String namingContext) throws ReplicaLinkException {
        try {
            return new Reader(blob, dcName, namingContext).read();
        } catch (RuntimeException e) {
            // A safety net only: every check above is explicit, and the tests fuzz that none of them is missed.
            // The cause keeps the details for the log; the message stays plain.
            throw ReplicaLinkException.atByte(dcName, namingContext, 0, "an internal error while decoding", e);
        }
    }

    private static final class Reader {
        private final byte[] blob;
        private final String dcName;
        private final String namingContext;

        Reader(byte[] blob, String dcName, String namingContext) {
            this.blob = blob;
            this.dcName = dcName;
            this.namingContext = namingContext;
        }

        ReplicaLink read() throws ReplicaLinkException {
            if (blob == null || blob.length == 0) {
                throw fail(VERSION, "the value is empty");
            }
            long version = u32(VERSION);
            if (version != 1) {
                throw fail(VERSION, "version " + version + " is not supported; adtopo reads version 1 only");
            }
            require(RESERVED0, 4);
            require(SIZE, 4);
            long size = u32(SIZE);
            long failures = u32(CONSECUTIVE_FAILURES);
            long lastSuccess = time(LAST_SUCCESS);
            long lastAttempt = time(LAST_ATTEMPT);
            int result = (int) u32(RESULT_LAST_ATTEMPT);
            long addressOffset = u32(ADDRESS_OFFSET);
            long addressSize = u32(ADDRESS_SIZE);
            int flags = (int) u32(REPLICA_FLAGS);
            byte[] schedule = bytes(SCHEDULE, SCHEDULE_LENGTH);
            require(RESERVED1, 4);
            long usnHighObjUpdate = s64(USN_HIGH_OBJ_UPDATE);
            require(USN_RESERVED, 8);
            long usnHighPropUpdate = s64(USN_HIGH_PROP_UPDATE);
            UUID dsa = guid(SOURCE_DSA_GUID);
            UUID invocationId = guid(SOURCE_INVOCATION_ID);
            UUID transport = guid(TRANSPORT_GUID);
            if (size != blob.length) {
                throw fail(SIZE, "the size field says " + size + " bytes but the value has " + blob.length);
            }
            String address = address(addressOffset, addressSize);
            return ReplicaLink.builder().version(1).namingContext(namingContext).consecutiveFailures(failures)
                    .lastSuccess(RepsFromLayout.instant(lastSuccess)).lastAttempt(RepsFromLayout.instant(lastAttempt))
                    .lastResult(result).replicaFlags(flags).schedule(schedule).usnHighObjUpdate(usnHighObjUpdate)
                    .usnHighPropUpdate(usnHighPropUpdate).sourceDsaGuid(dsa).sourceInvocationId(invocationId)
                    .transportGuid(transport).sourceAddress(address).build();
        }

        private String address(long offset, long size) throws ReplicaLinkException {
            if (offset < FIXED_LENGTH) {
                throw fail(ADDRESS_OFFSET, "the address offset " + offset + " lies inside the fixed part (bytes 0-"
                        + (FIXED_LENGTH - 1) + ")");
            }
            if (offset + 4 > blob.length) {
                throw fail(ADDRESS_OFFSET, "the address offset " + offset + " lies outside the " + blob.length
                        + "-byte value");
            }
            if (size < 5) {
                throw fail(ADDRESS_SIZE, "the address size " + size
                        + " is too small for a length and a NUL-terminated name (at least 5 bytes)");
            }
            if (offset + size > blob.length) {
                throw fail(ADDRESS_SIZE, "the address of " + size + " bytes at offset " + offset
                        + " runs past the end of the " + blob.length + "-byte value");
            }
            int at = (int) offset;
            long nameLength = u32(at);
            if (nameLength < 1 || nameLength > MAX_NAME_LENGTH) {
                throw fail(at, "the address name length " + nameLength + " is outside 1-" + MAX_NAME_LENGTH);
            }
            if (nameLength + 4 > size) {
                throw fail(at, "the address name length " + nameLength + " does not fit the address size " + size
                        + " (4 bytes of length and the name)");
            }
            int name = at + 4;
            int end = name + (int) nameLength - 1;
            if (blob[end] != 0) {
                throw fail(end, "the address is not NUL-terminated");
            }
            for (int i = name; i < end; i++) {
                int c = blob[i] & 0xff;
                if (c < 0x20 || c > 0x7e) {
                    throw fail(i, String.format("the address holds the unprintable byte 0x%02x", c));
                }
            }
            return new String(blob, name, end - name, StandardCharsets.US_ASCII);
        }

        private void require(int offset, int length) throws ReplicaLinkException {
            if (blob.length < offset + length) {
                throw fail(offset, "the value ends after " + blob.length + " bytes, inside "
                        + RepsFromLayout.fieldAt(offset) + " (bytes " + offset + "-" + (offset + length - 1) + ")");
            }
        }

        private long u32(int offset) throws ReplicaLinkException {
            require(offset, 4);
            return (blob[offset] & 0xffL) | (blob[offset + 1] & 0xffL) << 8 | (blob[offset + 2] & 0xffL) << 16
                    | (blob[offset + 3] & 0xffL) << 24;
        }

        private long s64(int offset) throws ReplicaLinkException {
            require(offset, 8);
            return u32(offset) | u32(offset + 4) << 32;
        }

        private long time(int offset) throws ReplicaLinkException {
            long value = s64(offset);
            if (!RepsFromLayout.inRange(value)) {
                throw fail(offset, RepsFromLayout.fieldAt(offset) + " " + Long.toUnsignedString(value)
                        + " is not a time between the years 1601 and 9999");
            }
            return value;
        }

        private byte[] bytes(int offset, int length) throws ReplicaLinkException {
            require(offset, length);
            return Arrays.copyOfRange(blob, offset, offset + length);
        }

        private UUID guid(int offset) throws ReplicaLinkException {
            byte[] raw = bytes(offset, 16);
            return ObjectGuids.fromBytes(raw).orElseThrow(() -> fail(offset, "not a GUID"));
        }

        private ReplicaLinkException fail(int offset, String problem) {
            return ReplicaLinkException.atByte(dcName, namingContext, offset, problem);
        }
    }
}
