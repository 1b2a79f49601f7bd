package io.adtopo.core.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectoryException.Kind;
import io.adtopo.core.ldap.SearchSpec;
import io.adtopo.core.testing.LdifDirectory;

/**
 * The reader split over more sessions reads the same topology as over one, puts the NTDS Settings,
 * connection and computer searches on the other sessions, hands the sites over before the servers, and
 * fails as a whole when another session fails.
 */
class TopologyReaderSplitTest {

    private static LdifDirectory fixture() {
        return LdifDirectory.fromResource(TopologyReaderSplitTest.class, "seed-forest.ldif");
    }

    @Test
    void theSplitReadEqualsTheSingleSessionRead() throws DirectoryException {
        Topology single = new TopologyReader().read(fixture(), new NullProgressMonitor());
        List<LdifDirectory> opened = new CopyOnWriteArrayList<>();
        LdifDirectory main = fixture();

        Topology split = new TopologyReader(() -> {
            LdifDirectory more = fixture();
            opened.add(more);
            return more;
        }).read(main, new NullProgressMonitor());

        assertEquals(describe(single), describe(split));
        assertEquals(2, opened.size());
        List<String> elsewhere = new ArrayList<>();
        opened.forEach(d -> d.searches().forEach(s -> elsewhere.add(s.filter())));
        assertTrue(elsewhere.contains("(objectClass=nTDSDSA)") && elsewhere.contains("(objectClass=nTDSConnection)")
                && elsewhere.contains(TopologyReader.COMPUTER_FILTER), elsewhere.toString());
        List<String> here = main.searches().stream().map(SearchSpec::filter).collect(Collectors.toList());
        assertTrue(here.contains("(objectClass=server)") && !here.contains("(objectClass=nTDSConnection)"),
                here.toString());
        assertTrue(opened.stream().noneMatch(LdifDirectory::isOpen), "the extra sessions are closed");
    }

    @Test
    void theSitesAreHandedOverBeforeTheServers() throws DirectoryException {
        List<Topology> early = new ArrayList<>();
        Topology whole = new TopologyReader().read(fixture(), new NullProgressMonitor(), early::add);

        assertEquals(1, early.size());
        assertEquals(whole.sites().stream().map(Site::name).collect(Collectors.toList()),
                early.get(0).sites().stream().map(Site::name).collect(Collectors.toList()));
        assertEquals(whole.siteLinks().size(), early.get(0).siteLinks().size());
        assertTrue(early.get(0).servers().isEmpty());
    }

    @Test
    void aFailingExtraSessionFailsTheRead() {
        DirectoryException refused = new DirectoryException(Kind.BIND_REFUSED, "refused");

        DirectoryException thrown = assertThrows(DirectoryException.class, () -> new TopologyReader(() -> {
            throw refused;
        }).read(fixture(), new NullProgressMonitor()));

        assertSame(refused, thrown);
    }

    private static String describe(Topology t) {
        StringBuilder out = new StringBuilder();
        t.sites().forEach(s -> out.append("site ").append(s.dn()).append('\n'));
        t.siteLinks().forEach(l -> out.append("link ").append(l.dn()).append(' ').append(l.cost()).append('\n'));
        for (Server server : t.servers()) {
            out.append("server ").append(server.dn()).append(' ').append(server.dnsHostName()).append(' ')
                    .append(server.serverReference()).append('\n');
            server.ntdsSettings().ifPresent(d -> {
                out.append("  dsa ").append(d.objectGuid()).append(' ').append(d.options()).append('\n');
                d.connections().forEach(c -> out.append("    from ").append(c.fromServerDn()).append('\n'));
            });
        }
        t.computers().forEach(c -> out.append("computer ").append(c.dn()).append(' ').append(c.dnsHostName())
                .append('\n'));
        t.partitions().forEach(p -> out.append("crossRef ").append(p.dn()).append('\n'));
        return out.toString();
    }
}
