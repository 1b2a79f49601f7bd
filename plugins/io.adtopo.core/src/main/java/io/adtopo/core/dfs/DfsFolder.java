package io.adtopo.core.dfs;

import java.util.List;
import java.util.Optional;

/**
 * A namespace root or one of its folders with targets (an msDFS-Namespacev2 or msDFS-Linkv2 object): its
 * path, referral settings, TTL and targets, or the reason its target list could not be read.
 */
public final class DfsFolder {

    /** msDFS-Ttlv2 when absent: 300 s for a root, 1800 s for a folder. */
    public static final long DEFAULT_ROOT_TTL = 300;
    public static final long DEFAULT_FOLDER_TTL = 1800;

    private final String dn;
    private final String namespacePath;
    private final String linkPath;
    private final DfsProperties properties;
    private final long ttlSeconds;
    private final String comment;
    private final TargetList targets;
    private final String targetError;

    DfsFolder(String dn, String namespacePath, String linkPath, DfsProperties properties, long ttlSeconds,
            String comment, TargetList targets, String targetError) {
        this.dn = dn;
        this.namespacePath = namespacePath;
        this.linkPath = linkPath;
        this.properties = properties;
        this.ttlSeconds = ttlSeconds;
        this.comment = comment == null ? "" : comment;
        this.targets = targets;
        this.targetError = targetError;
    }

    public String dn() {
        return dn;
    }

    /** True for the namespace root itself. */
    public boolean isRoot() {
        return linkPath.isEmpty();
    }

    /** msDFS-LinkPathv2 ("/Software", "/Tools/Builds"); empty for the root. */
    public String linkPath() {
        return linkPath;
    }

    /** The path clients open: {@code \\contoso.test\Public\Software}. */
    public String path() {
        return isRoot() ? namespacePath : namespacePath + linkPath.replace('/', '\\');
    }

    /** The folder's own name, the root's namespace name. */
    public String name() {
        String p = path();
        return p.substring(p.lastIndexOf('\\') + 1);
    }

    public DfsProperties properties() {
        return properties;
    }

    public long ttlSeconds() {
        return ttlSeconds;
    }

    public String comment() {
        return comment;
    }

    /** The targets, when the target list could be read. */
    public Optional<TargetList> targetList() {
        return Optional.ofNullable(targets);
    }

    /** The targets, or none when the list could not be read. */
    public List<DfsTarget> targets() {
        return targets == null ? List.of() : targets.targets();
    }

    /** Why the target list could not be read ("msDFS-TargetListv2: not UTF-16 ..."), if it could not. */
    public Optional<String> targetError() {
        return Optional.ofNullable(targetError);
    }

    @Override
    public String toString() {
        return path();
    }
}
