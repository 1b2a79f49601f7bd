package io.adtopo.core.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/**
 * In OSGi, Apache Directory API's LDAP codec registers itself only when its bundles are started: the codec
 * core's activator installs the codec service that every connection uses, the MINA bundle adds the protocol
 * codec that connections talk through, and the extras codec adds extended operations (StartTLS) and controls.
 * Start them, in that order, as Directory Studio does.
 */
public final class CoreActivator implements BundleActivator {

    static final String[] CODEC_BUNDLES = { "org.apache.directory.api.ldap.codec.core",
            "org.apache.directory.api.ldap.net.mina", "org.apache.directory.api.ldap.extras.codec" };

    @Override
    public void start(BundleContext context) throws BundleException {
        for (String name : CODEC_BUNDLES) {
            for (Bundle bundle : context.getBundles()) {
                if (name.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.ACTIVE) {
                    bundle.start(Bundle.START_TRANSIENT);
                }
            }
        }
    }

    @Override
    public void stop(BundleContext context) {
        // the codec bundles stay: other bundles (Directory Studio) may use them
    }
}
