package io.adtopo.core.topology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectoryException.Kind;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.ldap.LdapEntry;
import io.adtopo.core.ldap.ObjectGuids;
import io.adtopo.core.ldap.RootDse;
import io.adtopo.core.ldap.SearchSpec;

/**
 * Reads one DC's copy of the site topology into a {@link Topology}: one paged search per object class under
 * CN=Sites, then an assembly pass keyed by DN, linear in the number of entries.
 */
public final class TopologyReader {

    private static final String[] SITE_ATTRS = { "objectClass", "description", "location" };
    private static final String[] SITE_SETTINGS_ATTRS = { "options", "interSiteTopologyGenerator" };
    private static final String[] SUBNET_ATTRS = { "siteObject", "location", "description" };
    private static final String[] TRANSPORT_ATTRS = { "objectClass", "options", "cost", "replInterval", "siteList",
            "siteLinkList" };
    private static final String[] SERVER_ATTRS = { "dNSHostName", "serverReference" };
    private static final String[] DSA_ATTRS = { "objectClass", "objectGUID", "invocationId", "options",
            "hasMasterNCs", "msDS-hasMasterNCs", "msDS-HasDomainNCs", "hasPartialReplicaNCs",
            "msDS-Behavior-Version" };
    private static final String[] CONNECTION_ATTRS = { "fromServer", "enabledConnection", "options",
            "transportType" };

    /** Reads the topology; throws {@link DirectoryException} of kind NOT_ACTIVE_DIRECTORY for other servers. */
    public Topology read(DirectorySession session, IProgressMonitor monitor) throws DirectoryException {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading the site topology", 8);
        RootDse rootDse = session.rootDse();
        requireActiveDirectory(session, rootDse);
        ForestInfo forest = ForestInfo.of(rootDse);
        String sitesDn = forest.sitesDn();

        progress.subTask("Sites");
        List<LdapEntry> siteEntries = collect(session,
                SearchSpec.oneLevel(sitesDn, "(objectClass=site)", SITE_ATTRS), progress.split(1), sitesDn);
        if (siteEntries.isEmpty()) {
            throw new DirectoryException(Kind.INSUFFICIENT_RIGHTS, "No site is visible under " + sitesDn
                    + ": the user " + describeUser(session) + " may not read the configuration partition.");
        }
        progress.subTask("Site settings");
        Map<String, LdapEntry> siteSettings = new HashMap<>();
        session.search(SearchSpec.subtree(sitesDn, "(objectClass=nTDSSiteSettings)", SITE_SETTINGS_ATTRS),
                e -> siteSettings.put(DnNames.key(DnNames.parent(e.dn())), e), progress.split(1));
        progress.subTask("Subnets");
        List<LdapEntry> subnetEntries = collect(session,
                SearchSpec.oneLevel("CN=Subnets," + sitesDn, "(objectClass=subnet)", SUBNET_ATTRS),
                progress.split(1), null);
        progress.subTask("Transports, site links and bridges");
        List<LdapEntry> transportEntries = collect(session,
                SearchSpec.subtree("CN=Inter-Site Transports," + sitesDn,
                        "(|(objectClass=interSiteTransport)(objectClass=siteLink)(objectClass=siteLinkBridge))",
                        TRANSPORT_ATTRS),
                progress.split(1), null);
        progress.subTask("Servers");
        List<LdapEntry> serverEntries = collect(session,
                SearchSpec.subtree(sitesDn, "(objectClass=server)", SERVER_ATTRS), progress.split(1), null);
        progress.subTask("NTDS Settings");
        List<LdapEntry> dsaEntries = collect(session,
                SearchSpec.subtree(sitesDn, "(objectClass=nTDSDSA)", DSA_ATTRS), progress.split(1), null);
        progress.subTask("Connections");
        List<LdapEntry> connectionEntries = collect(session,
                SearchSpec.subtree(sitesDn, "(objectClass=nTDSConnection)", CONNECTION_ATTRS), progress.split(1),
                null);

        progress.subTask("Assembling");
        Topology topology = assemble(forest, siteEntries, siteSettings, subnetEntries, transportEntries,
                serverEntries, dsaEntries, connectionEntries);
        progress.split(1);
        return topology;
    }

    private static void requireActiveDirectory(DirectorySession session, RootDse rootDse) throws DirectoryException {
        if (!rootDse.isActiveDirectory()) {
            String vendor = rootDse.vendorName().isEmpty() ? "" : " (it says it is " + rootDse.vendorName() + ")";
            throw new DirectoryException(Kind.NOT_ACTIVE_DIRECTORY, session.profile().url()
                    + " is not Active Directory" + vendor
                    + ": its root DSE names no configuration naming context and no AD capability.");
        }
    }

    private static List<LdapEntry> collect(DirectorySession session, SearchSpec spec, IProgressMonitor monitor,
            String mustExist) throws DirectoryException {
        List<LdapEntry> entries = new ArrayList<>();
        try {
            session.search(spec, entries::add, monitor);
        } catch (DirectoryException e) {
            if (e.kind() == Kind.NO_SUCH_OBJECT && mustExist != null) {
                throw new DirectoryException(Kind.NOT_ACTIVE_DIRECTORY, session.profile().url()
                        + " has no " + mustExist + ": it does not hold an Active Directory configuration.", e);
            }
            if (e.kind() != Kind.NO_SUCH_OBJECT) {
                throw e;
            }
        }
        return entries;
    }

    static Topology assemble(ForestInfo forest, List<LdapEntry> siteEntries, Map<String, LdapEntry> siteSettings,
            List<LdapEntry> subnetEntries, List<LdapEntry> transportEntries, List<LdapEntry> serverEntries,
            List<LdapEntry> dsaEntries, List<LdapEntry> connectionEntries) {
        List<Site> sites = new ArrayList<>(siteEntries.size());
        for (LdapEntry e : siteEntries) {
            LdapEntry settings = siteSettings.get(DnNames.key(e.dn()));
            sites.add(new Site(e.dn(), e.text("description"), e.text("location"),
                    settings == null ? 0 : settings.flags("options"),
                    settings == null ? "" : settings.text("interSiteTopologyGenerator")));
        }
        sites.sort(Comparator.comparing(Site::name, String.CASE_INSENSITIVE_ORDER));

        List<Subnet> subnets = new ArrayList<>(subnetEntries.size());
        for (LdapEntry e : subnetEntries) {
            subnets.add(new Subnet(e.dn(), e.text("siteObject"), e.text("location"), e.text("description")));
        }
        subnets.sort(Comparator.comparing(Subnet::name));

        List<InterSiteTransport> transports = new ArrayList<>();
        List<SiteLink> links = new ArrayList<>();
        List<SiteLinkBridge> bridges = new ArrayList<>();
        for (LdapEntry e : transportEntries) {
            if (e.isA("siteLinkBridge")) {
                bridges.add(new SiteLinkBridge(e.dn(), e.strings("siteLinkList")));
            } else if (e.isA("siteLink")) {
                links.add(new SiteLink(e.dn(), e.number("cost", 100), e.number("replInterval", 180),
                        e.flags("options"), e.strings("siteList")));
            } else if (e.isA("interSiteTransport")) {
                transports.add(new InterSiteTransport(e.dn(), e.flags("options")));
            }
        }
        transports.sort(Comparator.comparing(InterSiteTransport::name));
        links.sort(Comparator.comparing(SiteLink::name, String.CASE_INSENSITIVE_ORDER));
        bridges.sort(Comparator.comparing(SiteLinkBridge::name, String.CASE_INSENSITIVE_ORDER));

        Map<String, List<ReplicationConnection>> connectionsByDsa = new HashMap<>();
        for (LdapEntry e : connectionEntries) {
            ReplicationConnection c = new ReplicationConnection(e.dn(), e.text("fromServer"),
                    e.bool("enabledConnection", true), e.flags("options"), e.text("transportType"));
            connectionsByDsa.computeIfAbsent(DnNames.key(c.destinationDsaDn()), k -> new ArrayList<>()).add(c);
        }
        Map<String, NtdsSettings> dsaByServer = new HashMap<>();
        for (LdapEntry e : dsaEntries) {
            List<ReplicationConnection> connections = connectionsByDsa.getOrDefault(DnNames.key(e.dn()),
                    new ArrayList<>());
            connections.sort(Comparator.comparing(ReplicationConnection::name, String.CASE_INSENSITIVE_ORDER));
            NtdsSettings dsa = new NtdsSettings(e.dn(), guid(e, "objectGUID"), guid(e, "invocationId"),
                    e.flags("options"), e.strings("hasMasterNCs"), e.strings("msDS-hasMasterNCs"),
                    e.strings("msDS-HasDomainNCs"), e.strings("hasPartialReplicaNCs"), e.isA("nTDSDSARO"),
                    e.number("msDS-Behavior-Version", 0), connections);
            dsaByServer.put(DnNames.key(dsa.serverDn()), dsa);
        }
        List<Server> servers = new ArrayList<>(serverEntries.size());
        for (LdapEntry e : serverEntries) {
            servers.add(new Server(e.dn(), e.text("dNSHostName"), e.text("serverReference"),
                    dsaByServer.get(DnNames.key(e.dn()))));
        }
        servers.sort(Comparator.comparing(Server::name, String.CASE_INSENSITIVE_ORDER));
        return new Topology(forest, sites, subnets, transports, links, bridges, servers);
    }

    private static UUID guid(LdapEntry entry, String attribute) {
        return entry.bytes(attribute).flatMap(ObjectGuids::fromBytes).orElse(null);
    }

    private static String describeUser(DirectorySession session) {
        return session.profile().isAnonymous() ? "(anonymous)" : session.profile().bindPrincipal();
    }
}
