package io.adtopo.core.dfs;

import java.util.Optional;

/** A DFS target's priority class (MS-DFSC 3.2.5.5), in the order referrals list the classes. */
public enum PriorityClass {
    GLOBAL_HIGH("GlobalHigh", "First among all targets"),
    SITE_COST_HIGH("SiteCostHigh", "First among targets of equal cost"),
    SITE_COST_NORMAL("SiteCostNormal", "Normal (no priority override)"),
    SITE_COST_LOW("SiteCostLow", "Last among targets of equal cost"),
    GLOBAL_LOW("GlobalLow", "Last among all targets");

    private final String xmlName;
    private final String label;

    PriorityClass(String xmlName, String label) {
        this.xmlName = xmlName;
        this.label = label;
    }

    /** The class a priorityClass attribute names, read without regard to case ("siteCostNormal" too). */
    public static Optional<PriorityClass> parse(String text) {
        for (PriorityClass priorityClass : values()) {
            if (priorityClass.xmlName.equalsIgnoreCase(text)) {
                return Optional.of(priorityClass);
            }
        }
        return Optional.empty();
    }

    /** The name msDFS-TargetListv2 uses when writing, as Windows writes it. */
    public String xmlName() {
        return xmlName;
    }

    /** The wording of DFS Management's "Referral ordering" choices. */
    public String label() {
        return label;
    }

    /** Whether the class places a target before or after all others, whatever their site cost. */
    public boolean isGlobal() {
        return this == GLOBAL_HIGH || this == GLOBAL_LOW;
    }
}
