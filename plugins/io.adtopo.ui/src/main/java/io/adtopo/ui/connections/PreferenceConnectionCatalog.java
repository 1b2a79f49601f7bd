package io.adtopo.ui.connections;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

import io.adtopo.core.connection.CatalogListener;
import io.adtopo.core.connection.ConnectionCatalog;
import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Credentials;
import io.adtopo.core.connection.CredentialsUnavailableException;
import io.adtopo.core.connection.Encryption;
import io.adtopo.core.connection.TlsTrust;
import io.adtopo.ui.internal.AdtopoUiPlugin;
import io.adtopo.ui.internal.Messages;
import io.adtopo.ui.internal.UiLog;

/**
 * Connections entered in adtopo's own preferences, for a workbench without Directory Studio. Profiles live in
 * the instance preferences (no secrets there); a password is asked for on first use and kept in memory until
 * the workbench closes.
 */
public final class PreferenceConnectionCatalog implements ConnectionCatalog {

    public static final String ID = "adtopo";
    private static final String NODE = "connections";

    private final List<CatalogListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, char[]> sessionPasswords = new ConcurrentHashMap<>();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "adtopo preferences";
    }

    @Override
    public List<ConnectionProfile> profiles() {
        List<ConnectionProfile> profiles = new ArrayList<>();
        Preferences node = node();
        try {
            for (String id : node.childrenNames()) {
                Preferences p = node.node(id);
                try {
                    profiles.add(new ConnectionProfile(id, p.get("name", id), p.get("host", ""),
                            p.getInt("port", 389), Encryption.valueOf(p.get("encryption", "NONE")),
                            p.get("bindPrincipal", ""), p.getBoolean("readOnly", false), ID));
                } catch (IllegalArgumentException e) {
                    UiLog.warning("Skipping the unusable adtopo connection " + id + ": " + e.getMessage());
                }
            }
        } catch (BackingStoreException e) {
            UiLog.error("Cannot read adtopo's connections", e);
        }
        profiles.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return profiles;
    }

    /** Replaces every stored connection with these (the preference page's OK). */
    public void replaceAll(List<ConnectionProfile> profiles) {
        IEclipsePreferences node = node();
        try {
            for (String id : node.childrenNames()) {
                node.node(id).removeNode();
            }
            for (ConnectionProfile profile : profiles) {
                Preferences p = node.node(profile.id());
                p.put("name", profile.name());
                p.put("host", profile.host());
                p.putInt("port", profile.port());
                p.put("encryption", profile.encryption().name());
                p.put("bindPrincipal", profile.bindPrincipal());
                p.putBoolean("readOnly", profile.readOnly());
                sessionPasswords.remove(profile.id());
            }
            node.flush();
        } catch (BackingStoreException e) {
            UiLog.error("Cannot store adtopo's connections", e);
        }
        listeners.forEach(l -> l.catalogChanged(this));
    }

    /** A new id for a connection entered by the user. */
    public static String newId() {
        return UUID.randomUUID().toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public Credentials credentials(ConnectionProfile profile) throws CredentialsUnavailableException {
        if (profile.isAnonymous()) {
            return Credentials.anonymous();
        }
        char[] known = sessionPasswords.get(profile.id());
        if (known == null) {
            known = askPassword(profile);
            sessionPasswords.put(profile.id(), known);
        }
        return Credentials.of(profile.bindPrincipal(), known);
    }

    private static char[] askPassword(ConnectionProfile profile) throws CredentialsUnavailableException {
        Display display = Display.getDefault();
        char[][] answer = new char[1][];
        display.syncExec(() -> {
            PasswordDialog dialog = new PasswordDialog(display.getActiveShell(),
                    NLS.bind(Messages.Connection_passwordTitle, profile.name()),
                    NLS.bind(Messages.Connection_passwordPrompt, profile.bindPrincipal(), profile.url()));
            if (dialog.open() == PasswordDialog.OK) {
                answer[0] = dialog.password();
            }
        });
        if (answer[0] == null) {
            throw new CredentialsUnavailableException(NLS.bind(Messages.Connection_cancelled, profile.name()));
        }
        return answer[0];
    }

    @Override
    public void credentialsRejected(ConnectionProfile profile) {
        char[] old = sessionPasswords.remove(profile.id());
        if (old != null) {
            java.util.Arrays.fill(old, '\0');
        }
    }

    @Override
    public TlsTrust trust(ConnectionProfile profile) {
        return TlsTrust.jdkDefault();
    }

    @Override
    public void addListener(CatalogListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(CatalogListener listener) {
        listeners.remove(listener);
    }

    private static IEclipsePreferences node() {
        return (IEclipsePreferences) InstanceScope.INSTANCE.getNode(AdtopoUiPlugin.ID).node(NODE);
    }
}
