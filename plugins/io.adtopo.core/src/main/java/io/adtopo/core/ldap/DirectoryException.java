package io.adtopo.core.ldap;

import java.util.Objects;

/** A directory operation failed; {@link #kind()} says how, the message says it in words a user can act on. */
public final class DirectoryException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The kinds of failure a user can tell apart and act on. */
    public enum Kind {
        /** No answer at the host and port: down, wrong address, firewall. */
        UNREACHABLE,
        /** The server's certificate is not trusted, or does not name the host. */
        TLS_UNTRUSTED,
        /** The TLS handshake or StartTLS failed for another reason. */
        TLS_FAILED,
        /** Wrong user name or password, or the account cannot log on. */
        BIND_REFUSED,
        /** The server refuses simple binds without TLS (AD's "strong auth required"). */
        STRONG_AUTH_REQUIRED,
        /** The server answered but is not Active Directory. */
        NOT_ACTIVE_DIRECTORY,
        /** The bound user may not read what was asked. */
        INSUFFICIENT_RIGHTS,
        /** The base of the operation does not exist. */
        NO_SUCH_OBJECT,
        /** The server did not answer in time. */
        TIMEOUT,
        /** The connection dropped during the operation. */
        CONNECTION_LOST,
        /** A compare-and-set change found the entry changed since it was read; nothing was written. */
        CONFLICT,
        /** Anything else the server or the protocol layer reported. */
        OTHER
    }

    private final Kind kind;

    public DirectoryException(Kind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind);
    }

    public DirectoryException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind);
    }

    public Kind kind() {
        return kind;
    }
}
