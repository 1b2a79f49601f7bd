package io.adtopo.core.referrals;

import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Credentials;
import io.adtopo.core.connection.Encryption;
import io.adtopo.core.connection.TlsTrust;
import io.adtopo.core.dns.HostResolver;
import io.adtopo.core.dns.ResolvedHost;
import io.adtopo.core.ldap.DirectoryConnector;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectoryException.Kind;
import io.adtopo.core.ldap.DirectorySession;

/**
 * Opens the sessions of a chase: the URL's host is found with the resolver (the system's, else the
 * directory's own DNS records); a name the system resolves is connected to by name (TLS checks the
 * certificate against it), one only the directory knows is connected to by address. {@code ldaps://} URLs
 * use LDAPS; {@code ldap://} ones the encryption of the connection the chase started from.
 */
public final class DirectoryChaseConnector implements ReferralChaser.Connector {

    private final DirectoryConnector connector;
    private final HostResolver resolver;
    private final TlsTrust trust;
    private final Encryption plainUrlEncryption;

    public DirectoryChaseConnector(DirectoryConnector connector, HostResolver resolver, TlsTrust trust,
            Encryption plainUrlEncryption) {
        this.connector = connector;
        this.resolver = resolver;
        this.trust = trust;
        this.plainUrlEncryption = plainUrlEncryption == Encryption.LDAPS ? Encryption.NONE : plainUrlEncryption;
    }

    @Override
    public DirectorySession open(ChaseTarget target, Credentials credentials, IProgressMonitor monitor)
            throws DirectoryException {
        LdapUrl url = target.url();
        Optional<ResolvedHost> resolved = resolver.resolve(url.host());
        if (resolved.isEmpty() || resolved.get().addresses().isEmpty()) {
            throw new DirectoryException(Kind.UNREACHABLE, "No address found for " + url.host()
                    + " (system resolver and the directory's DNS records); set one in the adtopo preferences.");
        }
        ResolvedHost host = resolved.get();
        String connectTo = host.resolvesOnThisHost() ? url.host() : host.addresses().get(0).getHostAddress();
        Encryption encryption = url.isLdaps() ? Encryption.LDAPS : plainUrlEncryption;
        ConnectionProfile profile = new ConnectionProfile("chase/" + url.host() + ":" + url.port(), url.host(),
                connectTo, url.port(), encryption, credentials.principal(), true, "referral chase");
        return connector.open(profile, credentials, trust, monitor);
    }
}
