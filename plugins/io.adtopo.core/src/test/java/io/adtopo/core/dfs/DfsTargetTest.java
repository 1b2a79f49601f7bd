package io.adtopo.core.dfs;

import static io.adtopo.core.dfs.PriorityClass.GLOBAL_HIGH;
import static io.adtopo.core.dfs.PriorityClass.SITE_COST_NORMAL;
import static io.adtopo.core.dfs.TargetState.OFFLINE;
import static io.adtopo.core.dfs.TargetState.ONLINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DfsTargetTest {

    private static final String LIV = "\\\\fs-liv.contoso.test\\software";

    private final DfsTarget liv = new DfsTarget(LIV, ONLINE, SITE_COST_NORMAL, 0);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\\\\fs-liv.contoso.test\\software | fs-liv.contoso.test | software",
            "\\\\FS-SEA\\Archive$\\2024\\q1     | FS-SEA              | Archive$",
            "\\\\127.0.1.10\\share\\           | 127.0.1.10          | share" })
    void namesTheServerAndTheShareAsWritten(String unc, String host, String share) {
        DfsTarget target = new DfsTarget(unc, ONLINE, SITE_COST_NORMAL, 0);

        assertEquals(host, target.host());
        assertEquals(share, target.share());
        assertEquals(unc, target.unc());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "\\\\", "\\\\server", "\\\\server\\", "\\\\\\share", "\\\\server\\\\share",
            "//server/share", "server\\share", "\\server\\share" })
    void refusesPathsThatNameNoServerAndShare(String unc) {
        assertThrows(IllegalArgumentException.class, () -> new DfsTarget(unc, ONLINE, SITE_COST_NORMAL, 0));
    }

    @ParameterizedTest
    @ValueSource(ints = { -1, 32, Integer.MIN_VALUE, Integer.MAX_VALUE })
    void refusesRanksOutside0To31(int rank) {
        assertThrows(IllegalArgumentException.class, () -> new DfsTarget(LIV, ONLINE, SITE_COST_NORMAL, rank));
        assertThrows(IllegalArgumentException.class, () -> liv.withPriority(GLOBAL_HIGH, rank));
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 31 })
    void keepsRanksFrom0To31(int rank) {
        assertEquals(rank, new DfsTarget(LIV, ONLINE, SITE_COST_NORMAL, rank).rank());
    }

    @Test
    void refusesAMissingStateOrClass() {
        assertThrows(NullPointerException.class, () -> new DfsTarget(LIV, null, SITE_COST_NORMAL, 0));
        assertThrows(NullPointerException.class, () -> new DfsTarget(LIV, ONLINE, null, 0));
    }

    @Test
    void withPriorityIsACopy() {
        DfsTarget changed = liv.withPriority(GLOBAL_HIGH, 3);

        assertEquals(new DfsTarget(LIV, ONLINE, GLOBAL_HIGH, 3), changed);
        assertEquals(SITE_COST_NORMAL, liv.priorityClass());
        assertEquals(0, liv.rank());
    }

    @Test
    void withStateIsACopy() {
        DfsTarget changed = liv.withState(OFFLINE);

        assertFalse(changed.isOnline());
        assertEquals(OFFLINE, changed.state());
        assertEquals(new DfsTarget(LIV, OFFLINE, SITE_COST_NORMAL, 0), changed);
        assertTrue(liv.isOnline());
    }

    @Test
    void equalTargetsAgreeOnEveryField() {
        DfsTarget same = new DfsTarget(LIV, ONLINE, SITE_COST_NORMAL, 0);

        assertEquals(liv, same);
        assertEquals(liv.hashCode(), same.hashCode());
        assertNotEquals(liv, new DfsTarget("\\\\FS-LIV.contoso.test\\software", ONLINE, SITE_COST_NORMAL, 0));
        assertNotEquals(liv, liv.withState(OFFLINE));
        assertNotEquals(liv, liv.withPriority(GLOBAL_HIGH, 0));
        assertNotEquals(liv, liv.withPriority(SITE_COST_NORMAL, 1));
    }

    @Test
    void describesItselfForLogsAndTests() {
        assertEquals("\\\\fs-liv.contoso.test\\software (offline, GlobalHigh 2)",
                liv.withState(OFFLINE).withPriority(GLOBAL_HIGH, 2).toString());
    }

    @ParameterizedTest
    @CsvSource({ "online, ONLINE", "ONLINE, ONLINE", "Offline, OFFLINE", "offline, OFFLINE" })
    void statesAreReadWithoutRegardToCase(String text, TargetState expected) {
        assertEquals(Optional.of(expected), TargetState.parse(text));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "on", "1", "online ", "standby" })
    void unknownStatesAreEmpty(String text) {
        assertEquals(Optional.empty(), TargetState.parse(text));
    }
}
