package io.adtopo.ui.internal;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import io.adtopo.ui.connections.ConnectionRegistry;
import io.adtopo.core.changes.ChangeLog;
import io.adtopo.ui.topology.TopologyService;
import io.adtopo.ui.validation.ProblemMarkers;
import io.adtopo.ui.validation.ValidationService;

/** The UI bundle's activator: owns the connection registry for the workbench session. */
public final class AdtopoUiPlugin extends AbstractUIPlugin {

    public static final String ID = "io.adtopo.ui";

    private static AdtopoUiPlugin plugin;
    private ConnectionRegistry connections;
    private TopologyService topologies;
    private ValidationService validation;
    private ChangeLog changeLog;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        plugin = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        if (topologies != null) {
            topologies.dispose();
            topologies = null;
        }
        if (connections != null) {
            connections.dispose();
            connections = null;
        }
        plugin = null;
        super.stop(context);
    }

    public static AdtopoUiPlugin getDefault() {
        return plugin;
    }

    /** The connections of every catalog (Directory Studio's, adtopo's preferences, ...). */
    public synchronized ConnectionRegistry connections() {
        if (connections == null) {
            connections = ConnectionRegistry.fromExtensions();
        }
        return connections;
    }

    /** The topology of each connection, shared by views and checks. */
    public synchronized TopologyService topologies() {
        if (topologies == null) {
            topologies = new TopologyService(connections());
            validation = new ValidationService(new ProblemMarkers());
            topologies.addListener(validation);
        }
        return topologies;
    }

    /** The checks run on every topology loaded; their problems are markers. */
    public synchronized ValidationService validation() {
        topologies();
        return validation;
    }

    /** Every change adtopo wrote, with its reverse: changes.ldif in the bundle's state location. */
    public synchronized ChangeLog changeLog() {
        if (changeLog == null) {
            changeLog = new ChangeLog(getStateLocation().append("changes.ldif").toFile().toPath());
        }
        return changeLog;
    }
}
