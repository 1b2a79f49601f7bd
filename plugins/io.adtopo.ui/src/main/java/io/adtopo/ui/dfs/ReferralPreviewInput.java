package io.adtopo.ui.dfs;

import java.util.Locale;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import io.adtopo.ui.connections.ConnectionRef;

/** What a referral preview editor shows: one root or folder of a namespace, read through one connection. */
public final class ReferralPreviewInput implements IEditorInput {

    private final ConnectionRef connection;
    private final String namespaceDn;
    private final String folderDn;
    private final String path;
    private final String clientSiteDn;

    /** clientSiteDn: the site to preview first, or null for the site of the DC the connection reads. */
    public ReferralPreviewInput(ConnectionRef connection, String namespaceDn, String folderDn, String path,
            String clientSiteDn) {
        this.connection = Objects.requireNonNull(connection);
        this.namespaceDn = Objects.requireNonNull(namespaceDn);
        this.folderDn = Objects.requireNonNull(folderDn);
        this.path = Objects.requireNonNull(path);
        this.clientSiteDn = clientSiteDn;
    }

    public ConnectionRef connection() {
        return connection;
    }

    public String namespaceDn() {
        return namespaceDn;
    }

    public String folderDn() {
        return folderDn;
    }

    /** {@code \\contoso.test\Public\Software}. */
    public String path() {
        return path;
    }

    public String clientSiteDn() {
        return clientSiteDn;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return path.substring(path.lastIndexOf('\\') + 1);
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return path + " (" + connection.profile().name() + ")";
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    /** One editor per connection and folder: opening the same folder again activates it. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ReferralPreviewInput && ((ReferralPreviewInput) o).connection.equals(connection)
                && ((ReferralPreviewInput) o).folderDn.equalsIgnoreCase(folderDn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(connection, folderDn.toLowerCase(Locale.ROOT));
    }
}
