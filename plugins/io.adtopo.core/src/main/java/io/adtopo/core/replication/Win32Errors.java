package io.adtopo.core.replication;

import java.util.HashMap;
import java.util.Map;

/**
 * Names and English messages of the Win32 errors replication reports, as Microsoft's "System Error Codes"
 * pages list them; {@link #describe(int)} formats them the way repadmin does.
 */
public final class Win32Errors {

    private static final String UNKNOWN = "unknown error";
    private static final Map<Integer, String[]> ERRORS = new HashMap<>();

    static {
        add(0, "ERROR_SUCCESS", "The operation completed successfully.");
        add(5, "ERROR_ACCESS_DENIED", "Access is denied.");
        add(1256, "ERROR_HOST_DOWN",
                "The remote system is not available. For information about network troubleshooting, see Windows"
                        + " Help.");
        add(1396, "ERROR_WRONG_TARGET_NAME", "The target account name is incorrect.");
        add(1722, "RPC_S_SERVER_UNAVAILABLE", "The RPC server is unavailable.");
        add(1753, "EPT_S_NOT_REGISTERED", "There are no more endpoints available from the endpoint mapper.");
        add(1818, "RPC_S_CALL_CANCELLED", "The remote procedure call was cancelled.");
        add(1908, "ERROR_DOMAIN_CONTROLLER_NOT_FOUND", "Could not find the domain controller for this domain.");
        add(8240, "ERROR_DS_NO_SUCH_OBJECT", "There is no such object on the server.");
        add(8333, "ERROR_DS_OBJ_NOT_FOUND", "Directory object not found.");
        add(8418, "ERROR_DS_DRA_SCHEMA_MISMATCH",
                "The replication operation failed because of a schema mismatch between the servers involved.");
        add(8446, "ERROR_DS_DRA_OUT_OF_MEM", "The replication operation failed to allocate memory.");
        add(8451, "ERROR_DS_DRA_DB_ERROR", "The replication operation encountered a database error.");
        add(8452, "ERROR_DS_DRA_NO_REPLICA",
                "The naming context is in the process of being removed or is not replicated from the specified"
                        + " server.");
        add(8453, "ERROR_DS_DRA_ACCESS_DENIED", "Replication access was denied.");
        add(8456, "ERROR_DS_DRA_SOURCE_DISABLED", "The source server is currently rejecting replication requests.");
        add(8457, "ERROR_DS_DRA_SINK_DISABLED",
                "The destination server is currently rejecting replication requests.");
        add(8477, "ERROR_DS_DRA_REPL_PENDING", "The replication request has been posted; waiting for reply.");
        add(8524, "ERROR_DS_DNS_LOOKUP_FAILURE",
                "The DSA operation is unable to proceed because of a DNS lookup failure.");
        add(8545, "ERROR_DS_DRA_OBJ_NC_MISMATCH",
                "The replication update could not be applied because either the source or the destination has not"
                        + " yet received information regarding a recent cross-domain move operation.");
        add(8589, "ERROR_DS_CANT_DERIVE_SPN_WITHOUT_SERVER_REF",
                "The DS cannot derive a service principal name (SPN) with which to mutually authenticate the target"
                        + " server because the corresponding server object in the local DS database has no"
                        + " serverReference attribute.");
        add(8606, "ERROR_DS_INSUFFICIENT_ATTR_TO_CREATE_OBJECT",
                "Insufficient attributes were given to create an object. This object may not exist because it may"
                        + " have been deleted and already garbage collected.");
        add(8614, "ERROR_DS_REPL_LIFETIME_EXCEEDED",
                "The directory service cannot replicate with this server because the time since the last"
                        + " replication with this server has exceeded the tombstone lifetime.");
    }

    private Win32Errors() {
    }

    private static void add(int code, String name, String text) {
        ERRORS.put(code, new String[] { name, text });
    }

    /** Whether the table knows {@code code}. */
    public static boolean isKnown(int code) {
        return ERRORS.containsKey(code);
    }

    /** The symbolic name ({@code ERROR_DS_DRA_ACCESS_DENIED}); for an unknown code the code in decimal. */
    public static String name(int code) {
        String[] entry = ERRORS.get(code);
        return entry == null ? Integer.toString(code) : entry[0];
    }

    /** The English message; {@code unknown error} for an unknown code. */
    public static String text(int code) {
        String[] entry = ERRORS.get(code);
        return entry == null ? UNKNOWN : entry[1];
    }

    /**
     * As repadmin shows it: {@code 8453 (0x2105) ERROR_DS_DRA_ACCESS_DENIED: Replication access was denied.},
     * or {@code 12345 (0x3039): unknown error}.
     */
    public static String describe(int code) {
        String number = code + " (0x" + Integer.toHexString(code) + ")";
        String[] entry = ERRORS.get(code);
        return entry == null ? number + ": " + UNKNOWN : number + " " + entry[0] + ": " + entry[1];
    }
}
