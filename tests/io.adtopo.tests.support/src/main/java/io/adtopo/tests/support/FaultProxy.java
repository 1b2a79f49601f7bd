package io.adtopo.tests.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP proxy in front of a DC that counts the search result entries the DC sends (LDAP SearchResultEntry,
 * [APPLICATION 4]) over all connections, and when an armed count is reached runs a fault (stop the DC) before
 * it forwards anything more: the client has then received exactly that many entries. Chooses fault points by
 * entry count, not by time.
 */
public final class FaultProxy extends TcpProxy {

    /** LDAP protocol operation tags ([APPLICATION n]) a fault can wait for. */
    public static final int SEARCH_RESULT_ENTRY = 0x64;
    public static final int MODIFY_REQUEST = 0x66;
    public static final int MODIFY_RESPONSE = 0x67;

    private final AtomicInteger entries = new AtomicInteger();
    private final AtomicReference<Armed> armed = new AtomicReference<>();

    private static final class Armed {
        final boolean fromServer;
        final int opTag;
        final int after;
        final Runnable fault;

        Armed(boolean fromServer, int opTag, int after, Runnable fault) {
            this.fromServer = fromServer;
            this.opTag = opTag;
            this.after = after;
            this.fault = fault;
        }
    }

    private final AtomicInteger seen = new AtomicInteger();

    public FaultProxy(String targetHost, int targetPort) throws IOException {
        super("fault proxy", "127.0.0.1", 0, targetHost, targetPort);
    }

    /** Entries relayed since the last {@link #arm} or {@link #resetCount}. */
    public int entries() {
        return entries.get();
    }

    public void resetCount() {
        entries.set(0);
    }

    /** Counts from zero; when the DC has sent {@code atEntry} entries, runs {@code fault} once and relays no more. */
    public void arm(int atEntry, Runnable fault) {
        armOn(true, SEARCH_RESULT_ENTRY, atEntry, fault);
    }

    /**
     * Runs {@code fault} once, and relays nothing more on that connection, when the next message with this
     * operation tag comes from the client (the request never reaches the DC) or from the server (the DC has
     * done the operation; its answer never reaches the client).
     */
    public void armOn(boolean fromServer, int opTag, int after, Runnable fault) {
        entries.set(0);
        seen.set(0);
        armed.set(new Armed(fromServer, opTag, after, fault));
    }

    /** Each direction is read message by message, so a fault can fall between two messages. */
    @Override
    Relay relay(boolean fromServer) {
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        return (buffer, n, out) -> {
            pending.write(buffer, 0, n);
            return relayWholeMessages(pending, out, fromServer);
        };
    }

    /** Relays each complete LDAP message; false once the armed fault has run (relay nothing more). */
    private boolean relayWholeMessages(ByteArrayOutputStream pending, OutputStream out, boolean fromServer)
            throws IOException {
        byte[] bytes = pending.toByteArray();
        int at = 0;
        while (true) {
            int end = messageEnd(bytes, at);
            if (end < 0) {
                break;
            }
            int op = opTag(bytes, at);
            if (fromServer && op == SEARCH_RESULT_ENTRY) {
                entries.incrementAndGet();
            }
            Armed fault = armed.get();
            if (fault != null && fault.fromServer == fromServer && fault.opTag == op
                    && seen.incrementAndGet() > fault.after && armed.compareAndSet(fault, null)) {
                out.write(bytes, 0, at);
                out.flush();
                fault.fault.run();
                return false;
            }
            at = end;
        }
        out.write(bytes, 0, at);
        out.flush();
        pending.reset();
        pending.write(bytes, at, bytes.length - at);
        return true;
    }

    /** The end of the message starting at {@code at}, or -1 when it is not all there yet. */
    private static int messageEnd(byte[] b, int at) {
        if (at + 2 > b.length) {
            return -1;
        }
        int first = b[at + 1] & 0xFF;
        if (first < 0x80) {
            return at + 2 + first <= b.length ? at + 2 + first : -1;
        }
        int count = first & 0x7F;
        if (at + 2 + count > b.length) {
            return -1;
        }
        int length = 0;
        for (int i = 0; i < count; i++) {
            length = (length << 8) | (b[at + 2 + i] & 0xFF);
        }
        int end = at + 2 + count + length;
        return end <= b.length ? end : -1;
    }

    /** The protocol operation's tag: after the SEQUENCE header and the message ID. */
    private static int opTag(byte[] b, int at) {
        int first = b[at + 1] & 0xFF;
        int content = at + 2 + (first < 0x80 ? 0 : first & 0x7F);
        int idLength = b[content + 1] & 0xFF;
        return b[content + 2 + idLength] & 0xFF;
    }
}
