package io.adtopo.studio;

import java.lang.reflect.Method;
import java.util.Optional;

import org.apache.directory.studio.connection.core.Connection;
import org.eclipse.core.runtime.IAdaptable;

/**
 * What an element selected in Directory Studio's LDAP Browser or Connections view stands for: a connection
 * and, for an entry, search result or bookmark, a DN. Resolved without loading any LDAP Browser class: the
 * element adapts to {@link Connection}, and its DN comes from a {@code getDn()} method found reflectively
 * (it returns Directory API's {@code Dn}, read through {@code getName()}).
 */
public final class SelectedEntry {

    private final Connection connection;
    private final String dn;

    private SelectedEntry(Connection connection, String dn) {
        this.connection = connection;
        this.dn = dn;
    }

    public static Optional<SelectedEntry> of(Object element) {
        Connection connection = connectionOf(element);
        return connection == null ? Optional.empty() : Optional.of(new SelectedEntry(connection, dnOf(element)));
    }

    public Connection connection() {
        return connection;
    }

    /** The selected entry's DN; empty when a whole connection is selected. */
    public String dn() {
        return dn;
    }

    /** The adtopo connection key of the Studio connection ("studio/<id>"). */
    public String connectionKey() {
        return StudioProfiles.ORIGIN + "/" + connection.getConnectionParameter().getId();
    }

    private static Connection connectionOf(Object element) {
        if (element instanceof Connection) {
            return (Connection) element;
        }
        if (element instanceof IAdaptable) {
            Object adapted = ((IAdaptable) element).getAdapter(Connection.class);
            if (adapted instanceof Connection) {
                return (Connection) adapted;
            }
        }
        return null;
    }

    private static String dnOf(Object element) {
        Object dn = invoke(element, "getDn");
        if (dn == null) {
            return "";
        }
        Object name = invoke(dn, "getName");
        return name instanceof String ? (String) name : String.valueOf(dn);
    }

    private static Object invoke(Object target, String method) {
        try {
            Method m = target.getClass().getMethod(method);
            return m.getParameterCount() == 0 ? m.invoke(target) : null;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }
}
