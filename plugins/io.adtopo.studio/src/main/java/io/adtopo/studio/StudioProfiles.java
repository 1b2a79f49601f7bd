package io.adtopo.studio;

import org.apache.directory.studio.connection.core.Connection;
import org.apache.directory.studio.connection.core.ConnectionParameter;
import org.apache.directory.studio.connection.core.ConnectionParameter.AuthenticationMethod;
import org.apache.directory.studio.connection.core.ConnectionParameter.EncryptionMethod;

import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Encryption;

/** Turns a Directory Studio connection's parameters into an adtopo {@link ConnectionProfile}. */
final class StudioProfiles {

    static final String ORIGIN = "studio";

    private StudioProfiles() {
    }

    static ConnectionProfile of(Connection connection) {
        ConnectionParameter p = connection.getConnectionParameter();
        String principal = p.getAuthMethod() == AuthenticationMethod.NONE ? "" : p.getBindPrincipal();
        return new ConnectionProfile(p.getId(), p.getName(), p.getHost(), p.getPort(),
                encryption(p.getEncryptionMethod()), principal, p.isReadOnly(), ORIGIN);
    }

    static Encryption encryption(EncryptionMethod method) {
        if (method == null) {
            return Encryption.NONE;
        }
        switch (method) {
        case LDAPS:
            return Encryption.LDAPS;
        case START_TLS:
            return Encryption.START_TLS;
        default:
            return Encryption.NONE;
        }
    }

    /** adtopo binds simply or anonymously; Studio's SASL and Kerberos methods are not supported. */
    static boolean isSupported(AuthenticationMethod method) {
        return method == AuthenticationMethod.NONE || method == AuthenticationMethod.SIMPLE;
    }
}
