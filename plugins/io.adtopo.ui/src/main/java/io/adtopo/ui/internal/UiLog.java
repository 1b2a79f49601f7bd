package io.adtopo.ui.internal;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** The one place the UI bundle writes to the Eclipse error log. */
public final class UiLog {

    private UiLog() {
    }

    public static void error(String message, Throwable failure) {
        log(new Status(IStatus.ERROR, AdtopoUiPlugin.ID, message, failure));
    }

    public static void warning(String message) {
        log(new Status(IStatus.WARNING, AdtopoUiPlugin.ID, message));
    }

    public static IStatus errorStatus(String message, Throwable failure) {
        return new Status(IStatus.ERROR, AdtopoUiPlugin.ID, message, failure);
    }

    private static void log(IStatus status) {
        AdtopoUiPlugin plugin = AdtopoUiPlugin.getDefault();
        if (plugin != null) {
            plugin.getLog().log(status);
        }
    }
}
