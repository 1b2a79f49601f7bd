package io.adtopo.core.dfs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An msDFS-Propertiesv2 value: strings "Key=value" (MS-DFSNM 2.3). A missing setting is off; values adtopo does
 * not know are kept, in their order, for writing back.
 */
public final class DfsProperties {

    private final List<String> values;

    private DfsProperties(List<String> values) {
        this.values = values;
    }

    public static DfsProperties of(List<String> values) {
        return new DfsProperties(List.copyOf(values));
    }

    /** The value after the first '=' of the first entry whose key matches without regard to case. */
    public Optional<String> value(String key) {
        Objects.requireNonNull(key, "key");
        for (String entry : values) {
            int equals = entry.indexOf('=');
            if (equals >= 0 && entry.substring(0, equals).trim().equalsIgnoreCase(key)) {
                return Optional.of(entry.substring(equals + 1).trim());
            }
        }
        return Optional.empty();
    }

    /** Whether the key's value is "on" (any case); a missing key is off. */
    public boolean isOn(String key) {
        return value(key).map(v -> Boolean.valueOf("on".equalsIgnoreCase(v))).orElse(Boolean.FALSE).booleanValue();
    }

    /** ReferralSiteCosting: order out-of-site targets by site cost ("Lowest cost"). */
    public boolean siteCosting() {
        return isOn("ReferralSiteCosting");
    }

    /** InsiteReferral: "Exclude targets outside of the client's site". */
    public boolean insiteReferrals() {
        return isOn("InsiteReferral");
    }

    /** TargetFailback: clients fail back to a preferred target. */
    public boolean targetFailback() {
        return isOn("TargetFailback");
    }

    /** RootScalability: namespace servers poll the nearest DC instead of the PDC emulator. */
    public boolean rootScalability() {
        return isOn("RootScalability");
    }

    /** ABDE: access-based enumeration. */
    public boolean accessBasedEnumeration() {
        return isOn("ABDE");
    }

    /** The raw values in their order, unknown ones and ones without '=' included. */
    public List<String> values() {
        return values;
    }

    @Override
    public String toString() {
        return "DfsProperties" + values;
    }
}
