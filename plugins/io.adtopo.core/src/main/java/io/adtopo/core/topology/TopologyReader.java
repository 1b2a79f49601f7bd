package io.adtopo.core.topology;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectoryException.Kind;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.ldap.EntryHandler;
import io.adtopo.core.ldap.LdapEntry;
import io.adtopo.core.ldap.RootDse;
import io.adtopo.core.ldap.SearchSpec;
import io.adtopo.core.ldap.SessionSource;

/**
 * Reads one DC's copy of the forest's topology into a {@link Topology}: one paged search per object class
 * under CN=Sites, the crossRefs of CN=Partitions, and the computer accounts servers reference; then one
 * assembly pass keyed by DN, linear in the number of entries. The one reader views, checks and editors share.
 */
public final class TopologyReader {

    private final SessionSource more;

    /** Reads everything over the session it is given. */
    public TopologyReader() {
        this(null);
    }

    /**
     * Also opens two more sessions from {@code more} and reads NTDS Settings, connections and DC accounts over
     * them while the given session reads the rest: for large forests, where the server answers searches on
     * several connections at once.
     */
    public TopologyReader(SessionSource more) {
        this.more = more;
    }

    static final String[] SITE_ATTRS = { "objectClass", "description", "location" };
    static final String[] SITE_SETTINGS_ATTRS = { "options", "interSiteTopologyGenerator" };
    static final String[] SUBNET_ATTRS = { "siteObject", "location", "description" };
    static final String[] TRANSPORT_ATTRS = { "objectClass", "options", "cost", "replInterval", "siteList",
            "siteLinkList" };
    static final String[] SERVER_ATTRS = { "dNSHostName", "serverReference" };
    static final String[] DSA_ATTRS = { "objectClass", "objectGUID", "invocationId", "options", "hasMasterNCs",
            "msDS-hasMasterNCs", "msDS-HasDomainNCs", "hasPartialReplicaNCs", "msDS-Behavior-Version" };
    static final String[] CONNECTION_ATTRS = { "fromServer", "enabledConnection", "options", "transportType" };
    static final String[] CROSSREF_ATTRS = CrossRef.ATTRIBUTES;
    static final String[] COMPUTER_ATTRS = { "objectClass", "dNSHostName", "servicePrincipalName",
            "userAccountControl", "serverReferenceBL" };
    /** Domain controllers' accounts (writable or read-only) and whatever a server object references. */
    static final String COMPUTER_FILTER = "(&(objectClass=computer)(|(serverReferenceBL=*)"
            + "(userAccountControl:1.2.840.113556.1.4.803:=8192)"
            + "(userAccountControl:1.2.840.113556.1.4.803:=67108864)))";

    /** Reads the topology; throws {@link DirectoryException} of kind NOT_ACTIVE_DIRECTORY for other servers. */
    public Topology read(DirectorySession session, IProgressMonitor monitor) throws DirectoryException {
        return read(session, monitor, sitesOnly -> { });
    }

    /**
     * Reads the topology, handing {@code sitesRead} a first topology of the sites, subnets, transports, links
     * and bridges (no servers yet) as soon as those are read, so a view can show them while the rest loads.
     */
    public Topology read(DirectorySession session, IProgressMonitor monitor, Consumer<Topology> sitesRead)
            throws DirectoryException {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading the forest topology", 10);
        RootDse rootDse = session.rootDse();
        requireActiveDirectory(session, rootDse);
        ForestInfo forest = ForestInfo.of(rootDse);
        String sites = forest.sitesDn();
        TopologyEntries e = new TopologyEntries();
        // the largest classes over two more sessions, while this one reads the rest
        SideReads side = more == null ? null : SideReads.start(more, progress, List.of(
                (s, m) -> readConnections(s, sites, e, m),
                (s, m) -> {
                    readDsas(s, sites, e, m);
                    searchComputers(s, forest, e, m);
                }));
        try {
            return read(session, forest, e, side, progress, sitesRead);
        } catch (DirectoryException | RuntimeException ex) {
            if (side != null) {
                side.abandon();
            }
            throw ex;
        }
    }

    private Topology read(DirectorySession session, ForestInfo forest, TopologyEntries e, SideReads side,
            SubMonitor progress, Consumer<Topology> sitesRead) throws DirectoryException {
        String sites = forest.sitesDn();

        progress.subTask("Sites");
        search(session, SearchSpec.oneLevel(sites, "(objectClass=site)", SITE_ATTRS), e.sites::add, progress, sites);
        if (e.sites.isEmpty()) {
            throw new DirectoryException(Kind.INSUFFICIENT_RIGHTS, "No site is visible under " + sites + ": the user "
                    + describeUser(session) + " may not read the configuration partition.");
        }
        progress.subTask("Site settings");
        search(session, SearchSpec.subtree(sites, "(objectClass=nTDSSiteSettings)", SITE_SETTINGS_ATTRS),
                s -> e.siteSettings.put(DnNames.key(DnNames.parent(s.dn())), s), progress, null);
        progress.subTask("Subnets");
        search(session, SearchSpec.oneLevel("CN=Subnets," + sites, "(objectClass=subnet)", SUBNET_ATTRS),
                e.subnets::add, progress, null);
        progress.subTask("Transports, site links and bridges");
        search(session, SearchSpec.subtree("CN=Inter-Site Transports," + sites,
                "(|(objectClass=interSiteTransport)(objectClass=siteLink)(objectClass=siteLinkBridge))",
                TRANSPORT_ATTRS), e.transportObjects::add, progress, null);
        sitesRead.accept(TopologyAssembler.assemble(forest, e.sitesOnly()));
        progress.subTask("Servers");
        search(session, SearchSpec.subtree(sites, "(objectClass=server)", SERVER_ATTRS), e.servers::add, progress,
                null);
        if (side == null) {
            progress.subTask("NTDS Settings");
            readDsas(session, sites, e, progress.split(1));
            progress.subTask("Connections");
            readConnections(session, sites, e, progress.split(1));
        }
        progress.subTask("Partitions");
        search(session, SearchSpec.oneLevel("CN=Partitions," + forest.configurationDn(), "(objectClass=crossRef)",
                CROSSREF_ATTRS), e.crossRefs::add, progress, null);
        progress.subTask("Computer accounts");
        if (side == null) {
            searchComputers(session, forest, e, progress.split(1));
        } else {
            side.join();
        }
        readReferencedComputers(session, e);

        progress.subTask("Assembling");
        Topology topology = TopologyAssembler.assemble(forest, e);
        progress.split(1);
        return topology;
    }

    private static void readDsas(DirectorySession session, String sites, TopologyEntries e, IProgressMonitor monitor)
            throws DirectoryException {
        session.search(SearchSpec.subtree(sites, "(objectClass=nTDSDSA)", DSA_ATTRS), e.dsas::add, monitor);
    }

    private static void readConnections(DirectorySession session, String sites, TopologyEntries e,
            IProgressMonitor monitor) throws DirectoryException {
        session.search(SearchSpec.subtree(sites, "(objectClass=nTDSConnection)", CONNECTION_ATTRS),
                e.connections::add, monitor);
    }

    private static void searchComputers(DirectorySession session, ForestInfo forest, TopologyEntries e,
            IProgressMonitor monitor) throws DirectoryException {
        if (!forest.defaultNamingContext().isEmpty()) {
            try {
                session.search(SearchSpec.subtree(forest.defaultNamingContext(), COMPUTER_FILTER, COMPUTER_ATTRS),
                        e.computers::add, monitor);
            } catch (DirectoryException ex) {
                if (ex.kind() != Kind.NO_SUCH_OBJECT) {
                    throw ex;
                }
            }
        }
    }

    /** serverReferences outside this DC's domain, or to objects that are not DC accounts: read each one. */
    private static void readReferencedComputers(DirectorySession session, TopologyEntries e)
            throws DirectoryException {
        Set<String> known = new HashSet<>();
        for (LdapEntry computer : e.computers) {
            known.add(DnNames.key(computer.dn()));
        }
        for (LdapEntry server : e.servers) {
            String reference = server.text("serverReference");
            if (!reference.isEmpty() && known.add(DnNames.key(reference))) {
                session.read(reference, COMPUTER_ATTRS).ifPresent(e.computers::add);
            }
        }
    }

    private static void search(DirectorySession session, SearchSpec spec, EntryHandler handler, SubMonitor progress,
            String mustExist) throws DirectoryException {
        try {
            session.search(spec, handler, progress.split(1));
        } catch (DirectoryException e) {
            if (e.kind() == Kind.NO_SUCH_OBJECT && mustExist != null) {
                throw new DirectoryException(Kind.NOT_ACTIVE_DIRECTORY, session.profile().url() + " has no "
                        + mustExist + ": it does not hold an Active Directory configuration.", e);
            }
            if (e.kind() != Kind.NO_SUCH_OBJECT) {
                throw e;
            }
        }
    }

    private static void requireActiveDirectory(DirectorySession session, RootDse rootDse) throws DirectoryException {
        if (!rootDse.isActiveDirectory()) {
            String vendor = rootDse.vendorName().isEmpty() ? "" : " (it says it is " + rootDse.vendorName() + ")";
            throw new DirectoryException(Kind.NOT_ACTIVE_DIRECTORY, session.profile().url()
                    + " is not Active Directory" + vendor
                    + ": its root DSE names no configuration naming context and no AD capability.");
        }
    }

    private static String describeUser(DirectorySession session) {
        return session.profile().isAnonymous() ? "(anonymous)" : session.profile().bindPrincipal();
    }
}
