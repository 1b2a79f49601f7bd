package io.adtopo.core.topology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.adtopo.core.ldap.DnNames;

/**
 * A snapshot of one DC's copy of the forest's site topology: sites, subnets, transports, site links,
 * bridges, servers with their NTDS Settings and connections. Immutable; lookups by DN or DSA GUID are
 * constant time, so views and checks stay linear in the size of the forest.
 */
public final class Topology {

    private final ForestInfo forest;
    private final List<Site> sites;
    private final List<Subnet> subnets;
    private final List<InterSiteTransport> transports;
    private final List<SiteLink> siteLinks;
    private final List<SiteLinkBridge> bridges;
    private final List<Server> servers;

    private final Map<String, Site> siteByKey = new HashMap<>();
    private final Map<String, Server> serverByKey = new HashMap<>();
    private final Map<String, NtdsSettings> dsaByKey = new HashMap<>();
    private final Map<UUID, NtdsSettings> dsaByGuid = new HashMap<>();
    private final Map<String, List<Server>> serversBySite = new HashMap<>();
    private final Map<String, List<Subnet>> subnetsBySite = new HashMap<>();

    public Topology(ForestInfo forest, List<Site> sites, List<Subnet> subnets, List<InterSiteTransport> transports,
            List<SiteLink> siteLinks, List<SiteLinkBridge> bridges, List<Server> servers) {
        this.forest = forest;
        this.sites = List.copyOf(sites);
        this.subnets = List.copyOf(subnets);
        this.transports = List.copyOf(transports);
        this.siteLinks = List.copyOf(siteLinks);
        this.bridges = List.copyOf(bridges);
        this.servers = List.copyOf(servers);
        for (Site site : this.sites) {
            siteByKey.put(site.key(), site);
        }
        for (Server server : this.servers) {
            serverByKey.put(server.key(), server);
            serversBySite.computeIfAbsent(DnNames.key(server.siteDn()), k -> new ArrayList<>()).add(server);
            server.ntdsSettings().ifPresent(dsa -> {
                dsaByKey.put(dsa.key(), dsa);
                dsa.objectGuid().ifPresent(guid -> dsaByGuid.put(guid, dsa));
            });
        }
        for (Subnet subnet : this.subnets) {
            subnetsBySite.computeIfAbsent(DnNames.key(subnet.siteDn()), k -> new ArrayList<>()).add(subnet);
        }
    }

    public ForestInfo forest() {
        return forest;
    }

    public List<Site> sites() {
        return sites;
    }

    public List<Subnet> subnets() {
        return subnets;
    }

    public List<InterSiteTransport> transports() {
        return transports;
    }

    public List<SiteLink> siteLinks() {
        return siteLinks;
    }

    public List<SiteLinkBridge> bridges() {
        return bridges;
    }

    public List<Server> servers() {
        return servers;
    }

    public Optional<Site> site(String dn) {
        return Optional.ofNullable(siteByKey.get(DnNames.key(dn)));
    }

    public Optional<Server> server(String dn) {
        return Optional.ofNullable(serverByKey.get(DnNames.key(dn)));
    }

    public List<Server> serversIn(Site site) {
        return Collections.unmodifiableList(serversBySite.getOrDefault(site.key(), List.of()));
    }

    public List<Subnet> subnetsOf(Site site) {
        return Collections.unmodifiableList(subnetsBySite.getOrDefault(site.key(), List.of()));
    }

    public Optional<NtdsSettings> ntdsSettings(String dn) {
        return Optional.ofNullable(dsaByKey.get(DnNames.key(dn)));
    }

    public Optional<NtdsSettings> ntdsSettings(UUID dsaGuid) {
        return Optional.ofNullable(dsaByGuid.get(dsaGuid));
    }

    /** The server object an NTDS Settings belongs to. */
    public Optional<Server> serverOf(NtdsSettings dsa) {
        return server(dsa.serverDn());
    }

    /** The IP transport, if the forest has one. */
    public Optional<InterSiteTransport> ipTransport() {
        return transports.stream().filter(InterSiteTransport::isIp).findFirst();
    }

    /** The site links of a transport. */
    public List<SiteLink> siteLinksOf(InterSiteTransport transport) {
        List<SiteLink> out = new ArrayList<>();
        for (SiteLink link : siteLinks) {
            if (DnNames.same(link.transportDn(), transport.dn())) {
                out.add(link);
            }
        }
        return out;
    }

    public List<SiteLinkBridge> bridgesOf(InterSiteTransport transport) {
        List<SiteLinkBridge> out = new ArrayList<>();
        for (SiteLinkBridge bridge : bridges) {
            if (DnNames.same(bridge.transportDn(), transport.dn())) {
                out.add(bridge);
            }
        }
        return out;
    }

    /** "Site\DC" as repadmin names a DC, for the DC whose NTDS Settings this is. */
    public String siteQualifiedName(NtdsSettings dsa) {
        return serverOf(dsa).map(s -> DnNames.firstValue(s.siteDn()) + "\\" + s.name())
                .orElse(DnNames.firstValue(dsa.serverDn()));
    }

    /** The DSA's DNS alias, {@code <objectGUID>._msdcs.<forest root>}, as events name it. */
    public Optional<String> msdcsName(NtdsSettings dsa) {
        return dsa.objectGuid().map(guid -> guid + "._msdcs." + forest.forestDnsName());
    }
}
