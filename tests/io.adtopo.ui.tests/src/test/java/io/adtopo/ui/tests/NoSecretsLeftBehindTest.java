package io.adtopo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.adtopo.tests.support.TestForest;
import io.adtopo.ui.internal.AdtopoUiPlugin;

/**
 * Runs last among the workbench tests (see the module's class order), after every feature has run against
 * the forest with its known passwords: topology loads over LDAP and LDAPS, validation and a quick fix written
 * and undone, the DFS preview, referral chasing through the bind dialog, replication status. Then searches
 * the workspace (its log, the preference store, adtopo's change log and state) and the configuration area
 * for each password: as UTF-8 and UTF-16 text, in base64 at every alignment, in hex. There must be none.
 */
@Order(Integer.MAX_VALUE)
class NoSecretsLeftBehindTest {

    private final TestForest forest = TestForest.get();

    @Test
    void noPasswordIsWrittenAnywhereTheWorkbenchKeepsFiles() throws Exception {
        Platform.getPreferencesService().getRootNode().flush();
        Path changeLog = AdtopoUiPlugin.getDefault().changeLog().file();
        assertTrue(Files.isRegularFile(changeLog) && Files.size(changeLog) > 0, "the quick-fix tests ran before this"
                + " one and logged their writes (run the whole workbench module): " + changeLog);

        List<Path> roots = List.of(Paths.get(ResourcesPlugin.getWorkspace().getRoot().getLocation().toOSString()),
                Paths.get(Platform.getConfigurationLocation().getURL().getPath()));
        Map<String, List<byte[]>> secrets = new LinkedHashMap<>();
        // contoso's and fabrikam's administrators (the same text in this forest: counted once)
        for (String password : new LinkedHashSet<>(List.of(forest.adminPassword(1), forest.adminPassword(3)))) {
            secrets.put("password " + (secrets.size() + 1), encodings(password));
        }

        List<String> hits = new ArrayList<>();
        int files = 0;
        long bytes = 0;
        for (Path root : roots) {
            List<Path> found;
            try (Stream<Path> walk = Files.walk(root)) {
                found = walk.filter(Files::isRegularFile).collect(Collectors.toList());
            }
            for (Path file : found) {
                byte[] content = read(file);
                files++;
                bytes += content.length;
                for (Map.Entry<String, List<byte[]>> secret : secrets.entrySet()) {
                    for (byte[] form : secret.getValue()) {
                        if (indexOf(content, form) >= 0) {
                            hits.add(secret.getKey() + " as " + new String(form, StandardCharsets.ISO_8859_1) + " in "
                                    + root.relativize(file));
                        }
                    }
                }
            }
        }
        System.out.printf("Secrets: searched %d files (%d KB) of the workspace and configuration for %d password(s) in"
                + " %d forms each: %d hits%n", files, bytes / 1024, secrets.size(),
                secrets.values().iterator().next().size(), hits.size());
        assertTrue(files > 10, "the workspace was searched");
        assertEquals(List.of(), hits);
    }

    /** The password as text (UTF-8, UTF-16LE, UTF-16BE), base64 at the three alignments, hex both cases. */
    private static List<byte[]> encodings(String password) {
        List<byte[]> forms = new ArrayList<>();
        byte[] utf8 = password.getBytes(StandardCharsets.UTF_8);
        forms.add(utf8);
        forms.add(password.getBytes(StandardCharsets.UTF_16LE));
        forms.add(password.getBytes(StandardCharsets.UTF_16BE));
        for (int shift = 0; shift < 3; shift++) {
            byte[] shifted = new byte[shift + utf8.length];
            System.arraycopy(utf8, 0, shifted, shift, utf8.length);
            String base64 = Base64.getEncoder().withoutPadding().encodeToString(shifted);
            // drop the characters that also depend on the bytes around the password
            int from = shift == 0 ? 0 : (shift * 4 + 2) / 3;
            int to = base64.length() - 1;
            forms.add(base64.substring(from, to).getBytes(StandardCharsets.US_ASCII));
        }
        StringBuilder hex = new StringBuilder();
        for (byte b : utf8) {
            hex.append(String.format("%02x", b));
        }
        forms.add(hex.toString().getBytes(StandardCharsets.US_ASCII));
        forms.add(hex.toString().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        return forms;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return new byte[0]; // a lock file or one that went away while walking
        }
    }

    private static int indexOf(byte[] content, byte[] form) {
        outer:
        for (int i = 0; i + form.length <= content.length; i++) {
            for (int j = 0; j < form.length; j++) {
                if (content[i + j] != form[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
