package io.adtopo.core.dfs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectoryException.Kind;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.ldap.LdapEntry;
import io.adtopo.core.ldap.ObjectGuids;
import io.adtopo.core.ldap.SearchSpec;

/**
 * Reads a domain's DFS namespaces from CN=Dfs-Configuration,CN=System (MS-DFSNM 2.3) in one paged subtree
 * search: v2 namespaces with their folders, and fTDfs namespaces to list as not previewed. A target list that
 * cannot be decoded marks its folder with the reason; it never fails the read.
 */
public final class DfsReader {

    static final String[] ATTRIBUTES = { "objectClass", "msDFS-Propertiesv2", "msDFS-Ttlv2", "msDFS-TargetListv2",
            "msDFS-LinkPathv2", "msDFS-NamespaceIdentityGUIDv2", "msDFS-Commentv2", "uNCName", "remoteServerName" };
    static final String FILTER = "(|(objectClass=msDFS-Namespacev2)(objectClass=msDFS-Linkv2)(objectClass=fTDfs))";
    /** Target lists may be up to 2 MB each: keep pages small. */
    static final int PAGE_SIZE = 50;

    /** The container of a domain's namespaces. */
    public static String containerOf(String domainDn) {
        return "CN=Dfs-Configuration,CN=System," + domainDn;
    }

    /** The domain's namespaces sorted by path; empty when the domain has no DFS container. */
    public List<DfsNamespace> read(DirectorySession session, String domainDn, IProgressMonitor monitor)
            throws DirectoryException {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading DFS namespaces", 2);
        String domain = DnNames.dnsNameOf(domainDn);
        List<LdapEntry> namespaces = new ArrayList<>();
        List<LdapEntry> links = new ArrayList<>();
        List<LdapEntry> legacy = new ArrayList<>();
        try {
            session.search(SearchSpec.subtree(containerOf(domainDn), FILTER, ATTRIBUTES).withPageSize(PAGE_SIZE),
                    entry -> {
                        if (entry.isA("msDFS-Namespacev2")) {
                            namespaces.add(entry);
                        } else if (entry.isA("msDFS-Linkv2")) {
                            links.add(entry);
                        } else {
                            legacy.add(entry);
                        }
                    }, progress.split(1));
        } catch (DirectoryException e) {
            if (e.kind() == Kind.NO_SUCH_OBJECT) {
                return List.of();
            }
            throw e;
        }
        progress.split(1);
        return assemble(domain, namespaces, links, legacy);
    }

    static List<DfsNamespace> assemble(String domain, List<LdapEntry> namespaceEntries, List<LdapEntry> linkEntries,
            List<LdapEntry> legacyEntries) {
        Map<String, LdapEntry> byKey = new LinkedHashMap<>();
        for (LdapEntry entry : namespaceEntries) {
            byKey.put(DnNames.key(entry.dn()), entry);
        }
        Map<String, List<LdapEntry>> linksByNamespace = new HashMap<>();
        for (LdapEntry link : linkEntries) {
            namespaceOf(link.dn(), byKey).ifPresent(key -> linksByNamespace.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(link));
        }
        List<DfsNamespace> out = new ArrayList<>();
        for (Map.Entry<String, LdapEntry> e : byKey.entrySet()) {
            LdapEntry entry = e.getValue();
            // named after its anchor (MS-DFSNM 2.3.4): the namespace entry itself may be named otherwise
            String path = "\\\\" + domain + "\\" + DnNames.firstValue(DnNames.parent(entry.dn()));
            DfsFolder root = folder(entry, path, "", DfsFolder.DEFAULT_ROOT_TTL);
            List<DfsFolder> folders = new ArrayList<>();
            for (LdapEntry link : linksByNamespace.getOrDefault(e.getKey(), List.of())) {
                String linkPath = link.string("msDFS-LinkPathv2").orElse("/" + DnNames.firstValue(link.dn()));
                folders.add(folder(link, path, linkPath.startsWith("/") ? linkPath : "/" + linkPath,
                        DfsFolder.DEFAULT_FOLDER_TTL));
            }
            folders.sort(Comparator.comparing(f -> f.path().toLowerCase(Locale.ROOT)));
            UUID identity = entry.bytes("msDFS-NamespaceIdentityGUIDv2").flatMap(ObjectGuids::fromBytes).orElse(null);
            out.add(new DfsNamespace(entry.dn(), path, DfsNamespace.Kind.DOMAIN_V2, identity, root, folders));
        }
        for (LdapEntry entry : legacyEntries) {
            String path = entry.string("uNCName").orElse("\\\\" + domain + "\\" + DnNames.firstValue(entry.dn()));
            out.add(new DfsNamespace(entry.dn(), path, DfsNamespace.Kind.FT_DFS, null, null, List.of()));
        }
        out.sort(Comparator.comparing(n -> n.path().toLowerCase(Locale.ROOT)));
        return out;
    }

    /** The nearest ancestor of a link that is a namespace object. */
    private static Optional<String> namespaceOf(String linkDn, Map<String, LdapEntry> namespaces) {
        for (String dn = DnNames.parent(linkDn); !dn.isEmpty(); dn = DnNames.parent(dn)) {
            String key = DnNames.key(dn);
            if (namespaces.containsKey(key)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    private static DfsFolder folder(LdapEntry entry, String namespacePath, String linkPath, long defaultTtl) {
        DfsProperties properties = DfsProperties.of(entry.strings("msDFS-Propertiesv2"));
        long ttl = entry.number("msDFS-Ttlv2", defaultTtl);
        TargetList targets = null;
        String error = null;
        Optional<byte[]> value = entry.bytes("msDFS-TargetListv2");
        if (value.isEmpty()) {
            error = "msDFS-TargetListv2 is missing or not readable by this account";
        } else {
            try {
                targets = TargetListParser.parse(value.get());
            } catch (TargetListException e) {
                error = "msDFS-TargetListv2: " + e.getMessage();
            }
        }
        return new DfsFolder(entry.dn(), namespacePath, linkPath, properties, ttl,
                entry.string("msDFS-Commentv2").orElse(""), targets, error);
    }
}
