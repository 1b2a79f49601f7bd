package io.adtopo.core.ldap;

import java.util.List;
import java.util.Objects;

/**
 * What to search for: base, scope, filter and attributes, read in pages. {@link #showDeleted()} adds the
 * Show Deleted control (1.2.840.113556.1.4.417) so tombstones are returned too.
 */
public final class SearchSpec {

    /** Page size for paged searches; AD's default MaxPageSize is 1000. */
    public static final int DEFAULT_PAGE_SIZE = 1000;

    private final String base;
    private final SearchScope scope;
    private final String filter;
    private final List<String> attributes;
    private final int pageSize;
    private final boolean showDeleted;

    private SearchSpec(String base, SearchScope scope, String filter, List<String> attributes, int pageSize,
            boolean showDeleted) {
        this.base = Objects.requireNonNull(base, "base");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.filter = Objects.requireNonNull(filter, "filter");
        this.attributes = List.copyOf(attributes);
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive: " + pageSize);
        }
        this.pageSize = pageSize;
        this.showDeleted = showDeleted;
    }

    public static SearchSpec subtree(String base, String filter, String... attributes) {
        return new SearchSpec(base, SearchScope.SUBTREE, filter, List.of(attributes), DEFAULT_PAGE_SIZE, false);
    }

    public static SearchSpec oneLevel(String base, String filter, String... attributes) {
        return new SearchSpec(base, SearchScope.ONE_LEVEL, filter, List.of(attributes), DEFAULT_PAGE_SIZE, false);
    }

    public static SearchSpec base(String dn, String... attributes) {
        return new SearchSpec(dn, SearchScope.BASE, "(objectClass=*)", List.of(attributes), DEFAULT_PAGE_SIZE,
                false);
    }

    public SearchSpec withPageSize(int size) {
        return new SearchSpec(base, scope, filter, attributes, size, showDeleted);
    }

    /** The same search at another base (a referral's DN). */
    public SearchSpec withBase(String otherBase) {
        return new SearchSpec(otherBase, scope, filter, attributes, pageSize, showDeleted);
    }

    public SearchSpec withShowDeleted() {
        return new SearchSpec(base, scope, filter, attributes, pageSize, true);
    }

    public String base() {
        return base;
    }

    public SearchScope scope() {
        return scope;
    }

    public String filter() {
        return filter;
    }

    public List<String> attributes() {
        return attributes;
    }

    public int pageSize() {
        return pageSize;
    }

    public boolean showDeleted() {
        return showDeleted;
    }

    @Override
    public String toString() {
        return scope + " " + base + " " + filter + (showDeleted ? " (show deleted)" : "");
    }
}
