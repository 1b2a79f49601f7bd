package io.adtopo.ui.connections;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import io.adtopo.core.dns.AddressBook;
import io.adtopo.ui.internal.AdtopoUiPlugin;
import io.adtopo.ui.internal.UiLog;

/**
 * The addresses the user sets for hosts no resolver finds ({@code host = address} lines), kept in adtopo's
 * instance preferences: the last resort when a referral or a DC is reached by name.
 */
public final class HostAddresses {

    static final String KEY = "hostAddresses";

    private HostAddresses() {
    }

    public static String text() {
        return node().get(KEY, "");
    }

    /** The address book; lines that do not parse make an empty book (the preference page refuses them). */
    public static AddressBook load() {
        try {
            return AddressBook.parse(text());
        } catch (IllegalArgumentException e) {
            UiLog.warning("Ignoring the host addresses in the preferences: " + e.getMessage());
            return AddressBook.empty();
        }
    }

    /** Stores the lines after checking them; IllegalArgumentException when a line is not host = address. */
    public static void store(String text) {
        AddressBook.parse(text);
        node().put(KEY, text);
        try {
            node().flush();
        } catch (BackingStoreException e) {
            UiLog.warning("Could not save the host addresses: " + e.getMessage());
        }
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(AdtopoUiPlugin.ID);
    }
}
