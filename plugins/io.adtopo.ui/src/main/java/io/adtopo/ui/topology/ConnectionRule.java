package io.adtopo.ui.topology;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/** One LDAP job per connection at a time: a reload waits for the cancelled load before it to end. */
final class ConnectionRule implements ISchedulingRule {

    private final String key;

    ConnectionRule(String key) {
        this.key = key;
    }

    @Override
    public boolean contains(ISchedulingRule rule) {
        return rule == this;
    }

    @Override
    public boolean isConflicting(ISchedulingRule rule) {
        return rule instanceof ConnectionRule && ((ConnectionRule) rule).key.equals(key);
    }
}
