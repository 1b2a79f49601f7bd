package io.adtopo.core.changes;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.directory.api.ldap.model.entry.Attribute;
import org.apache.directory.api.ldap.model.entry.Value;
import org.apache.directory.api.ldap.model.exception.LdapException;
import org.apache.directory.api.ldap.model.ldif.LdifEntry;
import org.apache.directory.api.ldap.model.ldif.LdifReader;

/** Reads the records of a change log back: headers, then the two LDIF change records of each. */
final class ChangeLogParser {

    private ChangeLogParser() {
    }

    static List<ChangeRecord> parse(String text) throws IOException {
        List<ChangeRecord> records = new ArrayList<>();
        Map<String, String> header = null;
        StringBuilder change = null;
        StringBuilder reverse = null;
        StringBuilder current = null;
        for (String line : ChangeLog.lines(text)) {
            if (line.startsWith(ChangeLog.recordMarker())) {
                add(records, header, change, reverse);
                header = new HashMap<>();
                header.put("id", line.substring(ChangeLog.recordMarker().length()).trim());
                change = new StringBuilder();
                reverse = new StringBuilder();
                current = change;
            } else if (line.startsWith(ChangeLog.reverseMarker())) {
                current = reverse;
            } else if (header != null && line.startsWith("# ") && current == change && change.length() == 0) {
                int colon = line.indexOf(':');
                if (colon > 2) {
                    header.put(line.substring(2, colon).trim(), line.substring(colon + 1).trim());
                }
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        add(records, header, change, reverse);
        return records;
    }

    private static void add(List<ChangeRecord> records, Map<String, String> h, StringBuilder change,
            StringBuilder reverse) throws IOException {
        if (h == null) {
            return;
        }
        records.add(new ChangeRecord(Integer.parseInt(h.get("id")),
                ChangeRecord.Kind.valueOf(h.getOrDefault("kind", "fix").toUpperCase(Locale.ROOT)),
                Integer.parseInt(h.getOrDefault("undoes", "0")), Instant.parse(h.get("time")),
                h.getOrDefault("connection", ""), h.getOrDefault("server", ""), h.getOrDefault("what", ""),
                changeOf(change.toString()), changeOf(reverse.toString())));
    }

    private static EntryChange changeOf(String ldif) throws IOException {
        try (LdifReader reader = new LdifReader()) {
            List<LdifEntry> entries = reader.parseLdif("version: 1\n\n" + ldif.trim() + "\n");
            if (entries.size() != 1 || !entries.get(0).isChangeModify()) {
                throw new IOException("not one modify record: " + ldif);
            }
            LdifEntry entry = entries.get(0);
            List<Modification> mods = new ArrayList<>();
            for (org.apache.directory.api.ldap.model.entry.Modification m : entry.getModifications()) {
                Attribute attribute = m.getAttribute();
                List<String> values = new ArrayList<>();
                for (Value value : attribute) {
                    values.add(value.getString());
                }
                String[] array = values.toArray(new String[0]);
                switch (m.getOperation()) {
                case ADD_ATTRIBUTE:
                    mods.add(Modification.add(attribute.getUpId(), array));
                    break;
                case REMOVE_ATTRIBUTE:
                    mods.add(Modification.delete(attribute.getUpId(), array));
                    break;
                default:
                    mods.add(Modification.replace(attribute.getUpId(), array));
                }
            }
            return new EntryChange(entry.getDn().getName(), mods);
        } catch (LdapException e) {
            throw new IOException("the change log holds a record that is not LDIF: " + e.getMessage(), e);
        }
    }
}
