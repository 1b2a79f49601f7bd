package io.adtopo.core.referrals;

import org.eclipse.core.runtime.IProgressMonitor;

import io.adtopo.core.connection.Credentials;
import io.adtopo.core.connection.Encryption;
import io.adtopo.core.dns.HostConnector;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectorySession;

/**
 * Opens the sessions of a chase through a {@link HostConnector}: {@code ldaps://} URLs use LDAPS;
 * {@code ldap://} ones the encryption of the connection the chase started from (StartTLS stays StartTLS).
 */
public final class DirectoryChaseConnector implements ReferralChaser.Connector {

    private final HostConnector hosts;
    private final Encryption plainUrlEncryption;

    public DirectoryChaseConnector(HostConnector hosts, Encryption plainUrlEncryption) {
        this.hosts = hosts;
        this.plainUrlEncryption = plainUrlEncryption == Encryption.LDAPS ? Encryption.NONE : plainUrlEncryption;
    }

    @Override
    public DirectorySession open(ChaseTarget target, Credentials credentials, IProgressMonitor monitor)
            throws DirectoryException {
        LdapUrl url = target.url();
        Encryption encryption = url.isLdaps() ? Encryption.LDAPS : plainUrlEncryption;
        return hosts.open(url.host(), url.port(), encryption, credentials, monitor).session();
    }
}
