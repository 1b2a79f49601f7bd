package io.adtopo.core.dfs;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A domain-based namespace stored in CN=Dfs-Configuration: a v2 namespace (msDFS-Namespacev2 with its
 * msDFS-Linkv2 folders), which adtopo previews, or an older fTDfs one, which it lists as not previewed.
 */
public final class DfsNamespace {

    /** How the namespace is stored. */
    public enum Kind {
        /** Windows Server 2008 mode: msDFS-NamespaceAnchor / msDFS-Namespacev2 / msDFS-Linkv2. */
        DOMAIN_V2,
        /** Windows 2000 mode: one fTDfs object holding a binary pKT. */
        FT_DFS
    }

    private final String dn;
    private final String path;
    private final Kind kind;
    private final UUID identity;
    private final DfsFolder root;
    private final List<DfsFolder> folders;

    DfsNamespace(String dn, String path, Kind kind, UUID identity, DfsFolder root, List<DfsFolder> folders) {
        this.dn = dn;
        this.path = path;
        this.kind = kind;
        this.identity = identity;
        this.root = root;
        this.folders = List.copyOf(folders);
    }

    /** The msDFS-Namespacev2 object's DN, or the fTDfs object's. */
    public String dn() {
        return dn;
    }

    /** {@code \\contoso.test\Public}. */
    public String path() {
        return path;
    }

    public String name() {
        return path.substring(path.lastIndexOf('\\') + 1);
    }

    public Kind kind() {
        return kind;
    }

    /** msDFS-NamespaceIdentityGUIDv2, for a v2 namespace. */
    public Optional<UUID> identity() {
        return Optional.ofNullable(identity);
    }

    public boolean isPreviewable() {
        return kind == Kind.DOMAIN_V2;
    }

    /** Why adtopo does not preview this namespace, when it does not. */
    public Optional<String> notPreviewedReason() {
        return kind == Kind.FT_DFS ? Optional.of("Windows 2000 mode namespace (fTDfs): its targets live in a binary"
                + " pKT blob; adtopo previews domain-based namespaces in Windows Server 2008 mode (v2) only")
                : Optional.empty();
    }

    /** The root, for a v2 namespace. */
    public Optional<DfsFolder> root() {
        return Optional.ofNullable(root);
    }

    /** The folders with targets, sorted by path. */
    public List<DfsFolder> folders() {
        return folders;
    }

    /** The root's referral settings applied to a folder (inherit, or the folder's exclude override). */
    public ReferralSettings settingsOf(DfsFolder folder) {
        DfsProperties rootProperties = root == null ? DfsProperties.of(List.of()) : root.properties();
        return folder.isRoot() ? ReferralSettings.ofRoot(rootProperties)
                : ReferralSettings.ofFolder(rootProperties, folder.properties());
    }

    @Override
    public String toString() {
        return path;
    }
}
