package io.adtopo.core.topology;

import java.util.Objects;

import io.adtopo.core.ldap.DnNames;

/**
 * An object of the directory's topology, known by its DN. Two objects are equal when they are of the same
 * class and their DNs compare equal, so a view keeps its selection and expansion across a reload.
 */
public abstract class DirectoryObject {

    private final String dn;
    private final String key;
    private final String name;

    protected DirectoryObject(String dn) {
        this.dn = Objects.requireNonNull(dn, "dn");
        this.key = DnNames.key(dn);
        this.name = DnNames.firstValue(dn);
    }

    public final String dn() {
        return dn;
    }

    /** The DN's comparison key (see {@link DnNames#key(String)}). */
    public final String key() {
        return key;
    }

    /** The value of the first RDN: the object's name as AD shows it. */
    public final String name() {
        return name;
    }

    @Override
    public final boolean equals(Object o) {
        return this == o || (o != null && o.getClass() == getClass() && ((DirectoryObject) o).key.equals(key));
    }

    @Override
    public final int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
