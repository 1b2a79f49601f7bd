package io.adtopo.core.referrals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.ldap.LdapEntry;

/** Every step of a chase in the order the servers were asked; the entries kept per server or merged. */
public final class ChaseResult {

    private final List<ChaseStep> steps;

    ChaseResult(List<ChaseStep> steps) {
        this.steps = List.copyOf(steps);
    }

    public List<ChaseStep> steps() {
        return steps;
    }

    /** All entries as one result set, as a client chasing referrals sees them; an entry met twice once. */
    public List<LdapEntry> mergedEntries() {
        Map<String, LdapEntry> byDn = new LinkedHashMap<>();
        for (ChaseStep step : steps) {
            for (LdapEntry entry : step.entries()) {
                byDn.putIfAbsent(DnNames.key(entry.dn()), entry);
            }
        }
        return new ArrayList<>(byDn.values());
    }

    /** True when a step stopped at a loop or at the hop limit. */
    public boolean stoppedEarly() {
        return steps.stream().anyMatch(s -> s.outcome() == ChaseStep.Outcome.LOOP
                || s.outcome() == ChaseStep.Outcome.HOP_LIMIT);
    }
}
