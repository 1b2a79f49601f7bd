package io.adtopo.studio;

import org.eclipse.core.expressions.PropertyTester;

import io.adtopo.ui.topology.TopologyPart;

/** {@code io.adtopo.studio.showsStudioConnection}: an adtopo view shows one of Directory Studio's connections. */
public final class StudioConnectionTester extends PropertyTester {

    @Override
    public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
        return receiver instanceof TopologyPart && ((TopologyPart) receiver).connection() != null
                && StudioProfiles.ORIGIN.equals(((TopologyPart) receiver).connection().catalog().id());
    }
}
