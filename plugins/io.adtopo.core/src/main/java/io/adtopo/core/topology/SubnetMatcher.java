package io.adtopo.core.topology;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds the subnet object an address falls in, the way Windows finds a client's site: the subnet with the
 * longest prefix that contains the address. Subnets are indexed per prefix length (masked address to
 * subnet), so a lookup costs one hash probe per prefix length in use, however many subnets the forest has.
 * An IPv4-mapped IPv6 address (::ffff:a.b.c.d) is matched as the IPv4 address it carries. Names are parsed
 * as literals only: nothing here asks DNS.
 */
public final class SubnetMatcher {

    private static final int IPV6_BITS = 128;
    private static final int MAPPED_PREFIX = 96;

    private final Map<Integer, Map<Prefix, Subnet>> ipv4 = new TreeMap<>(Comparator.reverseOrder());
    private final Map<Integer, Map<Prefix, Subnet>> ipv6 = new TreeMap<>(Comparator.reverseOrder());
    private final List<Subnet> invalid;

    /** Indexes the subnets; a CIDR given twice keeps the first subnet that names it. */
    public SubnetMatcher(List<Subnet> subnets) {
        List<Subnet> skipped = new ArrayList<>();
        for (Subnet subnet : subnets) {
            if (!add(subnet)) {
                skipped.add(subnet);
            }
        }
        this.invalid = Collections.unmodifiableList(skipped);
    }

    /** The subnet with the longest prefix that contains the address, if any does. */
    public Optional<Subnet> match(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 16 && isMapped(bytes)) {
            bytes = unmapped(bytes);
        }
        Map<Integer, Map<Prefix, Subnet>> table = bytes.length == 4 ? ipv4 : ipv6;
        Prefix full = Prefix.of(bytes);
        for (Map.Entry<Integer, Map<Prefix, Subnet>> level : table.entrySet()) {
            Subnet subnet = level.getValue().get(full.masked(level.getKey()));
            if (subnet != null) {
                return Optional.of(subnet);
            }
        }
        return Optional.empty();
    }

    /** The subnets skipped because their name is not a CIDR, or has bits set beyond its prefix length. */
    public List<Subnet> invalid() {
        return invalid;
    }

    /**
     * An IPv4 dotted quad ("10.1.2.3", four decimal parts without leading zeros) or an IPv6 literal
     * ("2001:db8::1", "::ffff:10.1.2.3"; no brackets, no zone) as an address, without any DNS lookup.
     */
    public static Optional<InetAddress> parseLiteral(String text) {
        byte[] bytes = text == null ? null : parseBytes(text);
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return Optional.empty(); // cannot happen for 4 or 16 bytes
        }
    }

    private boolean add(Subnet subnet) {
        String cidr = subnet.cidr();
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            return false;
        }
        byte[] bytes = parseBytes(cidr.substring(0, slash));
        int length = parseLength(cidr.substring(slash + 1));
        if (bytes == null || length < 0 || length > bytes.length * 8) {
            return false;
        }
        if (bytes.length == 16 && length >= MAPPED_PREFIX && isMapped(bytes)) {
            bytes = unmapped(bytes);
            length -= MAPPED_PREFIX;
        }
        Prefix prefix = Prefix.of(bytes);
        if (!prefix.masked(length).equals(prefix)) {
            return false;
        }
        Map<Integer, Map<Prefix, Subnet>> table = bytes.length == 4 ? ipv4 : ipv6;
        table.computeIfAbsent(length, k -> new HashMap<>()).putIfAbsent(prefix, subnet);
        return true;
    }

    private static int parseLength(String text) {
        if (text.isEmpty() || text.length() > 3 || (text.length() > 1 && text.charAt(0) == '0')) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isMapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }

    private static byte[] unmapped(byte[] bytes) {
        return new byte[] { bytes[12], bytes[13], bytes[14], bytes[15] };
    }

    /** 4 or 16 address bytes, or null when the text is not a literal. */
    private static byte[] parseBytes(String text) {
        return text.indexOf(':') >= 0 ? parseIpv6(text) : parseIpv4(text);
    }

    private static byte[] parseIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int value = parseOctet(parts[i]);
            if (value < 0) {
                return null;
            }
            bytes[i] = (byte) value;
        }
        return bytes;
    }

    private static int parseOctet(String part) {
        int value = parseLength(part);
        return value > 255 ? -1 : value;
    }

    private static byte[] parseIpv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        List<Integer> head = new ArrayList<>(8);
        List<Integer> tail = new ArrayList<>(8);
        if (gap < 0) {
            if (!groups(text, true, head) || head.size() != 8) {
                return null;
            }
        } else if (!groups(text.substring(0, gap), false, head) || !groups(text.substring(gap + 2), true, tail)
                || head.size() + tail.size() > 7) {
            return null;
        }
        byte[] bytes = new byte[16];
        for (int i = 0; i < head.size(); i++) {
            putGroup(bytes, i, head.get(i));
        }
        for (int i = 0; i < tail.size(); i++) {
            putGroup(bytes, 8 - tail.size() + i, tail.get(i));
        }
        return bytes;
    }

    /** Parses colon-separated hex groups; the last group of the last part may be a dotted quad (two groups). */
    private static boolean groups(String part, boolean last, List<Integer> out) {
        if (part.isEmpty()) {
            return true;
        }
        String[] pieces = part.split(":", -1);
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            if (piece.indexOf('.') >= 0) {
                byte[] quad = last && i == pieces.length - 1 ? parseIpv4(piece) : null;
                if (quad == null) {
                    return false;
                }
                out.add(((quad[0] & 0xff) << 8) | (quad[1] & 0xff));
                out.add(((quad[2] & 0xff) << 8) | (quad[3] & 0xff));
            } else {
                int group = parseHexGroup(piece);
                if (group < 0) {
                    return false;
                }
                out.add(group);
            }
        }
        return out.size() <= 8;
    }

    private static int parseHexGroup(String piece) {
        if (piece.isEmpty() || piece.length() > 4) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            int digit = c >= '0' && c <= '9' ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) {
                return -1;
            }
            value = (value << 4) | digit;
        }
        return value;
    }

    private static void putGroup(byte[] bytes, int index, int group) {
        bytes[index * 2] = (byte) (group >>> 8);
        bytes[index * 2 + 1] = (byte) group;
    }

    /** An address as 128 bits (IPv4 in the top 32), so one masking rule serves both families. */
    private static final class Prefix {
        private final long high;
        private final long low;

        private Prefix(long high, long low) {
            this.high = high;
            this.low = low;
        }

        static Prefix of(byte[] bytes) {
            long high = 0;
            long low = 0;
            for (int i = 0; i < Math.min(8, bytes.length); i++) {
                high |= (bytes[i] & 0xffL) << (56 - 8 * i);
            }
            for (int i = 8; i < bytes.length; i++) {
                low |= (bytes[i] & 0xffL) << (56 - 8 * (i - 8));
            }
            return new Prefix(high, low);
        }

        /** Keeps the first {@code length} bits (counted from the top of the 128). */
        Prefix masked(int length) {
            long highMask = length >= 64 ? -1L : length == 0 ? 0L : -1L << (64 - length);
            long lowMask = length <= 64 ? 0L : length >= IPV6_BITS ? -1L : -1L << (IPV6_BITS - length);
            return new Prefix(high & highMask, low & lowMask);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Prefix && ((Prefix) o).high == high && ((Prefix) o).low == low;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(high) * 31 + Long.hashCode(low);
        }
    }
}
