package io.adtopo.core.connection;

/** The user cancelled the password prompt, or no password is stored and none can be asked for. */
public final class CredentialsUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public CredentialsUnavailableException(String message) {
        super(message);
    }
}
