package io.adtopo.core.dns;

import java.util.Arrays;
import java.util.Optional;

/**
 * Decodes a dnsRecord attribute value: the DNS_RPC_RECORD-like structure of MS-DNSP 2.3.2.2. A 24-byte
 * header (DataLength and Type little-endian, Version 5, Rank, Flags, Serial, TtlSeconds big-endian,
 * Reserved, TimeStamp) and then DataLength bytes of data.
 */
public final class DnsRecordDecoder {

    private static final int HEADER_LENGTH = 24;
    private static final int VERSION = 5;

    private DnsRecordDecoder() {
    }

    /** The record, or empty when the value is too short, not version 5, or its length disagrees. */
    public static Optional<DnsRecord> decode(byte[] value) {
        if (value == null || value.length < HEADER_LENGTH) {
            return Optional.empty();
        }
        int dataLength = littleEndian16(value, 0);
        int type = littleEndian16(value, 2);
        int version = value[4] & 0xff;
        if (version != VERSION || value.length != HEADER_LENGTH + dataLength) {
            return Optional.empty();
        }
        long ttl = (value[12] & 0xffL) << 24 | (value[13] & 0xffL) << 16 | (value[14] & 0xffL) << 8
                | (value[15] & 0xffL);
        return Optional.of(new DnsRecord(type, ttl, Arrays.copyOfRange(value, HEADER_LENGTH, value.length)));
    }

    private static int littleEndian16(byte[] value, int offset) {
        return (value[offset] & 0xff) | (value[offset + 1] & 0xff) << 8;
    }
}
