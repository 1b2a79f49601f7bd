package io.adtopo.core.dfs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PriorityClassTest {

    @ParameterizedTest
    @CsvSource({
            "GlobalHigh, GLOBAL_HIGH", "globalHigh, GLOBAL_HIGH", "GLOBALHIGH, GLOBAL_HIGH",
            "SiteCostHigh, SITE_COST_HIGH", "siteCostHigh, SITE_COST_HIGH",
            "SiteCostNormal, SITE_COST_NORMAL", "siteCostNormal, SITE_COST_NORMAL", "sitecostnormal, SITE_COST_NORMAL",
            "SiteCostLow, SITE_COST_LOW", "SITECOSTLOW, SITE_COST_LOW",
            "GlobalLow, GLOBAL_LOW", "globalLow, GLOBAL_LOW" })
    void readsNamesWithoutRegardToCase(String text, PriorityClass expected) {
        assertEquals(Optional.of(expected), PriorityClass.parse(text));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "High", "Normal", "GLOBAL_HIGH", "Site Cost Normal", " GlobalHigh", "GlobalHigh ",
            "DfsGlobalHighPriorityClass", "0" })
    void unknownNamesAreEmpty(String text) {
        assertEquals(Optional.empty(), PriorityClass.parse(text));
    }

    @ParameterizedTest
    @EnumSource(PriorityClass.class)
    void readsWhatItWrites(PriorityClass priorityClass) {
        assertEquals(Optional.of(priorityClass), PriorityClass.parse(priorityClass.xmlName()));
    }

    @Test
    void writesTheNamesWindowsWrites() {
        assertEquals(List.of("GlobalHigh", "SiteCostHigh", "SiteCostNormal", "SiteCostLow", "GlobalLow"),
                Stream.of(PriorityClass.values()).map(PriorityClass::xmlName).collect(Collectors.toList()));
    }

    @Test
    void labelsAreWhatDfsManagementShows() {
        assertEquals(List.of("First among all targets", "First among targets of equal cost",
                "Normal (no priority override)", "Last among targets of equal cost", "Last among all targets"),
                Stream.of(PriorityClass.values()).map(PriorityClass::label).collect(Collectors.toList()));
    }

    @Test
    void onlyTheFirstAndLastAmongAllAreGlobal() {
        assertEquals(List.of(PriorityClass.GLOBAL_HIGH, PriorityClass.GLOBAL_LOW),
                Stream.of(PriorityClass.values()).filter(PriorityClass::isGlobal).collect(Collectors.toList()));
    }
}
