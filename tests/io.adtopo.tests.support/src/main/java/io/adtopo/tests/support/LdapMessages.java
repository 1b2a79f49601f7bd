package io.adtopo.tests.support;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Just enough BER to find bind requests in what a client sent over plain LDAP: each message is a SEQUENCE of
 * the message ID and the operation; a BindRequest is [APPLICATION 0] holding the version and the DN.
 */
final class LdapMessages {

    private static final int SEQUENCE = 0x30;
    private static final int INTEGER = 0x02;
    private static final int OCTET_STRING = 0x04;
    private static final int BIND_REQUEST = 0x60;

    private LdapMessages() {
    }

    /** Adds the DN of each bind request in {@code bytes} to {@code dns}; stops at anything else than LDAP. */
    static void bindDns(byte[] bytes, List<String> dns) {
        int at = 0;
        while (at < bytes.length) {
            if ((bytes[at] & 0xFF) != SEQUENCE) {
                return;
            }
            int[] length = length(bytes, at + 1);
            if (length == null || length[1] + length[0] > bytes.length) {
                return;
            }
            int content = length[1];
            int end = content + length[0];
            int op = skip(bytes, content, INTEGER);
            if (op > 0 && op < end && (bytes[op] & 0xFF) == BIND_REQUEST) {
                int[] opLength = length(bytes, op + 1);
                int name = opLength == null ? -1 : skip(bytes, opLength[1], INTEGER);
                if (name > 0 && name < end && (bytes[name] & 0xFF) == OCTET_STRING) {
                    int[] nameLength = length(bytes, name + 1);
                    if (nameLength != null && nameLength[1] + nameLength[0] <= end) {
                        dns.add(new String(bytes, nameLength[1], nameLength[0], StandardCharsets.UTF_8));
                    }
                }
            }
            at = end;
        }
    }

    /** The offset after an element with this tag at {@code at}, or -1. */
    private static int skip(byte[] bytes, int at, int tag) {
        if (at >= bytes.length || (bytes[at] & 0xFF) != tag) {
            return -1;
        }
        int[] length = length(bytes, at + 1);
        return length == null ? -1 : length[1] + length[0];
    }

    /** {length, offset of the content} of a BER length at {@code at}, or null. */
    private static int[] length(byte[] bytes, int at) {
        if (at >= bytes.length) {
            return null;
        }
        int first = bytes[at] & 0xFF;
        if (first < 0x80) {
            return new int[] { first, at + 1 };
        }
        int count = first & 0x7F;
        if (count == 0 || count > 3 || at + count >= bytes.length) {
            return null;
        }
        int length = 0;
        for (int i = 1; i <= count; i++) {
            length = (length << 8) | (bytes[at + i] & 0xFF);
        }
        return new int[] { length, at + 1 + count };
    }
}
