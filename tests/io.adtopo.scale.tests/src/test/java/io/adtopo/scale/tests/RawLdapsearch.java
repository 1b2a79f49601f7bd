package io.adtopo.scale.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.adtopo.core.ldap.SearchSpec;

/**
 * OpenLDAP's ldapsearch, run as a user would to read the same entries and attributes: simple bind, paged
 * results of 1000, LDIF read to the end (counted, not kept).
 */
final class RawLdapsearch {

    private final ScaleDirectory dc;
    private final Path passwordFile;

    RawLdapsearch(ScaleDirectory dc) throws IOException {
        this.dc = dc;
        this.passwordFile = Files.createTempFile("adtopo-scale", ".pw");
        passwordFile.toFile().deleteOnExit();
        Files.write(passwordFile, dc.get("admin.password").getBytes(StandardCharsets.UTF_8));
    }

    /** Runs the search and returns how many entries it printed. */
    long run(SearchSpec spec) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ldapsearch", "-LLL", "-o", "ldif-wrap=no", "-x", "-H",
                "ldap://" + dc.get("address") + ":" + dc.get("ldap.port"), "-D", dc.get("admin.dn"), "-y",
                passwordFile.toString(), "-E", "pr=" + spec.pageSize() + "/noprompt", "-s", scope(spec), "-b",
                spec.base(), spec.filter()));
        command.addAll(spec.attributes());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long entries = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("dn:")) {
                    entries++;
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 && exit != 32) { // 32: no such object, as the reader tolerates for optional containers
            throw new IOException("ldapsearch exited " + exit + " for " + spec);
        }
        return entries;
    }

    private static String scope(SearchSpec spec) {
        switch (spec.scope()) {
        case BASE:
            return "base";
        case ONE_LEVEL:
            return "one";
        default:
            return "sub";
        }
    }
}
