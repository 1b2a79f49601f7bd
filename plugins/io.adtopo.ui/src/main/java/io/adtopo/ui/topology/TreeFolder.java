package io.adtopo.ui.topology;

import java.util.List;
import java.util.Objects;

/**
 * A grouping node of the topology tree ("Inter-Site Transports", a site's "Subnets"). Equal when kind and
 * owner are, so expansion survives a reload.
 */
final class TreeFolder {

    enum Kind {
        TRANSPORTS, SUBNETS
    }

    private final Kind kind;
    private final Object owner;
    private final String label;
    private final List<?> children;

    TreeFolder(Kind kind, Object owner, String label, List<?> children) {
        this.kind = kind;
        this.owner = owner;
        this.label = label;
        this.children = List.copyOf(children);
    }

    Kind kind() {
        return kind;
    }

    Object owner() {
        return owner;
    }

    String label() {
        return label;
    }

    List<?> children() {
        return children;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TreeFolder && ((TreeFolder) o).kind == kind && Objects.equals(((TreeFolder) o).owner, owner);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, owner);
    }

    @Override
    public String toString() {
        return label;
    }
}
