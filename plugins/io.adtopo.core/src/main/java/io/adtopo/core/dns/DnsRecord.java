package io.adtopo.core.dns;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** One resource record of an AD-integrated DNS zone, as held in a dnsNode's dnsRecord value. */
public final class DnsRecord {

    /** DNS_TYPE_ZERO: the record of a tombstoned node (its data is the deletion time). */
    public static final int TYPE_ZERO = 0;
    public static final int TYPE_A = 1;
    public static final int TYPE_AAAA = 28;

    private final int type;
    private final long ttlSeconds;
    private final byte[] data;

    public DnsRecord(int type, long ttlSeconds, byte[] data) {
        this.type = type;
        this.ttlSeconds = ttlSeconds;
        this.data = data.clone();
    }

    public int type() {
        return type;
    }

    public long ttlSeconds() {
        return ttlSeconds;
    }

    /** The record's data (a copy): 4 address bytes for A, 16 for AAAA. */
    public byte[] data() {
        return data.clone();
    }

    public boolean isTombstone() {
        return type == TYPE_ZERO;
    }

    /** The address of an A or AAAA record; empty for other types or data of the wrong length. */
    public Optional<InetAddress> address() {
        boolean a = type == TYPE_A && data.length == 4;
        boolean aaaa = type == TYPE_AAAA && data.length == 16;
        if (!a && !aaaa) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(data));
        } catch (UnknownHostException e) {
            return Optional.empty(); // only for lengths other than 4 and 16, excluded above
        }
    }

    @Override
    public String toString() {
        return "type " + type + ", TTL " + ttlSeconds + " s"
                + address().map(address -> ", " + address.getHostAddress()).orElse("");
    }
}
