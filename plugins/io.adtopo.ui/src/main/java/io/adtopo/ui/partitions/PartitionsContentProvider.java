package io.adtopo.ui.partitions;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;

import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.topology.CrossRef;
import io.adtopo.core.topology.Topology;

/**
 * The crossRefs of CN=Partitions as a tree: domains nest under the domain their trustParent names (the
 * domain tree); the configuration, schema, application and external partitions stand at the top.
 */
final class PartitionsContentProvider implements ITreeContentProvider {

    private Topology topology;

    @Override
    public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
        topology = newInput instanceof Topology ? (Topology) newInput : null;
    }

    @Override
    public Object[] getElements(Object input) {
        if (topology == null) {
            return new Object[0];
        }
        List<CrossRef> roots = new ArrayList<>();
        for (CrossRef crossRef : topology.partitions()) {
            if (parentOf(crossRef) == null) {
                roots.add(crossRef);
            }
        }
        roots.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        return roots.toArray();
    }

    /** Domains first, then configuration, schema, application NCs, others, external ones. */
    private static int rank(CrossRef crossRef) {
        return crossRef.kind().ordinal();
    }

    @Override
    public Object[] getChildren(Object element) {
        if (topology == null || !(element instanceof CrossRef)) {
            return new Object[0];
        }
        List<CrossRef> children = new ArrayList<>();
        for (CrossRef crossRef : topology.partitions()) {
            if (element.equals(parentOf(crossRef))) {
                children.add(crossRef);
            }
        }
        return children.toArray();
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof CrossRef ? parentOf((CrossRef) element) : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return getChildren(element).length > 0;
    }

    /** The crossRef a domain's trustParent names, when this DC's copy holds it. */
    private CrossRef parentOf(CrossRef crossRef) {
        if (crossRef.kind() != CrossRef.Kind.DOMAIN || crossRef.trustParent().isEmpty()) {
            return null;
        }
        for (CrossRef candidate : topology.partitions()) {
            if (DnNames.same(candidate.dn(), crossRef.trustParent())) {
                return candidate;
            }
        }
        return null;
    }
}
