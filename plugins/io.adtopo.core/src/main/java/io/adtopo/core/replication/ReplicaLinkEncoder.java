package io.adtopo.core.replication;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.adtopo.core.ldap.ObjectGuids;

/**
 * Writes a version-1 repsFrom value in the layout {@link ReplicaLinkDecoder} reads, as Samba writes it: the
 * 208-byte fixed part, then the MTX_ADDR (length including the NUL, the name, the NUL) right after it, no
 * padding, reserved fields zero. For tests and for generating fixtures of the test forest.
 */
public final class ReplicaLinkEncoder {

    private ReplicaLinkEncoder() {
    }

    /**
     * The bytes of {@code link}.
     *
     * @throws IllegalArgumentException when the version is not 1, the address is not printable ASCII or longer
     *         than 255 characters, or a time lies outside the years 1601-9999
     */
    public static byte[] encode(ReplicaLink link) {
        if (link.version() != 1) {
            throw new IllegalArgumentException("Only version 1 can be written, not " + link.version() + ".");
        }
        byte[] name = name(link.sourceAddress());
        int addressSize = 4 + name.length + 1;
        int total = RepsFromLayout.FIXED_LENGTH + addressSize;
        ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(RepsFromLayout.VERSION, 1);
        out.putInt(RepsFromLayout.SIZE, total);
        out.putInt(RepsFromLayout.CONSECUTIVE_FAILURES, (int) link.consecutiveFailures());
        out.putLong(RepsFromLayout.LAST_SUCCESS, RepsFromLayout.dstime(link.lastSuccess()));
        out.putLong(RepsFromLayout.LAST_ATTEMPT, RepsFromLayout.dstime(link.lastAttempt()));
        out.putInt(RepsFromLayout.RESULT_LAST_ATTEMPT, link.lastResult());
        out.putInt(RepsFromLayout.ADDRESS_OFFSET, RepsFromLayout.FIXED_LENGTH);
        out.putInt(RepsFromLayout.ADDRESS_SIZE, addressSize);
        out.putInt(RepsFromLayout.REPLICA_FLAGS, link.replicaFlags());
        out.position(RepsFromLayout.SCHEDULE);
        out.put(link.schedule());
        out.putLong(RepsFromLayout.USN_HIGH_OBJ_UPDATE, link.usnHighObjUpdate());
        out.putLong(RepsFromLayout.USN_HIGH_PROP_UPDATE, link.usnHighPropUpdate());
        guid(out, RepsFromLayout.SOURCE_DSA_GUID, link.sourceDsaGuid());
        guid(out, RepsFromLayout.SOURCE_INVOCATION_ID, link.sourceInvocationId());
        guid(out, RepsFromLayout.TRANSPORT_GUID, link.transportGuid());
        out.putInt(RepsFromLayout.FIXED_LENGTH, name.length + 1);
        out.position(RepsFromLayout.FIXED_LENGTH + 4);
        out.put(name);
        // the terminating NUL is the buffer's last byte, already zero
        return out.array();
    }

    private static byte[] name(String address) {
        if (address.length() >= RepsFromLayout.MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("The address is longer than " + (RepsFromLayout.MAX_NAME_LENGTH - 1)
                    + " characters.");
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new IllegalArgumentException("The address holds a character that is not printable ASCII at "
                        + i + ".");
            }
        }
        return address.getBytes(StandardCharsets.US_ASCII);
    }

    private static void guid(ByteBuffer out, int offset, UUID guid) {
        out.position(offset);
        out.put(ObjectGuids.toBytes(guid));
    }
}
