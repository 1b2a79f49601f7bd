package io.adtopo.core.dfs;

import java.util.List;
import java.util.Objects;

/** A decoded msDFS-TargetListv2 value: the format version and the targets in stored order. */
public final class TargetList {

    private final int majorVersion;
    private final int minorVersion;
    private final List<DfsTarget> targets;

    public TargetList(int majorVersion, int minorVersion, List<DfsTarget> targets) {
        this.majorVersion = majorVersion;
        this.minorVersion = minorVersion;
        this.targets = List.copyOf(targets);
    }

    public int majorVersion() {
        return majorVersion;
    }

    public int minorVersion() {
        return minorVersion;
    }

    /** The targets in the order they are stored; unmodifiable. */
    public List<DfsTarget> targets() {
        return targets;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TargetList)) {
            return false;
        }
        TargetList that = (TargetList) other;
        return majorVersion == that.majorVersion && minorVersion == that.minorVersion
                && targets.equals(that.targets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Integer.valueOf(majorVersion), Integer.valueOf(minorVersion), targets);
    }

    @Override
    public String toString() {
        return "TargetList " + majorVersion + "." + minorVersion + " " + targets;
    }
}
