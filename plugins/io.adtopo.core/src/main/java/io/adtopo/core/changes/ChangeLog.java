package io.adtopo.core.changes;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every change adtopo wrote, appended to one LDIF file with the change that undoes it, so an administrator
 * can read, replay or reverse them with any LDAP tool. Each record is a header of "# key: value" comments,
 * then the change, then its reverse. Records are only appended (an undo is a record of its own).
 */
public final class ChangeLog {

    private static final String RECORD = "# adtopo change ";
    private static final String REVERSE = "# reverse of change ";

    private final Path file;

    public ChangeLog(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Appends a record of a change that was written, with its reverse; returns it. */
    public synchronized ChangeRecord append(ChangeRecord.Kind kind, int undoes, String connection, String server,
            String description, EntryChange change, EntryChange reverse) throws IOException {
        List<ChangeRecord> existing = records();
        int id = existing.isEmpty() ? 1 : existing.get(existing.size() - 1).id() + 1;
        ChangeRecord record = new ChangeRecord(id, kind, undoes, Instant.now(), connection, server, description,
                change, reverse);
        StringBuilder out = new StringBuilder();
        if (existing.isEmpty() && (!Files.exists(file) || Files.size(file) == 0)) {
            out.append("# The change log of adtopo: each change it wrote to a directory, then the change that"
                    + " undoes it.\nversion: 1\n");
        }
        out.append('\n').append(RECORD).append(id).append('\n');
        header(out, "kind", kind.name().toLowerCase(java.util.Locale.ROOT));
        header(out, "undoes", String.valueOf(undoes));
        header(out, "time", record.time().toString());
        header(out, "connection", connection);
        header(out, "server", server);
        header(out, "what", description);
        out.append(change.toLdif()).append('\n').append(REVERSE).append(id).append('\n').append(reverse.toLdif());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, out.toString().getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return record;
    }

    private static void header(StringBuilder out, String key, String value) {
        out.append("# ").append(key).append(": ").append(value.replace('\n', ' ').replace('\r', ' ')).append('\n');
    }

    /** Every record, oldest first. */
    public synchronized List<ChangeRecord> records() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return ChangeLogParser.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }

    /** The most recent fix that no undo record has undone yet. */
    public synchronized Optional<ChangeRecord> lastUndoable() throws IOException {
        List<ChangeRecord> records = records();
        Set<Integer> undone = new HashSet<>();
        for (ChangeRecord record : records) {
            if (record.kind() == ChangeRecord.Kind.UNDO) {
                undone.add(record.undoes());
            }
        }
        for (int i = records.size() - 1; i >= 0; i--) {
            ChangeRecord record = records.get(i);
            if (record.kind() == ChangeRecord.Kind.FIX && !undone.contains(record.id())) {
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }

    static String recordMarker() {
        return RECORD;
    }

    static String reverseMarker() {
        return REVERSE;
    }

    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        try (java.io.BufferedReader reader = new java.io.BufferedReader(new StringReader(text))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }
}
