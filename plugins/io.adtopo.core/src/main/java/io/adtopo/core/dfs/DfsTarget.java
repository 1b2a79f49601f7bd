package io.adtopo.core.dfs;

import java.util.Locale;
import java.util.Objects;

/** One target of a DFS root or link: a UNC path with its state and referral priority. */
public final class DfsTarget {

    /** The highest (last) priority rank; 0 is first. */
    public static final int MAX_RANK = 31;

    private final String unc;
    private final TargetState state;
    private final PriorityClass priorityClass;
    private final int rank;
    private final String host;
    private final String share;

    /**
     * @throws IllegalArgumentException when {@code unc} is not {@code \\server\share[\...]} or the rank is
     *         outside 0..31
     */
    public DfsTarget(String unc, TargetState state, PriorityClass priorityClass, int rank) {
        if (unc == null || !unc.startsWith("\\\\")) {
            throw new IllegalArgumentException("Not a \\\\server\\share path: " + unc);
        }
        int hostEnd = unc.indexOf('\\', 2);
        if (hostEnd <= 2) {
            throw new IllegalArgumentException("The path names no server and share: " + unc);
        }
        int shareEnd = unc.indexOf('\\', hostEnd + 1);
        if (shareEnd < 0) {
            shareEnd = unc.length();
        }
        if (shareEnd == hostEnd + 1) {
            throw new IllegalArgumentException("The path names no share: " + unc);
        }
        if (rank < 0 || rank > MAX_RANK) {
            throw new IllegalArgumentException("Priority rank " + rank + " is outside 0 to " + MAX_RANK);
        }
        this.unc = unc;
        this.state = Objects.requireNonNull(state, "state");
        this.priorityClass = Objects.requireNonNull(priorityClass, "priorityClass");
        this.rank = rank;
        this.host = unc.substring(2, hostEnd);
        this.share = unc.substring(hostEnd + 1, shareEnd);
    }

    /** The path as stored, e.g. {@code \\fs-liv.contoso.test\software}. */
    public String unc() {
        return unc;
    }

    public TargetState state() {
        return state;
    }

    public PriorityClass priorityClass() {
        return priorityClass;
    }

    /** 0 (first) to 31 (last) within the priority class. */
    public int rank() {
        return rank;
    }

    public boolean isOnline() {
        return state == TargetState.ONLINE;
    }

    /** The server part of the path, as written (a DNS name, a NetBIOS name or an address). */
    public String host() {
        return host;
    }

    /** The first path component after the server. */
    public String share() {
        return share;
    }

    /** A copy with another priority, for what-if previews. */
    public DfsTarget withPriority(PriorityClass newClass, int newRank) {
        return new DfsTarget(unc, state, newClass, newRank);
    }

    /** A copy with another state, for what-if previews. */
    public DfsTarget withState(TargetState newState) {
        return new DfsTarget(unc, newState, priorityClass, rank);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DfsTarget)) {
            return false;
        }
        DfsTarget that = (DfsTarget) other;
        return unc.equals(that.unc) && state == that.state && priorityClass == that.priorityClass
                && rank == that.rank;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unc, state, priorityClass, Integer.valueOf(rank));
    }

    @Override
    public String toString() {
        return unc + " (" + state.name().toLowerCase(Locale.ROOT) + ", " + priorityClass.xmlName() + " " + rank
                + ")";
    }
}
