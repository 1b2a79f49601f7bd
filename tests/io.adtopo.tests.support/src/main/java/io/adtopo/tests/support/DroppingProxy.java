package io.adtopo.tests.support;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay on 127.0.0.1 in front of a directory server that cuts each connection once the server has sent
 * a given number of bytes on it: a connection that drops in the middle of a read, at a point chosen by size
 * rather than by time.
 */
public final class DroppingProxy extends TcpProxy {

    private final long cutAfter;
    private final AtomicLong relayed = new AtomicLong();
    private final AtomicLong cuts = new AtomicLong();

    public DroppingProxy(String targetHost, int targetPort, long cutAfterServerBytes) throws IOException {
        super("dropping proxy", "127.0.0.1", 0, targetHost, targetPort);
        this.cutAfter = cutAfterServerBytes;
    }

    /** Bytes the server sent through the proxy so far, all connections together. */
    public long relayed() {
        return relayed.get();
    }

    /** How many connections the proxy has cut. */
    public long cuts() {
        return cuts.get();
    }

    /** The client's side passes as it is; the server's is cut after {@code cutAfter} bytes of this connection. */
    @Override
    Relay relay(boolean fromServer) {
        if (!fromServer) {
            return PLAIN;
        }
        AtomicLong sent = new AtomicLong();
        return (buffer, n, out) -> {
            relayed.addAndGet(n);
            long before = sent.getAndAdd(n);
            if (before + n > cutAfter) {
                out.write(buffer, 0, (int) Math.max(0, cutAfter - before));
                out.flush();
                cuts.incrementAndGet();
                return false;
            }
            out.write(buffer, 0, n);
            out.flush();
            return true;
        };
    }
}
