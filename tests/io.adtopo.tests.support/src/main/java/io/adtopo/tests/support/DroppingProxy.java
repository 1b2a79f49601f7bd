package io.adtopo.tests.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay on 127.0.0.1 in front of a directory server that cuts each connection once the server has sent
 * a given number of bytes on it: a connection that drops in the middle of a read, at a point chosen by size
 * rather than by time.
 */
public final class DroppingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final long cutAfter;
    private final AtomicLong relayed = new AtomicLong();
    private final AtomicLong cuts = new AtomicLong();

    public DroppingProxy(String targetHost, int targetPort, long cutAfterServerBytes) throws IOException {
        this.listener = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.cutAfter = cutAfterServerBytes;
        Thread accept = new Thread(this::acceptLoop, "dropping proxy");
        accept.setDaemon(true);
        accept.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Bytes the server sent through the proxy so far, all connections together. */
    public long relayed() {
        return relayed.get();
    }

    /** How many connections the proxy has cut. */
    public long cuts() {
        return cuts.get();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket();
                server.connect(new InetSocketAddress(targetHost, targetPort), 5000);
                AtomicLong sent = new AtomicLong();
                pump(client.getInputStream(), server.getOutputStream(), client, server, null);
                pump(server.getInputStream(), client.getOutputStream(), client, server, sent);
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Copies one direction; {@code sent} counts what the server sent on this connection (null: client side). */
    private void pump(InputStream in, OutputStream out, Socket a, Socket b, AtomicLong sent) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[4096];
            try {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    if (sent != null) {
                        relayed.addAndGet(n);
                        long before = sent.getAndAdd(n);
                        if (before + n > cutAfter) {
                            out.write(buffer, 0, (int) Math.max(0, cutAfter - before));
                            out.flush();
                            cuts.incrementAndGet();
                            break;
                        }
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side went away
            } finally {
                closeQuietly(a);
                closeQuietly(b);
            }
        }, "dropping proxy pump");
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
