package io.adtopo.core.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.topology.DsaLookup;
import io.adtopo.core.topology.DsaMatch;

/**
 * Looks up every DSA a pasted message names (GUIDs, {@code _msdcs} names, Site\DC names, NTDS Settings DNs)
 * in a topology, live or deleted: the seed article's options A to D in one step.
 */
public final class MessageLookup {

    /** One thing the message named and what it turned out to be. */
    public static final class Row {
        private final Finding finding;
        private final DsaMatch match;

        Row(Finding finding, DsaMatch match) {
            this.finding = finding;
            this.match = match;
        }

        public Finding finding() {
            return finding;
        }

        public DsaMatch match() {
            return match;
        }
    }

    private MessageLookup() {
    }

    /** Looks up each finding that can name a DSA, in the order they appear in the text. */
    public static List<Row> lookUp(DiagnosticText text, DsaLookup lookup) throws DirectoryException {
        List<Row> rows = new ArrayList<>();
        for (Finding finding : text.findings()) {
            DsaMatch match = match(finding, lookup);
            if (match != null) {
                rows.add(new Row(finding, match));
            }
        }
        return Collections.unmodifiableList(rows);
    }

    private static DsaMatch match(Finding finding, DsaLookup lookup) throws DirectoryException {
        switch (finding.kind()) {
        case DSA_GUID:
        case INVOCATION_ID:
        case GUID:
            return lookup.byGuid(finding.guid().orElseThrow());
        case MSDCS_NAME:
            UUID guid = finding.guid().orElseThrow();
            return lookup.byMsdcsName(guid, finding.forest().orElse(""));
        case SITE_SERVER:
        case NTDS_SETTINGS_DN:
            if (finding.site().isPresent() && finding.server().isPresent()) {
                return lookup.bySiteAndServer(finding.site().get(), finding.server().get());
            }
            return null;
        default:
            return null;
        }
    }
}
