package io.adtopo.core.referrals;

/** A server a chase is about to ask: where, at which hop, why it is named, and whether it is in the forest. */
public final class ChaseTarget {

    private final LdapUrl url;
    private final int hop;
    private final String cause;
    private final boolean inForest;

    ChaseTarget(LdapUrl url, int hop, String cause, boolean inForest) {
        this.url = url;
        this.hop = hop;
        this.cause = cause;
        this.inForest = inForest;
    }

    public LdapUrl url() {
        return url;
    }

    /** 1 for the first server asked. */
    public int hop() {
        return hop;
    }

    /** How the chase came here ("the connection", "continuation reference from ldap://..."). */
    public String cause() {
        return cause;
    }

    /**
     * True for a DC or dnsRoot of the connection's forest: the connection's credentials are offered. False for
     * a host outside it (an external crossRef, an unknown name): adtopo asks and offers an anonymous bind.
     */
    public boolean inForest() {
        return inForest;
    }

    /** The bind offered first: the connection's credentials inside the forest, anonymous outside. */
    public BindChoice.Bind offered() {
        return inForest ? BindChoice.Bind.CONNECTION : BindChoice.Bind.ANONYMOUS;
    }

    @Override
    public String toString() {
        return "hop " + hop + ": " + url + " (" + cause + ")";
    }
}
