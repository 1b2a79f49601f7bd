package io.adtopo.core.dns;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;

import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectoryException.Kind;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.ldap.LdapEntry;
import io.adtopo.core.ldap.SearchSpec;

/**
 * Reads host addresses from the directory's own AD-integrated DNS zones: dnsZone objects under
 * CN=MicrosoftDNS in DomainDnsZones, ForestDnsZones and the legacy CN=System, with one dnsNode per name
 * ("DC=fs-liv,DC=contoso.test,CN=MicrosoftDNS,..."; "@" for the zone's apex) holding binary dnsRecord values.
 * The zones are listed once, with one one-level search per container; after that each host costs one read
 * of one node by DN, or nothing when no zone holds the name.
 */
public final class DirectoryDnsResolver implements HostResolver {

    private static final String ZONE_FILTER = "(objectClass=dnsZone)";
    private static final String APEX = "@";

    private final DirectorySession session;
    private final List<Container> containers = new ArrayList<>(3);
    private Map<String, Zone> zones;

    public DirectoryDnsResolver(DirectorySession session, String domainDn, String forestRootDn) {
        this.session = session;
        if (domainDn != null && !domainDn.isBlank()) {
            containers.add(new Container("CN=MicrosoftDNS,DC=DomainDnsZones," + domainDn, "DomainDnsZones"));
        }
        if (forestRootDn != null && !forestRootDn.isBlank()) {
            containers.add(new Container("CN=MicrosoftDNS,DC=ForestDnsZones," + forestRootDn, "ForestDnsZones"));
        }
        if (domainDn != null && !domainDn.isBlank()) {
            containers.add(new Container("CN=MicrosoftDNS,CN=System," + domainDn, "System"));
        }
    }

    @Override
    public synchronized Optional<ResolvedHost> resolve(String hostName) throws DirectoryException {
        String name = normalize(hostName);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Zone> known = zones();
        Zone zone = null;
        String relative = null;
        for (int start = 0; start >= 0; start = nextLabel(name, start)) {
            zone = known.get(name.substring(start));
            if (zone != null) {
                relative = start == 0 ? APEX : name.substring(0, start - 1);
                break;
            }
        }
        if (zone == null) {
            return Optional.empty();
        }
        Optional<LdapEntry> node = session.read("DC=" + DnNames.escapeValue(relative) + "," + zone.dn,
                "dnsRecord", "dNSTombstoned");
        if (node.isEmpty() || node.get().bool("dNSTombstoned", false)) {
            return Optional.empty();
        }
        Set<InetAddress> addresses = new LinkedHashSet<>();
        for (byte[] value : node.get().allBytes("dnsRecord")) {
            DnsRecordDecoder.decode(value).flatMap(DnsRecord::address).ifPresent(addresses::add);
        }
        if (addresses.isEmpty()) {
            return Optional.empty();
        }
        String source = "DNS record " + relative + " in zone " + zone.name + " (directory, " + zone.partition + ")";
        return Optional.of(new ResolvedHost(hostName, new ArrayList<>(addresses), source));
    }

    /** The names of the zones that hold host records (lower case), listing them on first use. */
    public synchronized List<String> zoneNames() throws DirectoryException {
        List<String> names = new ArrayList<>(zones().keySet());
        Collections.sort(names);
        return names;
    }

    private Map<String, Zone> zones() throws DirectoryException {
        if (zones == null) {
            Map<String, Zone> found = new HashMap<>();
            for (Container container : containers) {
                list(container, found);
            }
            zones = found;
        }
        return zones;
    }

    private void list(Container container, Map<String, Zone> found) throws DirectoryException {
        List<LdapEntry> entries = new ArrayList<>();
        try {
            session.search(SearchSpec.oneLevel(container.dn, ZONE_FILTER, "dc"), entries::add,
                    new NullProgressMonitor());
        } catch (DirectoryException e) {
            if (e.kind() == Kind.NO_SUCH_OBJECT) {
                return;
            }
            throw e;
        }
        for (LdapEntry entry : entries) {
            String zoneName = normalize(DnNames.firstValue(entry.dn()));
            if (holdsHosts(zoneName)) {
                // A zone in more than one container: DomainDnsZones, then ForestDnsZones, then System wins.
                found.putIfAbsent(zoneName, new Zone(zoneName, entry.dn(), container.partition));
            }
        }
    }

    /** Not the root hints, not a reverse zone, not AD's internal "..TrustAnchors" / "..InProgress" zones. */
    private static boolean holdsHosts(String zoneName) {
        return !zoneName.isEmpty() && !zoneName.equals("rootdnsservers") && !zoneName.startsWith(".")
                && !isReverse(zoneName);
    }

    private static boolean isReverse(String zoneName) {
        return zoneName.equals("in-addr.arpa") || zoneName.endsWith(".in-addr.arpa") || zoneName.equals("ip6.arpa")
                || zoneName.endsWith(".ip6.arpa");
    }

    private static int nextLabel(String name, int start) {
        int dot = name.indexOf('.', start);
        return dot < 0 ? -1 : dot + 1;
    }

    /** Lower case, trimmed, without the root's trailing dot. */
    private static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String text = name.trim().toLowerCase(Locale.ROOT);
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static final class Container {
        final String dn;
        final String partition;

        Container(String dn, String partition) {
            this.dn = dn;
            this.partition = partition;
        }
    }

    private static final class Zone {
        final String name;
        final String dn;
        final String partition;

        Zone(String name, String dn, String partition) {
            this.name = name;
            this.dn = dn;
            this.partition = partition;
        }
    }
}
