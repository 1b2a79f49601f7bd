package io.adtopo.core.replication;

import org.eclipse.core.runtime.IProgressMonitor;

import io.adtopo.core.connection.Credentials;
import io.adtopo.core.connection.Encryption;
import io.adtopo.core.dns.HostConnector;
import io.adtopo.core.ldap.DirectoryException;

/** Opens a session to one domain controller known by its dNSHostName, saying how it was reached. */
@FunctionalInterface
public interface DcOpener {

    HostConnector.Reached open(String dnsHostName, IProgressMonitor monitor) throws DirectoryException;

    /** Each DC by its name through the host connector, on the connection's port, encryption and credentials. */
    static DcOpener through(HostConnector hosts, int port, Encryption encryption, Credentials credentials) {
        return (name, monitor) -> hosts.open(name, port, encryption, credentials, monitor);
    }
}
