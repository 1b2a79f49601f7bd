package io.adtopo.core.dns;

import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Credentials;
import io.adtopo.core.connection.Encryption;
import io.adtopo.core.connection.TlsTrust;
import io.adtopo.core.ldap.DirectoryConnector;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectoryException.Kind;
import io.adtopo.core.ldap.DirectorySession;

/**
 * Opens a session to a server known by its DNS name: the name is found with a resolver (the system's, the
 * directory's own DNS records, the user's address book); a name the system resolves is connected to by name
 * (so TLS checks the certificate against it), one only the directory knows is connected to by address.
 * Says which way the server was reached.
 */
public final class HostConnector {

    /** An open session and how its server was reached ("livdc1.contoso.test (system resolver)"). */
    public static final class Reached {
        private final DirectorySession session;
        private final String how;

        public Reached(DirectorySession session, String how) {
            this.session = session;
            this.how = how;
        }

        public DirectorySession session() {
            return session;
        }

        public String how() {
            return how;
        }
    }

    private final DirectoryConnector connector;
    private final HostResolver resolver;
    private final TlsTrust trust;

    public HostConnector(DirectoryConnector connector, HostResolver resolver, TlsTrust trust) {
        this.connector = connector;
        this.resolver = resolver;
        this.trust = trust;
    }

    public Reached open(String hostName, int port, Encryption encryption, Credentials credentials,
            IProgressMonitor monitor) throws DirectoryException {
        Optional<ResolvedHost> resolved = resolver.resolve(hostName);
        if (resolved.isEmpty() || resolved.get().addresses().isEmpty()) {
            throw new DirectoryException(Kind.UNREACHABLE, "No address found for " + hostName + " (system resolver,"
                    + " the directory's DNS records and the addresses set in the adtopo preferences).");
        }
        ResolvedHost host = resolved.get();
        String address = host.addresses().get(0).getHostAddress();
        String connectTo = host.resolvesOnThisHost() ? hostName : address;
        ConnectionProfile profile = new ConnectionProfile("host/" + hostName + ":" + port, hostName, connectTo, port,
                encryption, credentials.principal(), true, "adtopo");
        DirectorySession session = connector.open(profile, credentials, trust, monitor);
        String how = hostName.equals(address) ? address : hostName + " -> " + address + " (" + host.source() + ")";
        return new Reached(session, how);
    }
}
