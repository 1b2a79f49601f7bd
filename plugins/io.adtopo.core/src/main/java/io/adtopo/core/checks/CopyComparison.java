package io.adtopo.core.checks;

import java.util.List;
import java.util.Optional;

import io.adtopo.core.changes.EntryChange;
import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.topology.Server;
import io.adtopo.core.topology.Topology;

/**
 * Check 7: the same server object as two DCs hold it. When the copies disagree on serverReference, the copy
 * that lacks it (or differs) gets the problem, with the other copy's value as the fix: the seed's case, where
 * the destination DC's copy lost the value.
 */
final class CopyComparison {

    private CopyComparison() {
    }

    /** Adds a problem to {@code out} for each server of {@code copy} whose {@code other} copy disagrees. */
    static void compare(Topology copy, Topology other, List<Problem> out) {
        if (!DnNames.same(copy.forest().configurationDn(), other.forest().configurationDn())) {
            return;
        }
        String dc = copy.forest().readFromHost();
        String otherDc = other.forest().readFromHost();
        for (Server mine : copy.servers()) {
            Optional<Server> theirs = other.server(mine.dn());
            if (theirs.isEmpty() || !theirs.get().hasServerReference()
                    || DnNames.same(mine.serverReference(), theirs.get().serverReference())) {
                continue;
            }
            String value = theirs.get().serverReference();
            String name = DnNames.firstValue(mine.siteDn()) + "\\" + mine.name();
            String held = mine.hasServerReference() ? "names " + mine.serverReference() : "has no serverReference";
            out.add(new Problem(Check.COPIES_DISAGREE, mine.dn(), name, dc, dc + "'s copy of " + name + " " + held
                    + ", but " + otherDc + "'s copy names " + value + ": " + dc
                    + " cannot derive the SPN its partners expect until its copy agrees (error 8589).",
                    List.of(new FixCandidate(FixCandidate.Kind.SET_SERVER_REFERENCE, "Set serverReference to " + value,
                            "the value on " + otherDc + "'s copy", EntryChange.setValue(mine.dn(), "serverReference",
                                    mine.hasServerReference() ? mine.serverReference() : null, value)))));
        }
    }
}
