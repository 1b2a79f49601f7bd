package io.adtopo.ui.dfs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.adtopo.core.dfs.DfsFolder;
import io.adtopo.core.dfs.DfsNamespace;

/** A namespace root or folder as the DFS Namespaces view shows it: with the namespace it belongs to. */
public final class FolderNode {

    private final DfsNamespace namespace;
    private final DfsFolder folder;

    public FolderNode(DfsNamespace namespace, DfsFolder folder) {
        this.namespace = Objects.requireNonNull(namespace);
        this.folder = Objects.requireNonNull(folder);
    }

    /** A namespace's root first, then its folders. */
    static List<FolderNode> of(DfsNamespace ns) {
        List<FolderNode> out = new ArrayList<>();
        ns.root().ifPresent(root -> out.add(new FolderNode(ns, root)));
        ns.folders().forEach(f -> out.add(new FolderNode(ns, f)));
        return out;
    }

    public DfsNamespace namespace() {
        return namespace;
    }

    public DfsFolder folder() {
        return folder;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FolderNode && ((FolderNode) o).folder.dn().equalsIgnoreCase(folder.dn());
    }

    @Override
    public int hashCode() {
        return folder.dn().toLowerCase(java.util.Locale.ROOT).hashCode();
    }

    @Override
    public String toString() {
        return folder.path();
    }
}
