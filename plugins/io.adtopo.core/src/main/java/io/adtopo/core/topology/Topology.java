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
    private final List<CrossRef> partitions;
    private final List<ComputerAccount> computers;

    private final Map<String, Site> siteByKey = new HashMap<>();
    private final Map<String, Server> serverByKey = new HashMap<>();
    private final Map<String, NtdsSettings> dsaByKey = new HashMap<>();
    private final Map<UUID, NtdsSettings> dsaByGuid = new HashMap<>();
    private final Map<String, List<Server>> serversBySite = new HashMap<>();
    private final Map<String, List<Subnet>> subnetsBySite = new HashMap<>();
    private final Map<String, ComputerAccount> computerByKey = new HashMap<>();
    private final Map<String, CrossRef> partitionByNc = new HashMap<>();

    private Topology(Builder b) {
        this.forest = b.forest;
        this.sites = List.copyOf(b.sites);
        this.subnets = List.copyOf(b.subnets);
        this.transports = List.copyOf(b.transports);
        this.siteLinks = List.copyOf(b.siteLinks);
        this.bridges = List.copyOf(b.bridges);
        this.servers = List.copyOf(b.servers);
        this.partitions = List.copyOf(b.partitions);
        this.computers = List.copyOf(b.computers);
        for (ComputerAccount computer : this.computers) {
            computerByKey.put(computer.key(), computer);
        }
        for (CrossRef crossRef : this.partitions) {
            partitionByNc.put(DnNames.key(crossRef.ncName()), crossRef);
        }
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

    /** The crossRefs of CN=Partitions, in nCName order. */
    public List<CrossRef> partitions() {
        return partitions;
    }

    /** The crossRef whose nCName is exactly this DN. */
    public Optional<CrossRef> partition(String ncName) {
        return Optional.ofNullable(partitionByNc.get(DnNames.key(ncName)));
    }

    /** The computer accounts read: DC accounts and whatever serverReferences name. */
    public List<ComputerAccount> computers() {
        return computers;
    }

    public Optional<ComputerAccount> computer(String dn) {
        return Optional.ofNullable(computerByKey.get(DnNames.key(dn)));
    }

    /** The servers whose NTDS Settings hold this NC writable (msDS-hasMasterNCs / hasMasterNCs). */
    public List<Server> writableHostsOf(String ncName) {
        List<Server> hosts = new ArrayList<>();
        for (Server server : servers) {
            server.ntdsSettings().filter(d -> containsDn(d.writableNcs(), ncName)).ifPresent(d -> hosts.add(server));
        }
        return hosts;
    }

    /** The servers that hold a read-only (global catalog partial) replica of this NC. */
    public List<Server> partialHostsOf(String ncName) {
        List<Server> hosts = new ArrayList<>();
        for (Server server : servers) {
            server.ntdsSettings().filter(d -> containsDn(d.partialReplicaNcs(), ncName))
                    .ifPresent(d -> hosts.add(server));
        }
        return hosts;
    }

    private static boolean containsDn(List<String> dns, String dn) {
        for (String value : dns) {
            if (DnNames.same(value, dn)) {
                return true;
            }
        }
        return false;
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

    public static Builder builder(ForestInfo forest) {
        return new Builder(forest);
    }

    /** Collects the parts of a topology as they are read. */
    public static final class Builder {
        private final ForestInfo forest;
        private List<Site> sites = List.of();
        private List<Subnet> subnets = List.of();
        private List<InterSiteTransport> transports = List.of();
        private List<SiteLink> siteLinks = List.of();
        private List<SiteLinkBridge> bridges = List.of();
        private List<Server> servers = List.of();
        private List<CrossRef> partitions = List.of();
        private List<ComputerAccount> computers = List.of();

        private Builder(ForestInfo forest) {
            this.forest = forest;
        }

        public Builder sites(List<Site> value) {
            sites = value;
            return this;
        }

        public Builder subnets(List<Subnet> value) {
            subnets = value;
            return this;
        }

        public Builder transports(List<InterSiteTransport> value) {
            transports = value;
            return this;
        }

        public Builder siteLinks(List<SiteLink> value) {
            siteLinks = value;
            return this;
        }

        public Builder bridges(List<SiteLinkBridge> value) {
            bridges = value;
            return this;
        }

        public Builder servers(List<Server> value) {
            servers = value;
            return this;
        }

        public Builder partitions(List<CrossRef> value) {
            partitions = value;
            return this;
        }

        public Builder computers(List<ComputerAccount> value) {
            computers = value;
            return this;
        }

        public Topology build() {
            return new Topology(this);
        }
    }
}
