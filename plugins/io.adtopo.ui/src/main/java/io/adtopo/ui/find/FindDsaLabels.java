package io.adtopo.ui.find;

import org.eclipse.osgi.util.NLS;

import io.adtopo.core.diagnostics.MessageLookup;
import io.adtopo.core.topology.DsaMatch;
import io.adtopo.core.topology.Topology;
import io.adtopo.ui.internal.Messages;

/** The words of the find dialog's result table. */
final class FindDsaLabels {

    private FindDsaLabels() {
    }

    static String kind(MessageLookup.Row row) {
        switch (row.finding().kind()) {
        case DSA_GUID:
            return Messages.Find_kindDsaGuid;
        case INVOCATION_ID:
            return Messages.Find_kindInvocationId;
        case MSDCS_NAME:
            return Messages.Find_kindMsdcs;
        case SITE_SERVER:
            return Messages.Find_kindSiteServer;
        case NTDS_SETTINGS_DN:
            return Messages.Find_kindNtdsDn;
        default:
            return Messages.Find_kindGuid;
        }
    }

    static String found(MessageLookup.Row row, Topology topology) {
        DsaMatch match = row.match();
        switch (match.kind()) {
        case LIVE:
            return topology.siteQualifiedName(match.live().orElseThrow());
        case DELETED:
            return NLS.bind(Messages.Find_deleted, match.deletedSiteName().orElse("?") + "\\"
                    + match.deletedServerName().orElse("?"), match.lastKnownParent().orElse(""));
        default:
            return Messages.Find_notFound;
        }
    }
}
