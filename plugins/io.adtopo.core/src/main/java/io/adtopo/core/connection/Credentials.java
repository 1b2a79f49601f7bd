package io.adtopo.core.connection;

import java.util.Arrays;

/**
 * A bind principal and its password for one connection attempt. The password is copied in and wiped by
 * {@link #close()}; it never appears in {@link #toString()}.
 */
public final class Credentials implements AutoCloseable {

    private final String principal;
    private final char[] password;

    private Credentials(String principal, char[] password) {
        this.principal = principal == null ? "" : principal;
        this.password = password == null ? new char[0] : password.clone();
    }

    public static Credentials of(String principal, char[] password) {
        return new Credentials(principal, password);
    }

    public static Credentials anonymous() {
        return new Credentials("", null);
    }

    public String principal() {
        return principal;
    }

    public boolean isAnonymous() {
        return principal.isEmpty();
    }

    /** A copy of the password; the caller wipes it after use. */
    public char[] password() {
        return password.clone();
    }

    @Override
    public void close() {
        Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
        return isAnonymous() ? "anonymous" : principal + " (password hidden)";
    }
}
