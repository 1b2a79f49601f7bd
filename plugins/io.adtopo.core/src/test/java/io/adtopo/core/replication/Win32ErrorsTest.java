package io.adtopo.core.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Win32ErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|ERROR_SUCCESS|The operation completed successfully.",
        "5|ERROR_ACCESS_DENIED|Access is denied.",
        "1256|ERROR_HOST_DOWN|The remote system is not available. For information about network troubleshooting,"
                + " see Windows Help.",
        "1722|RPC_S_SERVER_UNAVAILABLE|The RPC server is unavailable.",
        "1753|EPT_S_NOT_REGISTERED|There are no more endpoints available from the endpoint mapper.",
        "1908|ERROR_DOMAIN_CONTROLLER_NOT_FOUND|Could not find the domain controller for this domain.",
        "8333|ERROR_DS_OBJ_NOT_FOUND|Directory object not found.",
        "8418|ERROR_DS_DRA_SCHEMA_MISMATCH|The replication operation failed because of a schema mismatch between"
                + " the servers involved.",
        "8446|ERROR_DS_DRA_OUT_OF_MEM|The replication operation failed to allocate memory.",
        "8451|ERROR_DS_DRA_DB_ERROR|The replication operation encountered a database error.",
        "8453|ERROR_DS_DRA_ACCESS_DENIED|Replication access was denied.",
        "8456|ERROR_DS_DRA_SOURCE_DISABLED|The source server is currently rejecting replication requests.",
        "8457|ERROR_DS_DRA_SINK_DISABLED|The destination server is currently rejecting replication requests.",
        "8524|ERROR_DS_DNS_LOOKUP_FAILURE|The DSA operation is unable to proceed because of a DNS lookup failure.",
        "8545|ERROR_DS_DRA_OBJ_NC_MISMATCH|The replication update could not be applied because either the source"
                + " or the destination has not yet received information regarding a recent cross-domain move"
                + " operation.",
        "8589|ERROR_DS_CANT_DERIVE_SPN_WITHOUT_SERVER_REF|The DS cannot derive a service principal name (SPN) with"
                + " which to mutually authenticate the target server because the corresponding server object in"
                + " the local DS database has no serverReference attribute.",
        "8606|ERROR_DS_INSUFFICIENT_ATTR_TO_CREATE_OBJECT|Insufficient attributes were given to create an object."
                + " This object may not exist because it may have been deleted and already garbage collected.",
        "8614|ERROR_DS_REPL_LIFETIME_EXCEEDED|The directory service cannot replicate with this server because the"
                + " time since the last replication with this server has exceeded the tombstone lifetime.",
    })
    void knowsTheNameAndMessage(int code, String name, String text) {
        assertTrue(Win32Errors.isKnown(code));
        assertEquals(name, Win32Errors.name(code));
        assertEquals(text, Win32Errors.text(code));
        assertEquals(code + " (0x" + Integer.toHexString(code) + ") " + name + ": " + text,
                Win32Errors.describe(code));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|0 (0x0) ERROR_SUCCESS: The operation completed successfully.",
        "8457|8457 (0x2109) ERROR_DS_DRA_SINK_DISABLED: The destination server is currently rejecting replication"
                + " requests.",
        "8589|8589 (0x218d) ERROR_DS_CANT_DERIVE_SPN_WITHOUT_SERVER_REF: The DS cannot derive a service principal"
                + " name (SPN) with which to mutually authenticate the target server because the corresponding"
                + " server object in the local DS database has no serverReference attribute.",
        "12345|12345 (0x3039): unknown error",
        "-2146893022|-2146893022 (0x80090322): unknown error",
    })
    void describesAsRepadminDoes(int code, String described) {
        assertEquals(described, Win32Errors.describe(code));
    }

    @ParameterizedTest
    @ValueSource(ints = { 12345, 1, -1, Integer.MAX_VALUE })
    void showsUnknownCodesAsNumbers(int code) {
        assertFalse(Win32Errors.isKnown(code));
        assertEquals(Integer.toString(code), Win32Errors.name(code));
        assertEquals("unknown error", Win32Errors.text(code));
    }
}
