package io.adtopo.core.topology;

import java.util.ArrayList;
import java.util.List;

/** The bits of an nTDSDSA's options attribute (MS-ADTS 6.1.1.2.2.1.2.1.1), named as repadmin names them. */
public final class DsaOptions {

    public static final int IS_GC = 0x1;
    public static final int DISABLE_INBOUND_REPL = 0x2;
    public static final int DISABLE_OUTBOUND_REPL = 0x4;
    public static final int DISABLE_NTDSCONN_XLATE = 0x8;
    public static final int DISABLE_SPN_REGISTRATION = 0x10;

    private static final int[] BITS = { IS_GC, DISABLE_INBOUND_REPL, DISABLE_OUTBOUND_REPL, DISABLE_NTDSCONN_XLATE,
            DISABLE_SPN_REGISTRATION };
    private static final String[] NAMES = { "IS_GC", "DISABLE_INBOUND_REPL", "DISABLE_OUTBOUND_REPL",
            "DISABLE_NTDSCONN_XLATE", "DISABLE_SPN_REGISTRATION" };

    private DsaOptions() {
    }

    /** The names of the set bits; unknown bits as hex ("0x40"); empty for 0. */
    public static List<String> names(int options) {
        List<String> names = new ArrayList<>();
        int rest = options;
        for (int i = 0; i < BITS.length; i++) {
            if ((options & BITS[i]) != 0) {
                names.add(NAMES[i]);
                rest &= ~BITS[i];
            }
        }
        for (int bit = 0; bit < 32; bit++) {
            int mask = 1 << bit;
            if ((rest & mask) != 0) {
                names.add("0x" + Integer.toHexString(mask));
            }
        }
        return names;
    }

    /** "IS_GC DISABLE_INBOUND_REPL", or "(none)" as repadmin prints it. */
    public static String describe(int options) {
        List<String> names = names(options);
        return names.isEmpty() ? "(none)" : String.join(" ", names);
    }
}
