package io.adtopo.ui.referrals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A row of the Referrals view: what it is, its details, and the rows below it. */
public final class ReferralNode {

    private final String label;
    private final String details;
    private final Object data;
    private final List<ReferralNode> children = new ArrayList<>();

    ReferralNode(String label, String details, Object data) {
        this.label = label;
        this.details = details == null ? "" : details;
        this.data = data;
    }

    ReferralNode add(String childLabel, String childDetails) {
        return add(new ReferralNode(childLabel, childDetails, null));
    }

    ReferralNode add(ReferralNode child) {
        children.add(child);
        return child;
    }

    public String label() {
        return label;
    }

    public String details() {
        return details;
    }

    /** The model object shown (a DnAnswer, an LdapUrl, a ChaseStep, an LdapEntry, a CrossRef), or null. */
    public Object data() {
        return data;
    }

    public List<ReferralNode> children() {
        return Collections.unmodifiableList(children);
    }

    @Override
    public String toString() {
        return label;
    }
}
