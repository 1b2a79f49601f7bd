package io.adtopo.core.ldap;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import java.util.UUID;

/**
 * AD's 16-byte GUIDs (objectGUID, invocationId) and their text form. AD stores the first three fields little
 * endian, so the bytes of {@code 3dab7f9b-92e7-...} start {@code 9b 7f ab 3d}.
 */
public final class ObjectGuids {

    private ObjectGuids() {
    }

    /** Decodes 16 bytes as AD writes them; empty when the value is not 16 bytes long. */
    public static Optional<UUID> fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != 16) {
            return Optional.empty();
        }
        ByteBuffer little = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long data1 = little.getInt(0) & 0xffffffffL;
        long data2 = little.getShort(4) & 0xffffL;
        long data3 = little.getShort(6) & 0xffffL;
        long high = (data1 << 32) | (data2 << 16) | data3;
        long low = ByteBuffer.wrap(bytes, 8, 8).order(ByteOrder.BIG_ENDIAN).getLong();
        return Optional.of(new UUID(high, low));
    }

    /** The 16 bytes AD stores for a GUID. */
    public static byte[] toBytes(UUID guid) {
        ByteBuffer out = ByteBuffer.allocate(16);
        long high = guid.getMostSignificantBits();
        out.order(ByteOrder.LITTLE_ENDIAN).putInt((int) (high >>> 32)).putShort((short) (high >>> 16))
                .putShort((short) high);
        out.order(ByteOrder.BIG_ENDIAN).putLong(guid.getLeastSignificantBits());
        return out.array();
    }

    /** The GUID as an LDAP filter value: {@code \9b\7f\ab\3d...}. */
    public static String filterValue(UUID guid) {
        StringBuilder out = new StringBuilder(48);
        for (byte b : toBytes(guid)) {
            out.append('\\').append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return out.toString();
    }
}
