package io.adtopo.core.checks;

import java.util.Objects;

import io.adtopo.core.changes.EntryChange;

/** One way to fix a problem: the change to write, what it does, and why this value. */
public final class FixCandidate {

    /** The kinds of fix, so several problems can be fixed the same way at once. */
    public enum Kind {
        SET_SERVER_REFERENCE, ALIGN_SERVER_HOST_NAME, ALIGN_COMPUTER_HOST_NAME, ADD_SPN
    }

    private final Kind kind;
    private final String label;
    private final String reason;
    private final EntryChange change;

    public FixCandidate(Kind kind, String label, String reason, EntryChange change) {
        this.kind = Objects.requireNonNull(kind);
        this.label = Objects.requireNonNull(label);
        this.reason = Objects.requireNonNull(reason);
        this.change = Objects.requireNonNull(change);
    }

    public Kind kind() {
        return kind;
    }

    /** What the fix does ("Set serverReference to CN=HOUDC1,OU=Domain Controllers,..."). */
    public String label() {
        return label;
    }

    /** Why this value ("the value on houdc1.contoso.test's copy; its dNSHostName matches"). */
    public String reason() {
        return reason;
    }

    public EntryChange change() {
        return change;
    }

    @Override
    public String toString() {
        return label + " (" + reason + ")";
    }
}
