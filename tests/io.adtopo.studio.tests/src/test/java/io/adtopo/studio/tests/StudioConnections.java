package io.adtopo.studio.tests;

import org.apache.directory.studio.connection.core.Connection;
import org.apache.directory.studio.connection.core.ConnectionCorePlugin;
import org.apache.directory.studio.connection.core.ConnectionParameter;
import org.apache.directory.studio.connection.core.ConnectionParameter.AuthenticationMethod;
import org.apache.directory.studio.connection.core.ConnectionParameter.EncryptionMethod;

import io.adtopo.tests.support.TestForest;

/**
 * Creates Directory Studio connections the way a user's Studio holds them, with Studio 2013's API (the test
 * runtime's Studio). Product code only reads connections.
 */
final class StudioConnections {

    private StudioConnections() {
    }

    static Connection add(String name, String host, int port, EncryptionMethod encryption, AuthenticationMethod auth,
            String principal, String password) {
        ConnectionParameter p = new ConnectionParameter();
        p.setName(name);
        p.setHost(host);
        p.setPort(port);
        p.setEncryptionMethod(encryption);
        p.setAuthMethod(auth);
        // Studio 2013 cannot store a connection without a network provider; M17 has no such setter.
        p.setNetworkProvider(ConnectionParameter.NetworkProvider.JNDI);
        p.setBindPrincipal(principal);
        p.setBindPassword(password);
        Connection connection = new Connection(p);
        ConnectionCorePlugin.getDefault().getConnectionManager().addConnection(connection);
        return connection;
    }

    /** DC 1 or 2 of the test forest over plain LDAP, with the administrator's password saved. */
    static Connection forestDc(int dc, String name) {
        TestForest forest = TestForest.get();
        return add(name, forest.address(dc), 389, EncryptionMethod.NONE, AuthenticationMethod.SIMPLE,
                forest.adminDn(), forest.adminPassword());
    }

    static void removeAll() {
        for (Connection c : ConnectionCorePlugin.getDefault().getConnectionManager().getConnections()) {
            ConnectionCorePlugin.getDefault().getConnectionManager().removeConnection(c);
        }
    }
}
