package io.adtopo.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.testing.LdifDirectory;
import io.adtopo.core.topology.DsaLookup;
import io.adtopo.core.topology.DsaMatch;
import io.adtopo.core.topology.Topology;
import io.adtopo.core.topology.TopologyReader;

/** The seed article's own example texts, looked up in the article's forest (the LDIF fixture). */
class MessageLookupTest {

    private Topology topology;
    private DsaLookup lookup;

    @BeforeEach
    void read() throws DirectoryException {
        LdifDirectory directory = LdifDirectory.fromResource(Topology.class, "seed-forest.ldif");
        topology = new TopologyReader().read(directory, new NullProgressMonitor());
        lookup = new DsaLookup(topology, directory);
    }

    @Test
    void event1411NamesTheDcOptionAPingsFind() throws Exception {
        assertEquals(List.of("3dab7f9b-92e7-4391-b8db-71df532c1493._msdcs.Contoso.com -> Houston\\DCSRV02"),
                rows("event-1411.txt"));
    }

    @Test
    void repadminOutputNamesTheDestinationAndBothPartners() throws Exception {
        assertEquals(List.of("139af056-538d-4bea-a78d-9ba81d9a0403 -> Liverpool\\LIVCONTOSODC",
                "e166f5b7-5adc-4670-b147-783ae1850263 -> Liverpool\\LIVCONTOSODC",
                "bd630d6d-f6c1-4958-971d-7e4671c3f93a -> Charlotte\\CONTOSOROOTDC1",
                "1eb475f2-1265-46af-a04c-be48aea706b0 -> Houston\\5THWARDCORPDC",
                "Liverpool\\LIVCONTOSODC -> Liverpool\\LIVCONTOSODC", "Charlotte\\CONTOSOROOTDC1 -> Charlotte\\CONTOSOROOTDC1",
                "Houston\\5THWARDCORPDC -> Houston\\5THWARDCORPDC").stream().sorted().collect(
                        java.util.stream.Collectors.toList()),
                rows("repadmin-showrepl.txt").stream().sorted().collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void aDcdiagWarningNamesTheSourceBySiteAndServer() throws Exception {
        assertEquals(List.of("CN=NTDS Settings,CN=DCSRV01,CN=Servers,CN=Default-First-Site-Name,CN=Sites,"
                + "CN=Configuration,DC=contoso,DC=com -> not found"), rows("dcdiag-event-0x80000785.txt"));
    }

    private List<String> rows(String resource) throws IOException, DirectoryException {
        List<String> out = new ArrayList<>();
        for (MessageLookup.Row row : MessageLookup.lookUp(DiagnosticText.parse(read(resource)), lookup)) {
            DsaMatch match = row.match();
            out.add(row.finding().value() + " -> " + (match.kind() == DsaMatch.Kind.LIVE
                    ? topology.siteQualifiedName(match.live().orElseThrow()) : "not found"));
        }
        return out;
    }

    private static String read(String name) throws IOException {
        try (InputStream in = MessageLookupTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
