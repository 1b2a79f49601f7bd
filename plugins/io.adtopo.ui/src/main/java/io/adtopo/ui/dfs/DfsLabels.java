package io.adtopo.ui.dfs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.adtopo.core.dfs.DfsFolder;
import io.adtopo.core.dfs.DfsNamespace;
import io.adtopo.core.dfs.DfsTarget;
import io.adtopo.core.dfs.ReferralSettings;
import io.adtopo.ui.internal.Messages;

/** The columns of the DFS Namespaces view. */
final class DfsLabels {

    private DfsLabels() {
    }

    static String path(Object element) {
        if (element instanceof DfsNamespace) {
            return ((DfsNamespace) element).path();
        }
        if (element instanceof FolderNode) {
            DfsFolder folder = ((FolderNode) element).folder();
            return folder.isRoot() ? Messages.Dfs_root : folder.linkPath().substring(1).replace('/', '\\');
        }
        return "";
    }

    static String ordering(Object element) {
        if (element instanceof FolderNode) {
            FolderNode node = (FolderNode) element;
            ReferralSettings settings = node.namespace().settingsOf(node.folder());
            return settings.method().label() + " (" + settings.origin() + ")";
        }
        if (element instanceof DfsNamespace && !((DfsNamespace) element).isPreviewable()) {
            return Messages.Dfs_notPreviewed;
        }
        return "";
    }

    static String targetCount(Object element) {
        if (element instanceof FolderNode) {
            DfsFolder folder = ((FolderNode) element).folder();
            if (folder.targetError().isPresent()) {
                return "?";
            }
            long offline = folder.targets().stream().filter(t -> !t.isOnline()).count();
            return offline == 0 ? String.valueOf(folder.targets().size())
                    : NLS.bind(Messages.Dfs_targetsOffline, folder.targets().size(), offline);
        }
        return "";
    }

    static String notes(Object element) {
        if (element instanceof DfsNamespace) {
            return ((DfsNamespace) element).notPreviewedReason().orElse("");
        }
        if (element instanceof FolderNode) {
            DfsFolder folder = ((FolderNode) element).folder();
            if (folder.targetError().isPresent()) {
                return folder.targetError().get();
            }
            List<String> hosts = new ArrayList<>();
            for (DfsTarget target : folder.targets()) {
                hosts.add(target.host());
            }
            return String.join(", ", hosts);
        }
        return "";
    }
}
