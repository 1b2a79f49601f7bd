package io.adtopo.core.replication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads the fixtures beside this package: real repsFrom values (base64) and XML neighbor values. */
final class ReplicationFixtures {

    static final String HOUDC1 = "HOUDC1";
    static final String DOMAIN_NC = "DC=contoso,DC=test";
    static final String CONFIGURATION_NC = "CN=Configuration,DC=contoso,DC=test";
    static final String SCHEMA_NC = "CN=Schema,CN=Configuration,DC=contoso,DC=test";
    static final String DOMAIN_DNS_ZONES_NC = "DC=DomainDnsZones,DC=contoso,DC=test";

    /** LIVDC1's DSA GUID and invocationId: fixed by the test forest's provision. */
    static final UUID LIVDC1_DSA = UUID.fromString("e1c5ad4d-1b35-45a2-8d78-c403d23044de");
    static final UUID LIVDC1_INVOCATION_ID = UUID.fromString("c8e6facb-13aa-4466-b053-57fab4f9f1ad");
    static final String LIVDC1_ADDRESS = "e1c5ad4d-1b35-45a2-8d78-c403d23044de._msdcs.contoso.test";

    private ReplicationFixtures() {
    }

    static String text(String name) {
        try (InputStream in = ReplicationFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A base64 fixture without its {@code #} comment lines, decoded. */
    static byte[] blob(String name) {
        String base64 = text(name).lines().filter(line -> !line.startsWith("#")).collect(Collectors.joining());
        return Base64.getMimeDecoder().decode(base64);
    }

    static byte[] domainBlob() {
        return blob("houdc1-domain.b64");
    }

    static byte[] configurationBlob() {
        return blob("houdc1-configuration.b64");
    }

    static byte[] schemaBlob() {
        return blob("houdc1-schema.b64");
    }

    static byte[] domainDnsZonesBlob() {
        return blob("houdc1-domaindnszones.b64");
    }
}
