package io.adtopo.core.replication;

import java.time.Instant;
import java.util.Optional;

/**
 * Offsets of a version-1 repsFrom value (MS-DRSR 5.170 REPS_FROM; Samba's repsFromToBlob / repsFromTo1 in
 * drsblobs.idl), checked against the values Samba 4.17 writes. Little-endian throughout. The fixed part ends
 * at byte 208; the source DSA's MTX_ADDR (a 32-bit length counting the terminating NUL, then the name) lies
 * where {@code cbOtherDraOffset} points, which Samba places right after the fixed part.
 */
final class RepsFromLayout {

    static final int VERSION = 0;
    static final int RESERVED0 = 4;
    static final int SIZE = 8;
    static final int CONSECUTIVE_FAILURES = 12;
    static final int LAST_SUCCESS = 16;
    static final int LAST_ATTEMPT = 24;
    static final int RESULT_LAST_ATTEMPT = 32;
    static final int ADDRESS_OFFSET = 36;
    static final int ADDRESS_SIZE = 40;
    static final int REPLICA_FLAGS = 44;
    static final int SCHEDULE = 48;
    static final int SCHEDULE_LENGTH = 84;
    static final int RESERVED1 = 132;
    static final int USN_HIGH_OBJ_UPDATE = 136;
    static final int USN_RESERVED = 144;
    static final int USN_HIGH_PROP_UPDATE = 152;
    static final int SOURCE_DSA_GUID = 160;
    static final int SOURCE_INVOCATION_ID = 176;
    static final int TRANSPORT_GUID = 192;
    /** The length of the fixed part; the address may not start before it. */
    static final int FIXED_LENGTH = 208;

    /** MTX_ADDR: mtx_namelen is [range(1,256)] in MS-DRSR 5.132. */
    static final int MAX_NAME_LENGTH = 256;

    /** Seconds from 1601-01-01T00:00:00Z (DSTIME zero) to the Unix epoch. */
    static final long SECONDS_1601_TO_1970 = 11_644_473_600L;
    /** The last DSTIME adtopo accepts: 9999-12-31T23:59:59Z. */
    static final long MAX_DSTIME = 253_402_300_799L + SECONDS_1601_TO_1970;

    private RepsFromLayout() {
    }

    /** The field that starts at {@code offset}, for messages. */
    static String fieldAt(int offset) {
        switch (offset) {
        case VERSION:
            return "dwVersion";
        case RESERVED0:
            return "dwReserved0";
        case SIZE:
            return "cb (total size)";
        case CONSECUTIVE_FAILURES:
            return "cConsecutiveFailures";
        case LAST_SUCCESS:
            return "timeLastSuccess";
        case LAST_ATTEMPT:
            return "timeLastAttempt";
        case RESULT_LAST_ATTEMPT:
            return "ulResultLastAttempt";
        case ADDRESS_OFFSET:
            return "cbOtherDraOffset (address offset)";
        case ADDRESS_SIZE:
            return "cbOtherDra (address size)";
        case REPLICA_FLAGS:
            return "ulReplicaFlags";
        case SCHEDULE:
            return "rtSchedule";
        case RESERVED1:
            return "dwReserved1";
        case USN_HIGH_OBJ_UPDATE:
            return "usnvec.usnHighObjUpdate";
        case USN_RESERVED:
            return "usnvec.usnReserved";
        case USN_HIGH_PROP_UPDATE:
            return "usnvec.usnHighPropUpdate";
        case SOURCE_DSA_GUID:
            return "uuidDsaObj (source DSA GUID)";
        case SOURCE_INVOCATION_ID:
            return "uuidInvocId (source invocation ID)";
        case TRANSPORT_GUID:
            return "uuidTransportObj (transport GUID)";
        default:
            return "byte " + offset;
        }
    }

    /** A DSTIME (seconds since 1601, UTC); 0 means never. Empty also for values outside years 1601-9999. */
    static Optional<Instant> instant(long dstime) {
        if (dstime <= 0 || dstime > MAX_DSTIME) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(dstime - SECONDS_1601_TO_1970));
    }

    static boolean inRange(long dstime) {
        return dstime >= 0 && dstime <= MAX_DSTIME;
    }

    /** The DSTIME of an instant (whole seconds, rounded down), 0 for never. */
    static long dstime(Optional<Instant> time) {
        if (time.isEmpty()) {
            return 0;
        }
        long value = time.get().getEpochSecond() + SECONDS_1601_TO_1970;
        if (value <= 0 || value > MAX_DSTIME) {
            throw new IllegalArgumentException("The time " + time.get() + " cannot be written as a DSTIME.");
        }
        return value;
    }
}
