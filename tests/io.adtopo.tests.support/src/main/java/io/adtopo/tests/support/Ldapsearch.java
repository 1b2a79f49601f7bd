package io.adtopo.tests.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs OpenLDAP's {@code ldapsearch} against the test forest, as an independent witness of what the
 * directory holds, and parses its LDIF (unwrapped, base64 values decoded).
 */
public final class Ldapsearch {

    /** One entry of ldapsearch's output: DN and values (binary values as raw bytes). */
    public static final class Entry {
        public final String dn;
        public final Map<String, List<byte[]>> values = new LinkedHashMap<>();

        Entry(String dn) {
            this.dn = dn;
        }

        public List<String> strings(String attribute) {
            List<String> out = new ArrayList<>();
            for (byte[] value : values.getOrDefault(attribute.toLowerCase(Locale.ROOT), List.of())) {
                out.add(new String(value, StandardCharsets.UTF_8));
            }
            return out;
        }

        public byte[] bytes(String attribute) {
            List<byte[]> list = values.getOrDefault(attribute.toLowerCase(Locale.ROOT), List.of());
            return list.isEmpty() ? null : list.get(0);
        }
    }

    private Ldapsearch() {
    }

    /** ldapsearch as the forest administrator against DC 1 or 2, plain LDAP, subtree; returns the entries. */
    public static List<Entry> search(TestForest forest, int dc, String base, String filter, String... attributes)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ldapsearch", "-LLL", "-o", "ldif-wrap=no", "-x", "-H",
                "ldap://" + forest.address(dc) + ":" + forest.get("dc" + dc + ".ldap.port"), "-D", forest.adminDn(),
                "-y", passwordFile(forest).toString(), "-E", "pr=1000/noprompt", "-b", base, filter));
        command.addAll(List.of(attributes));
        return parse(run(command));
    }

    private static Path passwordFile(TestForest forest) throws IOException {
        Path file = java.nio.file.Files.createTempFile("adtopo-forest", ".pw");
        file.toFile().deleteOnExit();
        java.nio.file.Files.write(file, forest.adminPassword().getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IOException(command.get(0) + " exited " + process.exitValue() + ": "
                    + new String(err, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    static List<Entry> parse(String ldif) {
        List<Entry> entries = new ArrayList<>();
        Entry current = null;
        for (String line : ldif.split("\n")) {
            if (line.isEmpty()) {
                current = null;
                continue;
            }
            if (line.startsWith("#") || line.startsWith(" ")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = line.substring(0, colon);
            boolean base64 = line.startsWith("::", colon);
            String raw = line.substring(colon + (base64 ? 2 : 1)).trim();
            byte[] value = base64 ? Base64.getDecoder().decode(raw) : raw.getBytes(StandardCharsets.UTF_8);
            if (name.equalsIgnoreCase("dn")) {
                current = new Entry(new String(value, StandardCharsets.UTF_8));
                entries.add(current);
            } else if (current != null) {
                current.values.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(value);
            }
        }
        return entries;
    }
}
