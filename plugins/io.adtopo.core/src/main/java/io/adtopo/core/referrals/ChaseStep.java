package io.adtopo.core.referrals;

import java.util.List;

import io.adtopo.core.ldap.LdapEntry;

/** What one server of a chase gave: its entries and the referrals it named, or why it was not asked. */
public final class ChaseStep {

    /** How the step ended. */
    public enum Outcome {
        /** The server was searched (it may have returned no entry and only referrals). */
        SEARCHED,
        /** Connecting, binding or searching failed. */
        FAILED,
        /** The user chose not to contact the server. */
        SKIPPED,
        /** The same place was followed before: a referral loop, not followed again. */
        LOOP,
        /** More hops than the limit: not followed. */
        HOP_LIMIT
    }

    private final ChaseTarget target;
    private final Outcome outcome;
    private final String boundAs;
    private final List<LdapEntry> entries;
    private final List<LdapUrl> referrals;
    private final String message;

    ChaseStep(ChaseTarget target, Outcome outcome, String boundAs, List<LdapEntry> entries, List<LdapUrl> referrals,
            String message) {
        this.target = target;
        this.outcome = outcome;
        this.boundAs = boundAs;
        this.entries = List.copyOf(entries);
        this.referrals = List.copyOf(referrals);
        this.message = message;
    }

    static ChaseStep notAsked(ChaseTarget target, Outcome outcome, String message) {
        return new ChaseStep(target, outcome, "", List.of(), List.of(), message);
    }

    public ChaseTarget target() {
        return target;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** "anonymous", or the principal bound with; empty when no bind was made. */
    public String boundAs() {
        return boundAs;
    }

    public List<LdapEntry> entries() {
        return entries;
    }

    /** The referrals and continuation references this server returned (or, emulated, would return). */
    public List<LdapUrl> referrals() {
        return referrals;
    }

    /** What happened, in a sentence. */
    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return target + ": " + outcome + " " + message;
    }
}
