package io.adtopo.core.dfs;

import java.util.Optional;

/** Whether a DFS target is handed out in referrals (online) or left out of them (offline). */
public enum TargetState {
    ONLINE,
    OFFLINE;

    /** The state a state attribute names ("online", "offline"), read without regard to case. */
    public static Optional<TargetState> parse(String text) {
        for (TargetState state : values()) {
            if (state.name().equalsIgnoreCase(text)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
