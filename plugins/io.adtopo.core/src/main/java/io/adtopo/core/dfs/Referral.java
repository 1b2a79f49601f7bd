package io.adtopo.core.dfs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import io.adtopo.core.ldap.DnNames;

/**
 * The referral a client in one site receives for a namespace root or folder: ordered target sets, the targets
 * left out and why, and a plain sentence when nothing is left to refer to.
 */
public final class Referral {

    private final String clientSiteDn;
    private final ReferralSettings settings;
    private final List<TargetSet> sets;
    private final List<PlannedTarget> leftOut;
    private final String emptyReason;

    Referral(String clientSiteDn, ReferralSettings settings, List<TargetSet> sets, List<PlannedTarget> leftOut,
            String emptyReason) {
        this.clientSiteDn = clientSiteDn;
        this.settings = settings;
        this.sets = List.copyOf(sets);
        this.leftOut = List.copyOf(leftOut);
        this.emptyReason = emptyReason;
    }

    public String clientSiteDn() {
        return clientSiteDn;
    }

    public String clientSiteName() {
        return DnNames.firstValue(clientSiteDn);
    }

    public ReferralSettings settings() {
        return settings;
    }

    /** The sets in referral order. */
    public List<TargetSet> sets() {
        return sets;
    }

    /** Targets the client does not receive: offline ones, and those the exclude method drops. */
    public List<PlannedTarget> leftOut() {
        return leftOut;
    }

    public boolean isEmpty() {
        return sets.isEmpty();
    }

    /** Why the referral is empty, when it is. */
    public Optional<String> emptyReason() {
        return sets.isEmpty() ? Optional.of(emptyReason) : Optional.empty();
    }

    /** Every target the client receives, sets in order and each set in its stable display order. */
    public List<PlannedTarget> targets() {
        List<PlannedTarget> out = new ArrayList<>();
        for (TargetSet set : sets) {
            out.addAll(set.members());
        }
        return out;
    }

    /** One order a client may receive: each set shuffled with the given random source. */
    public List<PlannedTarget> order(Random random) {
        List<PlannedTarget> out = new ArrayList<>();
        for (TargetSet set : sets) {
            List<PlannedTarget> shuffled = new ArrayList<>(set.members());
            Collections.shuffle(shuffled, random);
            out.addAll(shuffled);
        }
        return out;
    }

    @Override
    public String toString() {
        return "Referral for " + clientSiteName() + " (" + settings + "): " + sets;
    }
}
