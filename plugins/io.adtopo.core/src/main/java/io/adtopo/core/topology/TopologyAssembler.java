package io.adtopo.core.topology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.ldap.LdapEntry;
import io.adtopo.core.ldap.ObjectGuids;

/** Turns the entries of a topology read into model objects, linking them by DN in one pass each. */
final class TopologyAssembler {

    private TopologyAssembler() {
    }

    static Topology assemble(ForestInfo forest, TopologyEntries e) {
        return Topology.builder(forest).sites(sites(e)).subnets(subnets(e)).transports(transports(e))
                .siteLinks(siteLinks(e)).bridges(bridges(e)).servers(servers(e)).partitions(partitions(forest, e))
                .computers(computers(e)).build();
    }

    private static List<Site> sites(TopologyEntries e) {
        List<Site> sites = new ArrayList<>(e.sites.size());
        for (LdapEntry entry : e.sites) {
            LdapEntry settings = e.siteSettings.get(DnNames.key(entry.dn()));
            sites.add(new Site(entry.dn(), entry.text("description"), entry.text("location"),
                    settings == null ? 0 : settings.flags("options"),
                    settings == null ? "" : settings.text("interSiteTopologyGenerator")));
        }
        sites.sort(Comparator.comparing(Site::name, String.CASE_INSENSITIVE_ORDER));
        return sites;
    }

    private static List<Subnet> subnets(TopologyEntries e) {
        List<Subnet> subnets = new ArrayList<>(e.subnets.size());
        for (LdapEntry entry : e.subnets) {
            subnets.add(new Subnet(entry.dn(), entry.text("siteObject"), entry.text("location"),
                    entry.text("description")));
        }
        subnets.sort(Comparator.comparing(Subnet::name));
        return subnets;
    }

    private static List<InterSiteTransport> transports(TopologyEntries e) {
        List<InterSiteTransport> transports = new ArrayList<>();
        for (LdapEntry entry : e.transportObjects) {
            if (entry.isA("interSiteTransport")) {
                transports.add(new InterSiteTransport(entry.dn(), entry.flags("options")));
            }
        }
        transports.sort(Comparator.comparing(InterSiteTransport::name));
        return transports;
    }

    private static List<SiteLink> siteLinks(TopologyEntries e) {
        List<SiteLink> links = new ArrayList<>();
        for (LdapEntry entry : e.transportObjects) {
            if (entry.isA("siteLink")) {
                links.add(new SiteLink(entry.dn(), entry.number("cost", 100), entry.number("replInterval", 180),
                        entry.flags("options"), entry.strings("siteList")));
            }
        }
        links.sort(Comparator.comparing(SiteLink::name, String.CASE_INSENSITIVE_ORDER));
        return links;
    }

    private static List<SiteLinkBridge> bridges(TopologyEntries e) {
        List<SiteLinkBridge> bridges = new ArrayList<>();
        for (LdapEntry entry : e.transportObjects) {
            if (entry.isA("siteLinkBridge")) {
                bridges.add(new SiteLinkBridge(entry.dn(), entry.strings("siteLinkList")));
            }
        }
        bridges.sort(Comparator.comparing(SiteLinkBridge::name, String.CASE_INSENSITIVE_ORDER));
        return bridges;
    }

    private static List<Server> servers(TopologyEntries e) {
        Map<String, List<ReplicationConnection>> connectionsByDsa = new HashMap<>();
        for (LdapEntry entry : e.connections) {
            ReplicationConnection c = new ReplicationConnection(entry.dn(), entry.text("fromServer"),
                    entry.bool("enabledConnection", true), entry.flags("options"), entry.text("transportType"));
            connectionsByDsa.computeIfAbsent(DnNames.key(c.destinationDsaDn()), k -> new ArrayList<>()).add(c);
        }
        Map<String, NtdsSettings> dsaByServer = new HashMap<>();
        for (LdapEntry entry : e.dsas) {
            List<ReplicationConnection> connections = connectionsByDsa.getOrDefault(DnNames.key(entry.dn()),
                    new ArrayList<>());
            connections.sort(Comparator.comparing(ReplicationConnection::name, String.CASE_INSENSITIVE_ORDER));
            NtdsSettings dsa = new NtdsSettings(entry.dn(), guid(entry, "objectGUID"), guid(entry, "invocationId"),
                    entry.flags("options"), entry.strings("hasMasterNCs"), entry.strings("msDS-hasMasterNCs"),
                    entry.strings("msDS-HasDomainNCs"), entry.strings("hasPartialReplicaNCs"),
                    entry.isA("nTDSDSARO"), entry.number("msDS-Behavior-Version", 0), connections);
            dsaByServer.put(DnNames.key(dsa.serverDn()), dsa);
        }
        List<Server> servers = new ArrayList<>(e.servers.size());
        for (LdapEntry entry : e.servers) {
            servers.add(new Server(entry.dn(), entry.text("dNSHostName"), entry.text("serverReference"),
                    dsaByServer.get(DnNames.key(entry.dn()))));
        }
        servers.sort(Comparator.comparing(Server::name, String.CASE_INSENSITIVE_ORDER));
        return servers;
    }

    private static List<CrossRef> partitions(ForestInfo forest, TopologyEntries e) {
        List<CrossRef> partitions = new ArrayList<>(e.crossRefs.size());
        for (LdapEntry entry : e.crossRefs) {
            partitions.add(CrossRef.of(entry, forest));
        }
        partitions.sort(Comparator.comparing(CrossRef::ncName, String.CASE_INSENSITIVE_ORDER));
        return partitions;
    }

    private static List<ComputerAccount> computers(TopologyEntries e) {
        List<ComputerAccount> computers = new ArrayList<>(e.computers.size());
        for (LdapEntry entry : e.computers) {
            computers.add(new ComputerAccount(entry.dn(), entry.isA("computer"), entry.text("dNSHostName"),
                    entry.strings("servicePrincipalName"), entry.flags("userAccountControl"),
                    entry.strings("serverReferenceBL")));
        }
        computers.sort(Comparator.comparing(ComputerAccount::name, String.CASE_INSENSITIVE_ORDER));
        return computers;
    }

    private static UUID guid(LdapEntry entry, String attribute) {
        return entry.bytes(attribute).flatMap(ObjectGuids::fromBytes).orElse(null);
    }
}
