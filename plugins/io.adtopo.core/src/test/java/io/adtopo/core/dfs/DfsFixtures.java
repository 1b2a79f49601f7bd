package io.adtopo.core.dfs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.adtopo.core.testing.LdifDirectory;

/** The test forest's sites, DNS records and DFS namespaces as one DC's copy (contoso-test-dfs.ldif). */
public final class DfsFixtures {

    public static final String DOMAIN = "DC=contoso,DC=test";
    public static final String SITES = "CN=Sites,CN=Configuration," + DOMAIN;
    public static final String DFS = "CN=Dfs-Configuration,CN=System," + DOMAIN;

    private DfsFixtures() {
    }

    public static LdifDirectory forest() {
        return LdifDirectory.parse(text());
    }

    /** The same forest with "Bridge all site links" off (IP transport options 2). */
    public static LdifDirectory forestWithBridgesRequired() {
        String text = text();
        String transport = "objectClass: interSiteTransport\n";
        if (!text.contains(transport)) {
            throw new IllegalStateException("the fixture has no IP transport");
        }
        return LdifDirectory.parse(text.replace(transport, transport + "options: 2\n"));
    }

    public static String site(String name) {
        return "CN=" + name + "," + SITES;
    }

    private static String text() {
        try (InputStream in = DfsFixtures.class.getResourceAsStream("contoso-test-dfs.ldif")) {
            if (in == null) {
                throw new IllegalStateException("no fixture contoso-test-dfs.ldif");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
