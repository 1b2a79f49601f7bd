package io.adtopo.core.referrals;

import java.util.Optional;

import io.adtopo.core.topology.CrossRef;

/**
 * Which naming context answers for a DN, as the connected DC sees it: the crossRef whose nCName is the longest
 * suffix of the DN, the LDAP URL the DC would refer a client to, and whether the DC holds that context itself.
 */
public final class DnAnswer {

    /** Where the DN is answered. */
    public enum Kind {
        /** The connected DC holds the naming context: it answers itself. */
        HELD_HERE("held by the connected server"),
        /** A naming context of this forest that the connected DC does not hold: a referral into the forest. */
        FOREST("another naming context of the forest"),
        /** An external crossRef: a referral out of the forest. */
        EXTERNAL("external crossRef: outside the forest"),
        /** No crossRef: the superior DNS root the forest names (superiorDNSRoot). */
        SUPERIOR("no crossRef: the superior DNS root"),
        /** No crossRef and no superior root: a DNS name made of the DN's DC= parts. */
        DC_PARTS("no crossRef: the DN's DC= parts as a DNS name"),
        /** Nothing answers: a DC returns noSuchObject. */
        NONE("nothing answers");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String dn;
    private final Kind kind;
    private final CrossRef crossRef;
    private final LdapUrl referral;
    private final String explanation;

    DnAnswer(String dn, Kind kind, CrossRef crossRef, LdapUrl referral, String explanation) {
        this.dn = dn;
        this.kind = kind;
        this.crossRef = crossRef;
        this.referral = referral;
        this.explanation = explanation;
    }

    public String dn() {
        return dn;
    }

    public Kind kind() {
        return kind;
    }

    /** The crossRef whose nCName is the longest suffix of the DN, if any enabled one is. */
    public Optional<CrossRef> crossRef() {
        return Optional.ofNullable(crossRef);
    }

    /** The naming context that answers: the crossRef's nCName, or empty. */
    public String namingContext() {
        return crossRef == null ? "" : crossRef.ncName();
    }

    /** The URL a DC refers a client to ({@code ldap://dnsRoot/DN}); empty when the DC answers itself or none. */
    public Optional<LdapUrl> referral() {
        return Optional.ofNullable(referral);
    }

    /** What a DC would do with the DN, in a sentence. */
    public String explanation() {
        return explanation;
    }

    public boolean heldByConnectedServer() {
        return kind == Kind.HELD_HERE;
    }

    @Override
    public String toString() {
        return dn + ": " + explanation;
    }
}
