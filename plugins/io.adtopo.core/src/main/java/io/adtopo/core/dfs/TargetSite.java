package io.adtopo.core.dfs;

import java.util.Objects;
import java.util.Optional;

import io.adtopo.core.ldap.DnNames;

/** The site a target's server is in, with how adtopo found it, or why it could not. */
public final class TargetSite {

    private final String host;
    private final String siteDn;
    private final String how;

    private TargetSite(String host, String siteDn, String how) {
        this.host = Objects.requireNonNull(host, "host");
        this.siteDn = siteDn;
        this.how = Objects.requireNonNull(how, "how");
    }

    /** A site found, with a sentence saying how ("127.0.1.10 (DNS record ...) is in subnet 127.0.1.0/24"). */
    public static TargetSite found(String host, String siteDn, String how) {
        return new TargetSite(host, Objects.requireNonNull(siteDn, "siteDn"), how);
    }

    /** No site: a target outside every site is out of the client's site and costs the maximum. */
    public static TargetSite unknown(String host, String why) {
        return new TargetSite(host, null, why);
    }

    public String host() {
        return host;
    }

    public Optional<String> siteDn() {
        return Optional.ofNullable(siteDn);
    }

    public boolean isKnown() {
        return siteDn != null;
    }

    /** The site's name, or "unknown". */
    public String siteName() {
        return siteDn == null ? "unknown" : DnNames.firstValue(siteDn);
    }

    public String how() {
        return how;
    }

    /** True when the target is in the given site. */
    public boolean isIn(String otherSiteDn) {
        return siteDn != null && DnNames.same(siteDn, otherSiteDn);
    }

    @Override
    public String toString() {
        return host + " in " + siteName() + ": " + how;
    }
}
