package io.adtopo.core.ldap;

import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Credentials;
import io.adtopo.core.connection.TlsTrust;
import io.adtopo.core.internal.ldap.ApiConnector;

/**
 * Opens {@link DirectorySession}s: connects (LDAP, LDAPS or StartTLS), binds with the given credentials
 * (simple bind; anonymous when they are empty) and reads the root DSE.
 */
public final class DirectoryConnector {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final Duration timeout;

    public DirectoryConnector() {
        this(DEFAULT_TIMEOUT);
    }

    public DirectoryConnector(Duration timeout) {
        this.timeout = timeout;
    }

    public DirectorySession open(ConnectionProfile profile, Credentials credentials, TlsTrust trust)
            throws DirectoryException {
        return open(profile, credentials, trust, new NullProgressMonitor());
    }

    /** Opens a session; a cancelled monitor abandons the attempt with {@link OperationCanceledException}. */
    public DirectorySession open(ConnectionProfile profile, Credentials credentials, TlsTrust trust,
            IProgressMonitor monitor) throws DirectoryException {
        return new ApiConnector(timeout).open(profile, credentials, trust, monitor);
    }
}
