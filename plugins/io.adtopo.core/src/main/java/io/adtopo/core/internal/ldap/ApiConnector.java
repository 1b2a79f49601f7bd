package io.adtopo.core.internal.ldap;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.directory.api.ldap.model.exception.LdapException;
import org.apache.directory.api.ldap.model.message.BindRequest;
import org.apache.directory.api.ldap.model.message.BindRequestImpl;
import org.apache.directory.api.ldap.model.message.BindResponse;
import org.apache.directory.api.ldap.model.message.ResultCodeEnum;
import org.apache.directory.ldap.client.api.LdapConnectionConfig;
import org.apache.directory.ldap.client.api.LdapNetworkConnection;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Credentials;
import io.adtopo.core.connection.Encryption;
import io.adtopo.core.connection.TlsTrust;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectoryException.Kind;

/** Connects and binds with Apache Directory API. */
public final class ApiConnector {

    private final Duration timeout;

    public ApiConnector(Duration timeout) {
        this.timeout = timeout;
    }

    public ApiDirectorySession open(ConnectionProfile profile, Credentials credentials, TlsTrust trust,
            IProgressMonitor monitor) throws DirectoryException {
        FailureTranslator failures = new FailureTranslator(profile.url());
        LdapConnectionConfig config = new LdapConnectionConfig();
        config.setLdapHost(profile.host());
        config.setLdapPort(profile.port());
        config.setTimeout(timeout.toMillis());
        // No schema is loaded: keep every value as bytes and decode where the attribute is known.
        config.setBinaryAttributeDetector(attribute -> true);
        HostVerifyingTrustManager trustManager = null;
        if (profile.encryption().usesTls()) {
            trustManager = new HostVerifyingTrustManager(trust, profile.host());
            config.setTrustManagers(trustManager);
            config.setUseSsl(profile.encryption() == Encryption.LDAPS);
            config.setUseTls(profile.encryption() == Encryption.START_TLS);
        }
        LdapNetworkConnection connection = new LdapNetworkConnection(config);
        HostVerifyingTrustManager trustCheck = trustManager;
        Callable<ApiDirectorySession> work = () -> {
            connect(connection, failures, trustCheck);
            bind(connection, credentials, failures);
            ApiDirectorySession session = new ApiDirectorySession(profile, connection, failures);
            session.readRootDse();
            return session;
        };
        return runWatched(work, connection, failures, trustManager, monitor);
    }

    /**
     * Connects and binds on a worker thread while this thread watches: a refused server certificate or a
     * cancelled monitor ends the attempt at once instead of after the protocol timeout (a failed TLS
     * handshake otherwise surfaces only as a bind that never gets an answer).
     */
    private ApiDirectorySession runWatched(Callable<ApiDirectorySession> work, LdapNetworkConnection connection,
            FailureTranslator failures, HostVerifyingTrustManager trust, IProgressMonitor monitor)
            throws DirectoryException {
        FutureTask<ApiDirectorySession> task = new FutureTask<>(work);
        Thread worker = new Thread(task, "adtopo connect " + connection.getConfig().getLdapHost());
        worker.setDaemon(true);
        worker.start();
        long deadline = System.nanoTime() + timeout.toNanos() * 2;
        try {
            while (true) {
                try {
                    return task.get(50, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (trust != null && trust.refusal() != null) {
                        throw failures.connectFailed(new LdapException(trust.refusal()), trust);
                    }
                    if (monitor.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    if (System.nanoTime() > deadline) {
                        throw new DirectoryException(Kind.TIMEOUT,
                                connection.getConfig().getLdapHost() + " did not answer in time.");
                    }
                }
            }
        } catch (ExecutionException e) {
            closeQuietly(connection);
            Throwable cause = e.getCause();
            if (cause instanceof DirectoryException) {
                throw (DirectoryException) cause;
            }
            throw failures.connectFailed(cause, trust);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (DirectoryException | RuntimeException e) {
            task.cancel(true);
            closeQuietly(connection);
            throw e;
        }
    }

    private static void connect(LdapNetworkConnection connection, FailureTranslator failures,
            HostVerifyingTrustManager trustManager) throws DirectoryException {
        try {
            if (!connection.connect()) {
                throw new DirectoryException(Kind.UNREACHABLE, "Cannot connect.");
            }
        } catch (LdapException | RuntimeException e) {
            throw failures.connectFailed(e, trustManager);
        }
        if (trustManager != null && trustManager.refusal() != null) {
            throw failures.connectFailed(new LdapException(trustManager.refusal()), trustManager);
        }
    }

    private static void bind(LdapNetworkConnection connection, Credentials credentials, FailureTranslator failures)
            throws DirectoryException {
        BindRequest request = new BindRequestImpl();
        request.setSimple(true);
        byte[] secret = new byte[0];
        if (!credentials.isAnonymous()) {
            request.setName(credentials.principal());
            secret = utf8(credentials.password());
            request.setCredentials(secret);
        }
        try {
            BindResponse response = connection.bind(request);
            if (response.getLdapResult().getResultCode() != ResultCodeEnum.SUCCESS) {
                throw failures.bindRefused(response.getLdapResult(),
                        credentials.isAnonymous() ? "anonymous" : credentials.principal());
            }
        } catch (LdapException e) {
            throw failures.operationFailed("the bind", e, connection.isConnected());
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
        Arrays.fill(password, '\0');
        return bytes;
    }

    private static void closeQuietly(LdapNetworkConnection connection) {
        try {
            connection.close();
        } catch (Exception e) {
            // already broken
        }
    }
}
