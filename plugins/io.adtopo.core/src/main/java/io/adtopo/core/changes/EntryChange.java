package io.adtopo.core.changes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A change to one entry that is safe to apply on a copy read earlier: every modification names the values it
 * expects (a delete of the old value, then an add of the new one), so the server applies it atomically only
 * if the entry still holds what was read, and refuses it otherwise. Carries its own reverse.
 */
public final class EntryChange {

    private final String dn;
    private final List<Modification> modifications;

    public EntryChange(String dn, List<Modification> modifications) {
        this.dn = Objects.requireNonNull(dn);
        if (modifications.isEmpty()) {
            throw new IllegalArgumentException("a change needs at least one modification");
        }
        for (Modification m : modifications) {
            if (m.operation() == Modification.Operation.REPLACE
                    || (m.operation() == Modification.Operation.DELETE && m.values().isEmpty())) {
                throw new IllegalArgumentException("not compare-and-set: " + m);
            }
        }
        this.modifications = List.copyOf(modifications);
    }

    /** Sets a single-valued attribute: from {@code oldValue} (null when absent) to {@code newValue}. */
    public static EntryChange setValue(String dn, String attribute, String oldValue, String newValue) {
        List<Modification> mods = new ArrayList<>(2);
        if (oldValue != null && !oldValue.isEmpty()) {
            mods.add(Modification.delete(attribute, oldValue));
        }
        mods.add(Modification.add(attribute, newValue));
        return new EntryChange(dn, mods);
    }

    /** Adds values to a multi-valued attribute. */
    public static EntryChange addValues(String dn, String attribute, List<String> values) {
        return new EntryChange(dn, List.of(Modification.add(attribute, values.toArray(new String[0]))));
    }

    public String dn() {
        return dn;
    }

    public List<Modification> modifications() {
        return modifications;
    }

    /** The change that undoes this one once it has applied: the same entry, each step undone in reverse order. */
    public EntryChange reverse() {
        List<Modification> reversed = new ArrayList<>(modifications.size());
        for (Modification m : modifications) {
            reversed.add(m.reverse());
        }
        Collections.reverse(reversed);
        return new EntryChange(dn, reversed);
    }

    /** The change as LDIF (changetype: modify). */
    public String toLdif() {
        return LdifWriter.modify(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EntryChange && ((EntryChange) o).dn.equals(dn)
                && ((EntryChange) o).modifications.equals(modifications);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dn, modifications);
    }

    @Override
    public String toString() {
        return toLdif();
    }
}
