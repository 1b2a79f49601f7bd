package io.adtopo.studio;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;

import org.apache.directory.api.ldap.model.exception.LdapInvalidDnException;
import org.apache.directory.api.ldap.model.name.Dn;
import org.apache.directory.studio.connection.core.Connection;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;

/**
 * Opens an entry in Directory Studio's entry editor. The LDAP Browser's classes are reached only through its
 * bundles, by name, so nothing else in adtopo depends on them: Studio 2.0.0-M17's {@code BrowserCorePlugin}
 * gives the browser connection of a {@link Connection}, its cache (or a not-yet-read entry) gives the
 * {@code IEntry}, and {@code BrowserUIPlugin}'s entry editor manager opens it, as Studio's own "Open Entry"
 * does. Verified by reading Studio M17's source: the 2013 LDAP Browser on Maven Central cannot start here.
 */
public final class StudioEntryEditor {

    static final String BROWSER_CORE = "org.apache.directory.studio.ldapbrowser.core";
    static final String BROWSER_UI = "org.apache.directory.studio.ldapbrowser.ui";
    private static final String MODEL = BROWSER_CORE + ".model.";

    private StudioEntryEditor() {
    }

    /** True when Directory Studio's LDAP Browser is installed and can start. */
    public static boolean isAvailable() {
        return started(BROWSER_CORE) != null && started(BROWSER_UI) != null;
    }

    /** Opens the entry; the status says why not when it cannot. */
    public static IStatus open(Connection connection, String dn) {
        Bundle core = started(BROWSER_CORE);
        Bundle ui = started(BROWSER_UI);
        if (core == null || ui == null) {
            return new Status(IStatus.WARNING, "io.adtopo.studio",
                    "Directory Studio's LDAP Browser is not available here: open " + dn + " from Studio's LDAP Browser.");
        }
        try {
            Dn name = new Dn(dn);
            Class<?> corePlugin = core.loadClass(BROWSER_CORE + ".BrowserCorePlugin");
            Object browserCore = corePlugin.getMethod("getDefault").invoke(null);
            Object connections = corePlugin.getMethod("getConnectionManager").invoke(browserCore);
            Object browserConnection = connections.getClass().getMethod("getBrowserConnection", Connection.class)
                    .invoke(connections, connection);
            Class<?> connectionType = core.loadClass(MODEL + "IBrowserConnection");
            Object entry = connectionType.getMethod("getEntryFromCache", Dn.class).invoke(browserConnection, name);
            if (entry == null) {
                entry = core.loadClass(MODEL + "impl.DummyEntry").getConstructor(Dn.class, connectionType)
                        .newInstance(name, browserConnection);
            }
            Class<?> uiPlugin = ui.loadClass(BROWSER_UI + ".BrowserUIPlugin");
            Object browserUi = uiPlugin.getMethod("getDefault").invoke(null);
            Object editors = uiPlugin.getMethod("getEntryEditorManager").invoke(browserUi);
            Object entries = Array.newInstance(core.loadClass(MODEL + "IEntry"), 1);
            Array.set(entries, 0, entry);
            Object results = Array.newInstance(core.loadClass(MODEL + "ISearchResult"), 0);
            Object bookmarks = Array.newInstance(core.loadClass(MODEL + "IBookmark"), 0);
            editors.getClass().getMethod("openEntryEditor", entries.getClass(), results.getClass(), bookmarks.getClass())
                    .invoke(editors, entries, results, bookmarks);
            return Status.OK_STATUS;
        } catch (LdapInvalidDnException e) {
            return new Status(IStatus.ERROR, "io.adtopo.studio", "Not a valid DN: " + dn, e);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
            return new Status(IStatus.ERROR, "io.adtopo.studio",
                    "Directory Studio's entry editor could not open " + dn + ": " + cause, cause);
        }
    }

    private static Bundle started(String name) {
        Bundle bundle = Platform.getBundle(name);
        if (bundle == null) {
            return null;
        }
        if (bundle.getState() != Bundle.ACTIVE) {
            try {
                bundle.start(Bundle.START_TRANSIENT);
            } catch (Exception e) {
                return null;
            }
        }
        return bundle.getState() == Bundle.ACTIVE ? bundle : null;
    }
}
