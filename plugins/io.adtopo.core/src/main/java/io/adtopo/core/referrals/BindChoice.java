package io.adtopo.core.referrals;

import java.util.Objects;

import io.adtopo.core.connection.Credentials;

/** How to bind at a server a referral names, as the user chose. */
public final class BindChoice {

    /** The ways to bind. */
    public enum Bind {
        /** With the credentials of the connection the chase started from. */
        CONNECTION,
        /** With other credentials the user typed for this server. */
        OTHER,
        /** Without credentials. */
        ANONYMOUS,
        /** Do not contact this server. */
        SKIP
    }

    private static final BindChoice CONNECTION = new BindChoice(Bind.CONNECTION, null);
    private static final BindChoice ANONYMOUS = new BindChoice(Bind.ANONYMOUS, null);
    private static final BindChoice SKIP = new BindChoice(Bind.SKIP, null);

    private final Bind bind;
    private final Credentials other;

    private BindChoice(Bind bind, Credentials other) {
        this.bind = bind;
        this.other = other;
    }

    public static BindChoice connection() {
        return CONNECTION;
    }

    public static BindChoice anonymous() {
        return ANONYMOUS;
    }

    public static BindChoice skip() {
        return SKIP;
    }

    /** Other credentials for this server; the chase wipes them when done. */
    public static BindChoice other(Credentials credentials) {
        return new BindChoice(Bind.OTHER, Objects.requireNonNull(credentials));
    }

    public static BindChoice of(Bind bind) {
        switch (bind) {
        case CONNECTION:
            return CONNECTION;
        case ANONYMOUS:
            return ANONYMOUS;
        case SKIP:
            return SKIP;
        default:
            throw new IllegalArgumentException("other credentials need their principal and password");
        }
    }

    public Bind bind() {
        return bind;
    }

    /** The typed credentials, for {@link Bind#OTHER}. */
    public Credentials other() {
        return other;
    }
}
