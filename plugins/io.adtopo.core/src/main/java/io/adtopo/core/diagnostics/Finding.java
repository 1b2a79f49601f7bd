package io.adtopo.core.diagnostics;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One thing recognised in a pasted diagnostic text: a GUID and what labels it, a {@code Site\DC} name or an
 * NTDS Settings DN, with the char offset where it starts in the (possibly truncated) input.
 */
public final class Finding {

    /** What a finding is; {@link DiagnosticText#summary()} lists the kinds in this order. */
    public enum Kind {
        /** A GUID labelled {@code DSA object GUID} (repadmin): the objectGUID of an NTDS Settings object. */
        DSA_GUID,
        /** A GUID labelled {@code DSA invocationID} / {@code invocationId}: a DSA's database instance. */
        INVOCATION_ID,
        /** {@code <objectGUID>._msdcs.<forest root DNS name>}: how events 1411/2023/1925 name a DSA. */
        MSDCS_NAME,
        /** A GUID without a label this class knows. */
        GUID,
        /** {@code CN=NTDS Settings,CN=<server>,CN=Servers,CN=<site>,CN=Sites,...} written out. */
        NTDS_SETTINGS_DN,
        /** {@code Site\DCNAME} as repadmin and dcdiag print a domain controller. */
        SITE_SERVER
    }

    private final Kind kind;
    private final String value;
    private final UUID guid;
    private final String site;
    private final String server;
    private final String forest;
    private final int offset;

    private Finding(Kind kind, String value, UUID guid, String site, String server, String forest, int offset) {
        this.kind = kind;
        this.value = value;
        this.guid = guid;
        this.site = site;
        this.server = server;
        this.forest = forest;
        this.offset = offset;
    }

    static Finding guid(Kind kind, UUID guid, int offset) {
        return new Finding(kind, guid.toString(), guid, null, null, null, offset);
    }

    static Finding msdcsName(UUID guid, String forest, int offset) {
        return new Finding(Kind.MSDCS_NAME, guid + "._msdcs." + forest, guid, null, null, forest, offset);
    }

    static Finding siteServer(String site, String server, int offset) {
        return new Finding(Kind.SITE_SERVER, site + "\\" + server, null, site, server, null, offset);
    }

    static Finding ntdsSettings(String dn, String site, String server, String forest, int offset) {
        return new Finding(Kind.NTDS_SETTINGS_DN, dn, null, site, server, forest, offset);
    }

    public Kind kind() {
        return kind;
    }

    /**
     * The text recognised: a GUID in lower case without braces; {@code guid._msdcs.forest}; {@code Site\DC};
     * or the NTDS Settings DN rebuilt with plain commas (a lost comma in {@code DC=contosoDC=com} restored).
     */
    public String value() {
        return value;
    }

    /** The GUID for the GUID kinds and MSDCS_NAME. */
    public Optional<UUID> guid() {
        return Optional.ofNullable(guid);
    }

    /** The site name for SITE_SERVER and NTDS_SETTINGS_DN. */
    public Optional<String> site() {
        return Optional.ofNullable(site);
    }

    /** The DC (server object) name for SITE_SERVER and NTDS_SETTINGS_DN. */
    public Optional<String> server() {
        return Optional.ofNullable(server);
    }

    /**
     * The forest root DNS name: after {@code _msdcs.} for MSDCS_NAME; from the DC= parts after
     * {@code CN=Configuration} for NTDS_SETTINGS_DN when the DN goes that far.
     */
    public Optional<String> forest() {
        return Optional.ofNullable(forest);
    }

    /** Char offset in the input where the finding starts (the first hex digit of a GUID, the site of a name). */
    public int offset() {
        return offset;
    }

    String dedupKey() {
        return kind + " " + value.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Finding)) {
            return false;
        }
        Finding that = (Finding) other;
        return kind == that.kind && offset == that.offset && value.equals(that.value)
                && Objects.equals(site, that.site) && Objects.equals(server, that.server)
                && Objects.equals(forest, that.forest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, value, offset);
    }

    @Override
    public String toString() {
        return kind + " " + value + " @" + offset;
    }
}
