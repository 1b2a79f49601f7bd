package io.adtopo.core.replication;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One inbound replication link of a DC for one naming context: a decoded repsFrom value (MS-DRSR 5.170) or
 * one msDS-NCReplInboundNeighbors value. Immutable; build one with {@link #builder()}.
 */
public final class ReplicaLink {

    /** The all-zero GUID: as transport, replication over RPC/IP. */
    public static final UUID NIL = new UUID(0, 0);
    /** The length of a schedule (REPLTIMES): 168 hours, two 4-bit quarter-hour masks per byte. */
    public static final int SCHEDULE_LENGTH = RepsFromLayout.SCHEDULE_LENGTH;
    /** DRS_WRIT_REP: the local replica is writable. */
    public static final int FLAG_WRITEABLE = 0x10;
    /** DRS_INIT_SYNC: replicate from this source when the DC starts. */
    public static final int FLAG_SYNC_ON_STARTUP = 0x20;
    /** DRS_PER_SYNC: replicate on the schedule. */
    public static final int FLAG_DO_SCHEDULED_SYNCS = 0x40;

    private final int version;
    private final String namingContext;
    private final String sourceDsaDn;
    private final long consecutiveFailures;
    private final Instant lastSuccess;
    private final Instant lastAttempt;
    private final int lastResult;
    private final int replicaFlags;
    private final byte[] schedule;
    private final long usnHighObjUpdate;
    private final long usnHighPropUpdate;
    private final UUID sourceDsaGuid;
    private final UUID sourceInvocationId;
    private final UUID transportGuid;
    private final String sourceAddress;

    private ReplicaLink(Builder b) {
        version = b.version;
        namingContext = b.namingContext;
        sourceDsaDn = b.sourceDsaDn;
        consecutiveFailures = b.consecutiveFailures;
        lastSuccess = b.lastSuccess;
        lastAttempt = b.lastAttempt;
        lastResult = b.lastResult;
        replicaFlags = b.replicaFlags;
        schedule = b.schedule.clone();
        usnHighObjUpdate = b.usnHighObjUpdate;
        usnHighPropUpdate = b.usnHighPropUpdate;
        sourceDsaGuid = b.sourceDsaGuid;
        sourceInvocationId = b.sourceInvocationId;
        transportGuid = b.transportGuid;
        sourceAddress = b.sourceAddress;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this link's values. */
    public Builder toBuilder() {
        return new Builder().version(version).namingContext(namingContext).sourceDsaDn(sourceDsaDn)
                .consecutiveFailures(consecutiveFailures).lastSuccess(lastSuccess()).lastAttempt(lastAttempt())
                .lastResult(lastResult).replicaFlags(replicaFlags).schedule(schedule)
                .usnHighObjUpdate(usnHighObjUpdate).usnHighPropUpdate(usnHighPropUpdate)
                .sourceDsaGuid(sourceDsaGuid).sourceInvocationId(sourceInvocationId).transportGuid(transportGuid)
                .sourceAddress(sourceAddress);
    }

    /** The structure version (1 for everything adtopo reads). */
    public int version() {
        return version;
    }

    /** The naming context the link replicates; empty when not known. */
    public String namingContext() {
        return namingContext;
    }

    /** The source's NTDS Settings DN: only msDS-NCReplInboundNeighbors carries it, repsFrom does not. */
    public Optional<String> sourceDsaDn() {
        return Optional.ofNullable(sourceDsaDn);
    }

    /** cConsecutiveFailures, an unsigned 32-bit count. */
    public long consecutiveFailures() {
        return consecutiveFailures;
    }

    /** The last successful replication from the source; empty when it never succeeded. */
    public Optional<Instant> lastSuccess() {
        return Optional.ofNullable(lastSuccess);
    }

    /** The last attempt; empty when none was made. */
    public Optional<Instant> lastAttempt() {
        return Optional.ofNullable(lastAttempt);
    }

    /** The Win32 result of the last attempt; 0 is success (see {@link Win32Errors}). */
    public int lastResult() {
        return lastResult;
    }

    /** Whether the last attempt failed. */
    public boolean isFailing() {
        return lastResult != 0;
    }

    /** DRS_OPTIONS flags (ulReplicaFlags / dwReplicaFlags). */
    public int replicaFlags() {
        return replicaFlags;
    }

    /** The 84-byte schedule (a copy); all zero when the XML form was read, which does not carry it. */
    public byte[] schedule() {
        return schedule.clone();
    }

    /** usnvec.usnHighObjUpdate (usnLastObjChangeSynced in the XML form). */
    public long usnHighObjUpdate() {
        return usnHighObjUpdate;
    }

    /** usnvec.usnHighPropUpdate (usnAttributeFilter in the XML form). */
    public long usnHighPropUpdate() {
        return usnHighPropUpdate;
    }

    /** The source's DSA GUID (the objectGUID of its NTDS Settings). */
    public UUID sourceDsaGuid() {
        return sourceDsaGuid;
    }

    /** The source's invocationId. */
    public UUID sourceInvocationId() {
        return sourceInvocationId;
    }

    /** The interSiteTransport's objectGUID; {@link #NIL} for RPC/IP. */
    public UUID transportGuid() {
        return transportGuid;
    }

    /** Whether replication runs over RPC/IP (no intersite transport object). */
    public boolean isRpcTransport() {
        return NIL.equals(transportGuid);
    }

    /** The source's network address, normally {@code <DSA GUID>._msdcs.<forest>}. */
    public String sourceAddress() {
        return sourceAddress;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ReplicaLink)) {
            return false;
        }
        ReplicaLink o = (ReplicaLink) other;
        return version == o.version && consecutiveFailures == o.consecutiveFailures && lastResult == o.lastResult
                && replicaFlags == o.replicaFlags && usnHighObjUpdate == o.usnHighObjUpdate
                && usnHighPropUpdate == o.usnHighPropUpdate && namingContext.equals(o.namingContext)
                && Objects.equals(sourceDsaDn, o.sourceDsaDn) && Objects.equals(lastSuccess, o.lastSuccess)
                && Objects.equals(lastAttempt, o.lastAttempt) && Arrays.equals(schedule, o.schedule)
                && sourceDsaGuid.equals(o.sourceDsaGuid) && sourceInvocationId.equals(o.sourceInvocationId)
                && transportGuid.equals(o.transportGuid) && sourceAddress.equals(o.sourceAddress);
    }

    @Override
    public int hashCode() {
        return Objects.hash(namingContext, sourceDsaGuid, sourceAddress, lastSuccess, lastAttempt, lastResult,
                consecutiveFailures);
    }

    @Override
    public String toString() {
        return "ReplicaLink[" + namingContext + " from " + sourceDsaGuid + " (" + sourceAddress + "), result "
                + Win32Errors.describe(lastResult) + ", " + consecutiveFailures + " consecutive failures, last success "
                + (lastSuccess == null ? "never" : lastSuccess.toString()) + ", last attempt "
                + (lastAttempt == null ? "never" : lastAttempt.toString()) + "]";
    }

    /** Collects the values of a {@link ReplicaLink}; every value has a neutral default (zero, empty, never). */
    public static final class Builder {
        private int version = 1;
        private String namingContext = "";
        private String sourceDsaDn;
        private long consecutiveFailures;
        private Instant lastSuccess;
        private Instant lastAttempt;
        private int lastResult;
        private int replicaFlags;
        private byte[] schedule = new byte[SCHEDULE_LENGTH];
        private long usnHighObjUpdate;
        private long usnHighPropUpdate;
        private UUID sourceDsaGuid = NIL;
        private UUID sourceInvocationId = NIL;
        private UUID transportGuid = NIL;
        private String sourceAddress = "";

        private Builder() {
        }

        public Builder version(int value) {
            version = value;
            return this;
        }

        public Builder namingContext(String value) {
            namingContext = value == null ? "" : value;
            return this;
        }

        public Builder sourceDsaDn(String value) {
            sourceDsaDn = value == null || value.isEmpty() ? null : value;
            return this;
        }

        /** @throws IllegalArgumentException outside 0..4294967295 */
        public Builder consecutiveFailures(long value) {
            if (value < 0 || value > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("consecutiveFailures is an unsigned 32-bit count: " + value);
            }
            consecutiveFailures = value;
            return this;
        }

        /** The time of the last success, truncated to whole seconds as repsFrom stores it. */
        public Builder lastSuccess(Optional<Instant> value) {
            lastSuccess = seconds(value);
            return this;
        }

        public Builder lastAttempt(Optional<Instant> value) {
            lastAttempt = seconds(value);
            return this;
        }

        public Builder lastResult(int value) {
            lastResult = value;
            return this;
        }

        public Builder replicaFlags(int value) {
            replicaFlags = value;
            return this;
        }

        /** @throws IllegalArgumentException unless exactly 84 bytes */
        public Builder schedule(byte[] value) {
            if (value == null || value.length != SCHEDULE_LENGTH) {
                throw new IllegalArgumentException("A schedule is " + SCHEDULE_LENGTH + " bytes.");
            }
            schedule = value.clone();
            return this;
        }

        public Builder usnHighObjUpdate(long value) {
            usnHighObjUpdate = value;
            return this;
        }

        public Builder usnHighPropUpdate(long value) {
            usnHighPropUpdate = value;
            return this;
        }

        public Builder sourceDsaGuid(UUID value) {
            sourceDsaGuid = value == null ? NIL : value;
            return this;
        }

        public Builder sourceInvocationId(UUID value) {
            sourceInvocationId = value == null ? NIL : value;
            return this;
        }

        public Builder transportGuid(UUID value) {
            transportGuid = value == null ? NIL : value;
            return this;
        }

        public Builder sourceAddress(String value) {
            sourceAddress = value == null ? "" : value;
            return this;
        }

        public ReplicaLink build() {
            return new ReplicaLink(this);
        }

        private static Instant seconds(Optional<Instant> value) {
            return value == null ? null : value.map(t -> Instant.ofEpochSecond(t.getEpochSecond())).orElse(null);
        }
    }
}
