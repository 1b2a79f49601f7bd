package io.adtopo.core.topology;

import java.util.List;
import java.util.Optional;

import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.ldap.LdapUrls;

/**
 * A crossRef of CN=Partitions: one naming context of the forest (domain, configuration, schema, application
 * NC) or an external one an administrator added, with the DNS name a DC refers clients to for it.
 */
public final class CrossRef extends DirectoryObject {

    /** FLAG_CR_NTDS_NC: the NC is held by DCs of this forest. */
    public static final int FLAG_NTDS_NC = 0x1;
    /** FLAG_CR_NTDS_DOMAIN: the NC is a domain. */
    public static final int FLAG_NTDS_DOMAIN = 0x2;
    /** FLAG_CR_NTDS_NOT_GC_REPLICATED: an application NC, not replicated to global catalogs. */
    public static final int FLAG_NTDS_NOT_GC_REPLICATED = 0x4;
    /** The attributes a crossRef is read with. */
    static final String[] ATTRIBUTES = { "nCName", "dnsRoot", "nETBIOSName", "trustParent", "systemFlags", "Enabled",
            "msDS-NC-Replica-Locations", "msDS-NC-RO-Replica-Locations" };

    /** What a crossRef stands for, from its systemFlags and nCName. */
    public enum Kind {
        DOMAIN("domain"), CONFIGURATION("configuration"), SCHEMA("schema"), APPLICATION("application NC"),
        OTHER_NC("naming context"), EXTERNAL("external");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String ncName;
    private final List<String> dnsRoots;
    private final String netbiosName;
    private final String trustParent;
    private final int systemFlags;
    private final boolean hasSystemFlags;
    private final boolean enabled;
    private final List<String> replicaLocations;
    private final List<String> readOnlyReplicaLocations;
    private final Kind kind;

    /** The attributes to read a crossRef with, for {@link #of}. */
    public static String[] attributes() {
        return ATTRIBUTES.clone();
    }

    /** The crossRef an entry of CN=Partitions describes (attributes as {@link #ATTRIBUTES}). */
    public static CrossRef of(io.adtopo.core.ldap.LdapEntry entry, ForestInfo forest) {
        Integer flags = entry.has("systemFlags") ? entry.flags("systemFlags") : null;
        return new CrossRef(entry.dn(), entry.text("nCName"), entry.strings("dnsRoot"), entry.text("nETBIOSName"),
                entry.text("trustParent"), flags, entry.bool("Enabled", true), entry.strings("msDS-NC-Replica-Locations"),
                entry.strings("msDS-NC-RO-Replica-Locations"), forest);
    }

    public CrossRef(String dn, String ncName, List<String> dnsRoots, String netbiosName, String trustParent,
            Integer systemFlags, boolean enabled, List<String> replicaLocations, List<String> readOnlyReplicaLocations,
            ForestInfo forest) {
        super(dn);
        this.ncName = ncName == null ? "" : ncName;
        this.dnsRoots = List.copyOf(dnsRoots);
        this.netbiosName = netbiosName == null ? "" : netbiosName;
        this.trustParent = trustParent == null ? "" : trustParent;
        this.hasSystemFlags = systemFlags != null;
        this.systemFlags = systemFlags == null ? 0 : systemFlags;
        this.enabled = enabled;
        this.replicaLocations = List.copyOf(replicaLocations);
        this.readOnlyReplicaLocations = List.copyOf(readOnlyReplicaLocations);
        this.kind = kindOf(this.systemFlags, this.ncName, forest);
    }

    private static Kind kindOf(int flags, String ncName, ForestInfo forest) {
        if ((flags & FLAG_NTDS_NC) == 0) {
            return Kind.EXTERNAL;
        }
        if ((flags & FLAG_NTDS_DOMAIN) != 0) {
            return Kind.DOMAIN;
        }
        if (forest != null && DnNames.same(ncName, forest.configurationDn())) {
            return Kind.CONFIGURATION;
        }
        if (forest != null && DnNames.same(ncName, forest.schemaDn())) {
            return Kind.SCHEMA;
        }
        return (flags & FLAG_NTDS_NOT_GC_REPLICATED) != 0 ? Kind.APPLICATION : Kind.OTHER_NC;
    }

    public String ncName() {
        return ncName;
    }

    /** dnsRoot: the DNS name clients are referred to (usually one value). */
    public List<String> dnsRoots() {
        return dnsRoots;
    }

    public Optional<String> dnsRoot() {
        return dnsRoots.isEmpty() ? Optional.empty() : Optional.of(dnsRoots.get(0));
    }

    public String netbiosName() {
        return netbiosName;
    }

    /** The crossRef of the parent domain in the domain tree (trustParent), or empty for a tree root. */
    public String trustParent() {
        return trustParent;
    }

    public int systemFlags() {
        return systemFlags;
    }

    /** False when the crossRef carries no systemFlags at all (as administrators create external ones). */
    public boolean hasSystemFlags() {
        return hasSystemFlags;
    }

    /** The Enabled attribute (TRUE when absent). */
    public boolean enabled() {
        return enabled;
    }

    /** An NC crossRef with Enabled FALSE: created ahead of its NC (pre-created), not yet in use. */
    public boolean isPreCreated() {
        return (systemFlags & FLAG_NTDS_NC) != 0 && !enabled;
    }

    /** msDS-NC-Replica-Locations: the NTDS Settings of the DCs that hold an application NC. */
    public List<String> replicaLocations() {
        return replicaLocations;
    }

    public List<String> readOnlyReplicaLocations() {
        return readOnlyReplicaLocations;
    }

    public Kind kind() {
        return kind;
    }

    /** The systemFlags bits by name: "NTDS_NC NTDS_DOMAIN", "(none)" for none. */
    public String describeFlags() {
        if (!hasSystemFlags) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder();
        append(out, (systemFlags & FLAG_NTDS_NC) != 0, "NTDS_NC");
        append(out, (systemFlags & FLAG_NTDS_DOMAIN) != 0, "NTDS_DOMAIN");
        append(out, (systemFlags & FLAG_NTDS_NOT_GC_REPLICATED) != 0, "NTDS_NOT_GC_REPLICATED");
        int rest = systemFlags & ~(FLAG_NTDS_NC | FLAG_NTDS_DOMAIN | FLAG_NTDS_NOT_GC_REPLICATED);
        append(out, rest != 0, "0x" + Integer.toHexString(rest));
        return out.length() == 0 ? "(none)" : out.toString();
    }

    private static void append(StringBuilder out, boolean condition, String text) {
        if (condition) {
            out.append(out.length() == 0 ? "" : " ").append(text);
        }
    }

    /** The LDAP URL a DC refers a client to for this NC: {@code ldap://<dnsRoot>/<nCName>}. */
    public Optional<String> referralUrl() {
        return dnsRoot().map(root -> LdapUrls.of(root, ncName));
    }

    @Override
    public String toString() {
        return ncName.isEmpty() ? name() : ncName;
    }
}
