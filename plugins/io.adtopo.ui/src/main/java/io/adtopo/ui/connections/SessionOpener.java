package io.adtopo.ui.connections;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;

import io.adtopo.core.connection.Credentials;
import io.adtopo.core.connection.CredentialsUnavailableException;
import io.adtopo.core.ldap.DirectoryConnector;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectoryException.Kind;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.ui.internal.Messages;

/** Opens a directory session for a connection with its catalog's credentials and TLS trust. Off the UI thread. */
public final class SessionOpener {

    private final DirectoryConnector connector;

    public SessionOpener() {
        this(new DirectoryConnector());
    }

    public SessionOpener(DirectoryConnector connector) {
        this.connector = connector;
    }

    public DirectorySession open(ConnectionRef ref) throws DirectoryException {
        return open(ref, new NullProgressMonitor());
    }

    /** Opens the session; a cancelled monitor abandons the attempt (OperationCanceledException). */
    public DirectorySession open(ConnectionRef ref, IProgressMonitor monitor) throws DirectoryException {
        try (Credentials credentials = ref.catalog().credentials(ref.profile())) {
            return connector.open(ref.profile(), credentials, ref.catalog().trust(ref.profile()), monitor);
        } catch (DirectoryException e) {
            if (e.kind() == Kind.BIND_REFUSED) {
                ref.catalog().credentialsRejected(ref.profile());
            }
            throw e;
        } catch (CredentialsUnavailableException e) {
            throw new DirectoryException(Kind.BIND_REFUSED,
                    e.getMessage() != null ? e.getMessage() : NLS.bind(Messages.Connection_cancelled, ref.profile()),
                    e);
        }
    }
}
