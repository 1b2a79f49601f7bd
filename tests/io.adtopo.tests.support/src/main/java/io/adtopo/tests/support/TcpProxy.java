package io.adtopo.tests.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * What the test proxies share: a listener on a loopback address, one connection to the target per client
 * (a client whose target refuses is closed at once), and two daemon threads per connection copying each
 * direction through a {@link Relay} the proxy chooses. When either direction ends, both sockets close.
 */
abstract class TcpProxy implements AutoCloseable {

    /** One direction of one connection: passes on (or keeps back) what was read; false ends the connection. */
    interface Relay {
        boolean relay(byte[] buffer, int length, OutputStream out) throws IOException;
    }

    /** Passes everything on. */
    static final Relay PLAIN = (buffer, length, out) -> {
        out.write(buffer, 0, length);
        out.flush();
        return true;
    };

    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;

    TcpProxy(String name, String listenHost, int listenPort, String targetHost, int targetPort) throws IOException {
        this.listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(InetAddress.getByName(listenHost), listenPort), 50);
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        Thread accept = new Thread(this::acceptLoop, name);
        accept.setDaemon(true);
        accept.start();
    }

    /** The relay for one direction of a new connection. */
    abstract Relay relay(boolean fromServer);

    public int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket();
                try {
                    server.connect(new InetSocketAddress(targetHost, targetPort), 5000);
                } catch (IOException refused) {
                    closeQuietly(client); // the target is down: the client sees the connection close at once
                    continue;
                }
                pump(client.getInputStream(), server.getOutputStream(), client, server, relay(false));
                pump(server.getInputStream(), client.getOutputStream(), client, server, relay(true));
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void pump(InputStream in, OutputStream out, Socket a, Socket b, Relay relay) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = in.read(buffer)) > 0 && relay.relay(buffer, n, out)) {
                    // relayed
                }
            } catch (IOException e) {
                // a side went away
            } finally {
                closeQuietly(a);
                closeQuietly(b);
            }
        }, "proxy pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
