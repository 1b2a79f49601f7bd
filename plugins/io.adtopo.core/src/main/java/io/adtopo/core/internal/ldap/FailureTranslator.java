package io.adtopo.core.internal.ldap;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;

import javax.net.ssl.SSLException;

import org.apache.directory.api.ldap.model.exception.LdapAuthenticationException;
import org.apache.directory.api.ldap.model.exception.LdapException;
import org.apache.directory.api.ldap.model.exception.LdapNoPermissionException;
import org.apache.directory.api.ldap.model.exception.LdapNoSuchObjectException;
import org.apache.directory.api.ldap.model.exception.LdapOperationException;
import org.apache.directory.api.ldap.model.message.LdapResult;
import org.apache.directory.api.ldap.model.message.ResultCodeEnum;
import org.apache.directory.ldap.client.api.exception.InvalidConnectionException;
import org.apache.directory.ldap.client.api.exception.LdapConnectionTimeOutException;

import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectoryException.Kind;

/** Turns Directory API failures and LDAP result codes into {@link DirectoryException}s a user can act on. */
final class FailureTranslator {

    private final String server;

    FailureTranslator(String server) {
        this.server = server;
    }

    DirectoryException connectFailed(Throwable failure, HostVerifyingTrustManager trust) {
        if (trust != null && trust.refusal() != null) {
            return new DirectoryException(Kind.TLS_UNTRUSTED,
                    "TLS to " + server + " refused: " + trust.refusal() + ".", failure);
        }
        Throwable root = rootCause(failure);
        if (root instanceof UnknownHostException || root instanceof UnresolvedAddressException) {
            return new DirectoryException(Kind.UNREACHABLE,
                    "Cannot resolve the host name of " + server + ".", failure);
        }
        if (root instanceof ConnectException || root instanceof NoRouteToHostException) {
            return new DirectoryException(Kind.UNREACHABLE,
                    "Cannot connect to " + server + ": " + text(root) + ".", failure);
        }
        if (root instanceof SSLException || contains(failure, SSLException.class)) {
            return new DirectoryException(Kind.TLS_FAILED,
                    "TLS with " + server + " failed: " + text(root) + ".", failure);
        }
        if (contains(failure, LdapConnectionTimeOutException.class)) {
            return new DirectoryException(Kind.TIMEOUT, server + " did not answer in time.", failure);
        }
        return new DirectoryException(Kind.UNREACHABLE, "Cannot connect to " + server + ": " + text(failure) + ".",
                failure);
    }

    DirectoryException bindRefused(LdapResult result, String principal) {
        ResultCodeEnum code = result.getResultCode();
        String detail = result.getDiagnosticMessage() == null ? "" : " (" + result.getDiagnosticMessage().trim() + ")";
        if (code == ResultCodeEnum.STRONG_AUTH_REQUIRED || code == ResultCodeEnum.CONFIDENTIALITY_REQUIRED) {
            return new DirectoryException(Kind.STRONG_AUTH_REQUIRED, server
                    + " refuses a simple bind without TLS: connect with LDAPS or StartTLS" + detail + ".");
        }
        if (code == ResultCodeEnum.INVALID_CREDENTIALS) {
            return new DirectoryException(Kind.BIND_REFUSED,
                    server + " refused the user name or password of " + principal + detail + ".");
        }
        return new DirectoryException(Kind.BIND_REFUSED,
                server + " refused the bind as " + principal + ": " + code.getMessage() + detail + ".");
    }

    DirectoryException resultFailed(String operation, LdapResult result) {
        ResultCodeEnum code = result.getResultCode();
        String diagnostic = result.getDiagnosticMessage() == null ? "" : result.getDiagnosticMessage();
        if (diagnostic.startsWith("00002020") || (code == ResultCodeEnum.OPERATIONS_ERROR
                && diagnostic.toLowerCase(java.util.Locale.ROOT).contains("without authentication"))) {
            // AD's answer to an anonymous search: ERROR_DS_OPERATIONS_ERROR, "... unavailable without authentication"
            return new DirectoryException(Kind.INSUFFICIENT_RIGHTS, operation + " on " + server
                    + " needs an authenticated user: the directory refuses anonymous reads (" + diagnostic.trim()
                    + ").");
        }
        String detail = result.getDiagnosticMessage() == null || result.getDiagnosticMessage().isBlank() ? ""
                : " (" + result.getDiagnosticMessage().trim() + ")";
        return new DirectoryException(kindOf(code),
                operation + " on " + server + " failed: " + code.getMessage() + detail + ".");
    }

    DirectoryException operationFailed(String operation, Throwable failure, boolean stillConnected) {
        if (!stillConnected || contains(failure, InvalidConnectionException.class)) {
            return new DirectoryException(Kind.CONNECTION_LOST,
                    "The connection to " + server + " was lost during " + operation + ".", failure);
        }
        if (contains(failure, LdapConnectionTimeOutException.class)) {
            return new DirectoryException(Kind.TIMEOUT, server + " did not answer " + operation + " in time.",
                    failure);
        }
        if (failure instanceof LdapNoSuchObjectException) {
            return new DirectoryException(Kind.NO_SUCH_OBJECT, operation + " on " + server + ": no such object.",
                    failure);
        }
        if (failure instanceof LdapNoPermissionException || failure instanceof LdapAuthenticationException) {
            return new DirectoryException(Kind.INSUFFICIENT_RIGHTS,
                    operation + " on " + server + " is not permitted for this user.", failure);
        }
        if (failure instanceof LdapOperationException) {
            ResultCodeEnum code = ((LdapOperationException) failure).getResultCode();
            return new DirectoryException(kindOf(code),
                    operation + " on " + server + " failed: " + code.getMessage() + ".", failure);
        }
        return new DirectoryException(Kind.OTHER, operation + " on " + server + " failed: " + text(failure) + ".",
                failure);
    }

    static Kind kindOf(ResultCodeEnum code) {
        switch (code) {
        case NO_SUCH_OBJECT:
            return Kind.NO_SUCH_OBJECT;
        case INSUFFICIENT_ACCESS_RIGHTS:
            return Kind.INSUFFICIENT_RIGHTS;
        case STRONG_AUTH_REQUIRED:
        case CONFIDENTIALITY_REQUIRED:
            return Kind.STRONG_AUTH_REQUIRED;
        case INVALID_CREDENTIALS:
        case INAPPROPRIATE_AUTHENTICATION:
            return Kind.BIND_REFUSED;
        case TIME_LIMIT_EXCEEDED:
            return Kind.TIMEOUT;
        case UNAVAILABLE:
        case BUSY:
        case UNWILLING_TO_PERFORM:
        default:
            return Kind.OTHER;
        }
    }

    private static boolean contains(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String text(Throwable t) {
        String message = t.getMessage();
        if (t instanceof LdapException && message != null) {
            // Directory API prefixes its messages with an id such as "ERR_04110_".
            message = message.replaceFirst("^ERR_\\d+_[A-Z_]+\\s*", "").trim();
        }
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
