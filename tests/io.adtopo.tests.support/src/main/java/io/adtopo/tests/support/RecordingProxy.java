package io.adtopo.tests.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A TCP relay on a loopback address and port of the test's choosing in front of a directory server, that
 * keeps every byte the client sent: a witness of what a client handed to a server (plain LDAP binds carry
 * the DN and password in clear).
 */
public final class RecordingProxy extends TcpProxy {

    private final ByteArrayOutputStream fromClients = new ByteArrayOutputStream();
    /** What each client connection sent, in the order the connections came. */
    private final java.util.List<ByteArrayOutputStream> perConnection = new java.util.ArrayList<>();

    public RecordingProxy(String listenHost, int listenPort, String targetHost, int targetPort) throws IOException {
        super("recording proxy", listenHost, listenPort, targetHost, targetPort);
    }

    /** Everything clients sent so far, as ISO-8859-1 text (bytes kept one to one), to search for strings. */
    public synchronized String clientBytes() {
        return new String(fromClients.toByteArray(), StandardCharsets.ISO_8859_1);
    }

    /** True when the clients sent the text (in UTF-8) at some point. */
    public boolean clientsSent(String text) {
        return clientBytes().contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }

    public synchronized int clientByteCount() {
        return fromClients.size();
    }

    /** How many connections clients opened through the proxy. */
    public synchronized int connections() {
        return perConnection.size();
    }

    /**
     * The DN of every LDAP bind request clients sent in clear (an anonymous simple bind has the empty DN), read
     * from the recorded bytes message by message; a connection stops being read at the first byte that is not
     * an LDAP message (after StartTLS, say).
     */
    public synchronized java.util.List<String> bindDns() {
        java.util.List<String> dns = new java.util.ArrayList<>();
        for (ByteArrayOutputStream connection : perConnection) {
            LdapMessages.bindDns(connection.toByteArray(), dns);
        }
        return dns;
    }

    /** The client's side is kept, per connection and all together; the server's passes as it is. */
    @Override
    Relay relay(boolean fromServer) {
        if (fromServer) {
            return PLAIN;
        }
        ByteArrayOutputStream recorded = new ByteArrayOutputStream();
        synchronized (this) {
            perConnection.add(recorded);
        }
        return (buffer, n, out) -> {
            synchronized (RecordingProxy.this) {
                fromClients.write(buffer, 0, n);
                recorded.write(buffer, 0, n);
            }
            return PLAIN.relay(buffer, n, out);
        };
    }
}
