package io.adtopo.core.dfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.LdapEntry;
import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.testing.LdifDirectory;

/** Reading the test forest's namespaces from CN=Dfs-Configuration. */
class DfsReaderTest {

    private static List<DfsNamespace> read(LdifDirectory directory) throws DirectoryException {
        return new DfsReader().read(directory, DfsFixtures.DOMAIN, new NullProgressMonitor());
    }

    @Test
    void readsTheV2NamespaceWithItsFoldersAndListsTheFtDfsOneAsNotPreviewed() throws DirectoryException {
        List<DfsNamespace> namespaces = read(DfsFixtures.forest());
        assertEquals(List.of("\\\\contoso.test\\Legacy", "\\\\contoso.test\\Public"),
                namespaces.stream().map(DfsNamespace::path).collect(Collectors.toList()));
        DfsNamespace legacy = namespaces.get(0);
        assertEquals(DfsNamespace.Kind.FT_DFS, legacy.kind());
        assertFalse(legacy.isPreviewable());
        assertTrue(legacy.notPreviewedReason().orElseThrow().contains("fTDfs"));

        DfsNamespace ns = namespaces.get(1);
        assertTrue(ns.isPreviewable());
        assertEquals(UUID.fromString("558b5caa-c276-4f61-aa2d-fa6c31c857ba"), ns.identity().orElseThrow());
        DfsFolder root = ns.root().orElseThrow();
        assertTrue(root.isRoot());
        assertEquals(300, root.ttlSeconds());
        assertTrue(root.properties().siteCosting());
        assertEquals(List.of("\\\\livdc1.contoso.test\\Public", "\\\\houdc1.contoso.test\\Public"),
                root.targets().stream().map(DfsTarget::unc).collect(Collectors.toList()));
        assertEquals(List.of("\\\\contoso.test\\Public\\Archive", "\\\\contoso.test\\Public\\Software"),
                ns.folders().stream().map(DfsFolder::path).collect(Collectors.toList()));
    }

    @Test
    void foldersInheritTheRootsMethodOrExcludeTargetsOutsideTheSite() throws DirectoryException {
        DfsNamespace ns = read(DfsFixtures.forest()).get(1);
        DfsFolder archive = ns.folders().get(0);
        DfsFolder software = ns.folders().get(1);
        assertEquals("/Software", software.linkPath());
        assertEquals(1800, software.ttlSeconds());
        assertEquals(9, software.targets().size());
        assertEquals(OrderingMethod.LOWEST_COST, ns.settingsOf(software).method());
        assertEquals("inherited from the namespace root", ns.settingsOf(software).origin());
        assertEquals(OrderingMethod.EXCLUDE_OUTSIDE_SITE, ns.settingsOf(archive).method());
        assertTrue(ns.settingsOf(archive).orderOutsideTargetsByCost(), "the root's costing still orders");
        assertEquals(OrderingMethod.LOWEST_COST, ns.settingsOf(ns.root().orElseThrow()).method());
    }

    @Test
    void aBadTargetListMarksItsFolderAndSparesTheOthers() {
        LdapEntry root = LdapEntry.builder("CN=Ns,CN=Ns," + DfsFixtures.DFS).add("objectClass", "msDFS-Namespacev2")
                .add("msDFS-TargetListv2", "<targets/>").build();
        LdapEntry bad = LdapEntry.builder("CN=Bad,CN=Ns,CN=Ns," + DfsFixtures.DFS).add("objectClass", "msDFS-Linkv2")
                .add("msDFS-LinkPathv2", "/Bad").build();
        List<DfsNamespace> namespaces = DfsReader.assemble("contoso.test", List.of(root), List.of(bad), List.of());
        DfsFolder rootFolder = namespaces.get(0).root().orElseThrow();
        assertTrue(rootFolder.targetError().orElseThrow().startsWith("msDFS-TargetListv2: "),
                rootFolder.targetError().orElseThrow());
        assertTrue(rootFolder.targets().isEmpty());
        DfsFolder folder = namespaces.get(0).folders().get(0);
        assertEquals("\\\\contoso.test\\Ns\\Bad", folder.path());
        assertTrue(folder.targetError().orElseThrow().contains("missing"), folder.targetError().orElseThrow());
    }

    @Test
    void aDomainWithoutADfsContainerHasNoNamespaces() throws DirectoryException {
        LdifDirectory empty = LdifDirectory.parse("version: 1\n\ndn:\nobjectClass: top\n");
        assertTrue(read(empty).isEmpty());
    }

    @Test
    void aNamespaceIsNamedAfterItsAnchorWhateverItsOwnEntryIsCalled() throws DirectoryException {
        String container = DfsReader.containerOf(DfsFixtures.DOMAIN);
        LdifDirectory directory = LdifDirectory.parse("dn: " + container + "\nobjectClass: dfsConfiguration\n\n"
                + "dn: CN=Big," + container + "\nobjectClass: msDFS-NamespaceAnchor\n\n"
                + "dn: CN=Domain-Big,CN=Big," + container + "\nobjectClass: msDFS-Namespacev2\n"
                + "msDFS-SchemaMajorVersion: 2\n\n");

        List<DfsNamespace> namespaces = read(directory);

        assertEquals(1, namespaces.size());
        assertEquals("\\\\" + DnNames.dnsNameOf(DfsFixtures.DOMAIN) + "\\Big", namespaces.get(0).path());
    }
}
