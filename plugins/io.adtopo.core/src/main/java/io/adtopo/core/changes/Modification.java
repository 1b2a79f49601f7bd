package io.adtopo.core.changes;

import java.util.List;
import java.util.Objects;

/** One LDAP modify operation on one attribute: add values, delete values (or all), or replace them. */
public final class Modification {

    /** The LDAP modify operations. */
    public enum Operation {
        ADD("add"), DELETE("delete"), REPLACE("replace");

        private final String ldif;

        Operation(String ldif) {
            this.ldif = ldif;
        }

        /** The keyword LDIF writes for it. */
        public String ldif() {
            return ldif;
        }
    }

    private final Operation operation;
    private final String attribute;
    private final List<String> values;

    private Modification(Operation operation, String attribute, List<String> values) {
        this.operation = Objects.requireNonNull(operation);
        this.attribute = Objects.requireNonNull(attribute);
        this.values = List.copyOf(values);
    }

    public static Modification add(String attribute, String... values) {
        return new Modification(Operation.ADD, attribute, List.of(values));
    }

    /** Deletes these values (all values when none are given). */
    public static Modification delete(String attribute, String... values) {
        return new Modification(Operation.DELETE, attribute, List.of(values));
    }

    public static Modification replace(String attribute, String... values) {
        return new Modification(Operation.REPLACE, attribute, List.of(values));
    }

    public Operation operation() {
        return operation;
    }

    public String attribute() {
        return attribute;
    }

    public List<String> values() {
        return values;
    }

    /** The modification that undoes this one, given it applied: add becomes delete of the same values. */
    Modification reverse() {
        switch (operation) {
        case ADD:
            return new Modification(Operation.DELETE, attribute, values);
        case DELETE:
            if (values.isEmpty()) {
                throw new IllegalStateException("a delete of all values cannot be reversed without them");
            }
            return new Modification(Operation.ADD, attribute, values);
        default:
            throw new IllegalStateException("a replace cannot be reversed without the old values");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Modification && ((Modification) o).operation == operation
                && ((Modification) o).attribute.equalsIgnoreCase(attribute) && ((Modification) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operation, attribute.toLowerCase(java.util.Locale.ROOT), values);
    }

    @Override
    public String toString() {
        return operation.ldif() + " " + attribute + " " + values;
    }
}
