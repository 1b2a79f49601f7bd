package io.adtopo.tests.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A TCP relay on a loopback address and port of the test's choosing in front of a directory server, that
 * keeps every byte the client sent: a witness of what a client handed to a server (plain LDAP binds carry
 * the DN and password in clear).
 */
public final class RecordingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final ByteArrayOutputStream fromClients = new ByteArrayOutputStream();
    /** What each client connection sent, in the order the connections came. */
    private final java.util.List<ByteArrayOutputStream> perConnection = new java.util.ArrayList<>();

    public RecordingProxy(String listenHost, int listenPort, String targetHost, int targetPort) throws IOException {
        this.listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(InetAddress.getByName(listenHost), listenPort));
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        Thread accept = new Thread(this::acceptLoop, "recording proxy");
        accept.setDaemon(true);
        accept.start();
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

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket();
                server.connect(new InetSocketAddress(targetHost, targetPort), 5000);
                ByteArrayOutputStream recorded = new ByteArrayOutputStream();
                synchronized (this) {
                    perConnection.add(recorded);
                }
                pump(client.getInputStream(), server.getOutputStream(), client, server, recorded);
                pump(server.getInputStream(), client.getOutputStream(), client, server, null);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(InputStream in, OutputStream out, Socket a, Socket b, ByteArrayOutputStream record) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[4096];
            try {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    if (record != null) {
                        synchronized (this) {
                            fromClients.write(buffer, 0, n);
                            record.write(buffer, 0, n);
                        }
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side went away
            } finally {
                try {
                    a.close();
                    b.close();
                } catch (IOException e) {
                    // already closed
                }
            }
        }, "recording proxy pump");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
