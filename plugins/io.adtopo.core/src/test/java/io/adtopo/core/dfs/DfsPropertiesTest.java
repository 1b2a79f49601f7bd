package io.adtopo.core.dfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DfsPropertiesTest {

    /** The forest's namespace CN=Public (tests/forest/README.md). */
    private final DfsProperties publicNamespace = DfsProperties.of(List.of("State=1", "ReferralSiteCosting=on"));

    /** The forest's link /Archive. */
    private final DfsProperties archive = DfsProperties.of(List.of("State=1", "InsiteReferral=on"));

    @Test
    void readsTheForestNamespace() {
        assertEquals(Optional.of("1"), publicNamespace.value("State"));
        assertTrue(publicNamespace.siteCosting());
        assertFalse(publicNamespace.insiteReferrals());
    }

    @Test
    void readsTheArchiveLink() {
        assertTrue(archive.insiteReferrals());
        assertFalse(archive.siteCosting());
    }

    @Test
    void eachConvenienceReadsItsOwnKey() {
        List<Boolean> none = List.of(false, false, false, false, false);
        assertEquals(none, flags(DfsProperties.of(List.of())));
        assertEquals(List.of(true, false, false, false, false),
                flags(DfsProperties.of(List.of("ReferralSiteCosting=on"))));
        assertEquals(List.of(false, true, false, false, false), flags(DfsProperties.of(List.of("InsiteReferral=on"))));
        assertEquals(List.of(false, false, true, false, false), flags(DfsProperties.of(List.of("TargetFailback=on"))));
        assertEquals(List.of(false, false, false, true, false),
                flags(DfsProperties.of(List.of("RootScalability=on"))));
        assertEquals(List.of(false, false, false, false, true), flags(DfsProperties.of(List.of("ABDE=on"))));
    }

    @Test
    void keysAreMatchedWithoutRegardToCase() {
        DfsProperties properties = DfsProperties.of(List.of("referralsitecosting=on", "ABDE=on"));

        assertTrue(properties.siteCosting());
        assertTrue(properties.isOn("abde"));
        assertEquals(Optional.of("on"), properties.value("REFERRALSITECOSTING"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "on", "ON", "On" })
    void onIsReadWithoutRegardToCase(String on) {
        assertTrue(DfsProperties.of(List.of("TargetFailback=" + on)).targetFailback());
    }

    @ParameterizedTest
    @ValueSource(strings = { "TargetFailback=off", "TargetFailback=1", "TargetFailback=", "TargetFailback",
            "TargetFailbackX=on", "XTargetFailback=on" })
    void anythingButOnIsOff(String value) {
        assertFalse(DfsProperties.of(List.of(value)).targetFailback());
    }

    @Test
    void valuesMayHoldEqualsSignsAndBeEmpty() {
        DfsProperties properties = DfsProperties.of(List.of("Comment=a=b", "Empty="));

        assertEquals(Optional.of("a=b"), properties.value("Comment"));
        assertEquals(Optional.of(""), properties.value("Empty"));
        assertEquals(Optional.empty(), properties.value("Missing"));
    }

    @Test
    void theFirstOfRepeatedKeysCounts() {
        assertTrue(DfsProperties.of(List.of("ABDE=on", "ABDE=off")).accessBasedEnumeration());
        assertFalse(DfsProperties.of(List.of("ABDE=off", "ABDE=on")).accessBasedEnumeration());
    }

    @Test
    void keepsEveryRawValueInOrder() {
        List<String> raw = List.of("State=1", "FutureSetting=42", "no equals sign", "InsiteReferral=on");

        assertEquals(raw, DfsProperties.of(raw).values());
    }

    @Test
    void isACopyThatCannotBeChanged() {
        List<String> raw = new ArrayList<>(List.of("ABDE=on"));
        DfsProperties properties = DfsProperties.of(raw);
        raw.set(0, "ABDE=off");

        assertTrue(properties.accessBasedEnumeration());
        assertThrows(UnsupportedOperationException.class, () -> properties.values().add("State=1"));
    }

    @Test
    void describesItsValues() {
        assertEquals("DfsProperties[State=1, ReferralSiteCosting=on]", publicNamespace.toString());
    }

    private static List<Boolean> flags(DfsProperties properties) {
        return List.of(properties.siteCosting(), properties.insiteReferrals(), properties.targetFailback(),
                properties.rootScalability(), properties.accessBasedEnumeration());
    }
}
