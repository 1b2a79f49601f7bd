package io.adtopo.ui.properties;

import java.util.ArrayList;
import java.util.List;

import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.topology.CrossRef;
import io.adtopo.core.topology.DsaOptions;
import io.adtopo.core.topology.InterSiteTransport;
import io.adtopo.core.topology.NtdsSettings;
import io.adtopo.core.topology.ReplicationConnection;
import io.adtopo.core.topology.Server;
import io.adtopo.core.topology.Site;
import io.adtopo.core.topology.SiteLink;
import io.adtopo.core.topology.SiteLinkBridge;
import io.adtopo.core.topology.Subnet;
import io.adtopo.core.topology.Topology;
import io.adtopo.ui.internal.Messages;

/** The Properties view's facts for each kind of topology object, decoded the way an administrator reads them. */
public final class TopologyPropertySources {

    private TopologyPropertySources() {
    }

    /** The facts of an element shown by adtopo's views, or null for anything else. */
    public static FactsPropertySource of(Object element, Topology topology) {
        if (topology == null) {
            return null;
        }
        if (element instanceof Server) {
            return ServerFacts.of((Server) element, topology);
        }
        if (element instanceof NtdsSettings) {
            return dsa((NtdsSettings) element, topology);
        }
        if (element instanceof ReplicationConnection) {
            return connection((ReplicationConnection) element, topology);
        }
        if (element instanceof Site) {
            return site((Site) element, topology);
        }
        if (element instanceof SiteLink) {
            return link((SiteLink) element);
        }
        if (element instanceof SiteLinkBridge) {
            return new FactsPropertySource().category(Messages.Prop_object).add(Messages.Prop_dn,
                    ((SiteLinkBridge) element).dn()).add(Messages.Prop_siteLinks,
                            names(((SiteLinkBridge) element).siteLinkDns()));
        }
        if (element instanceof InterSiteTransport) {
            InterSiteTransport t = (InterSiteTransport) element;
            return new FactsPropertySource().category(Messages.Prop_object).add(Messages.Prop_dn, t.dn())
                    .add(Messages.Prop_options, hex(t.options()))
                    .add(Messages.Prop_bridgesRequired, yesNo(t.bridgesRequired()));
        }
        if (element instanceof Subnet) {
            Subnet s = (Subnet) element;
            return new FactsPropertySource().category(Messages.Prop_object).add(Messages.Prop_dn, s.dn())
                    .add(Messages.Prop_site, DnNames.firstValue(s.siteDn())).addIfPresent(Messages.Prop_location,
                            s.location())
                    .addIfPresent(Messages.Prop_description, s.description());
        }
        if (element instanceof CrossRef) {
            return PartitionFacts.of((CrossRef) element, topology);
        }
        return null;
    }

    private static FactsPropertySource dsa(NtdsSettings d, Topology topology) {
        FactsPropertySource facts = new FactsPropertySource().category(Messages.Prop_object)
                .add(Messages.Prop_dn, d.dn()).add(Messages.Prop_server, topology.siteQualifiedName(d))
                .category(Messages.Prop_identity)
                .add(Messages.Prop_dsaGuid, d.objectGuid().map(Object::toString).orElse(""))
                .add(Messages.Prop_msdcsName, topology.msdcsName(d).orElse(""))
                .add(Messages.Prop_invocationId, d.invocationId().map(Object::toString).orElse(""))
                .category(Messages.Prop_role)
                .add(Messages.Prop_options, DsaOptions.describe(d.options()) + " (" + hex(d.options()) + ")")
                .add(Messages.Prop_globalCatalog, yesNo(d.isGlobalCatalog()))
                .add(Messages.Prop_readOnly, yesNo(d.isReadOnly()))
                .add(Messages.Prop_behaviorVersion, d.behaviorVersion())
                .category(Messages.Prop_namingContexts)
                .add("msDS-hasMasterNCs", String.join("; ", d.msDsHasMasterNcs()))
                .add("hasMasterNCs", String.join("; ", d.hasMasterNcs()))
                .add("msDS-HasDomainNCs", String.join("; ", d.msDsHasDomainNcs()))
                .add("hasPartialReplicaNCs", String.join("; ", d.partialReplicaNcs()));
        return facts.category(Messages.Prop_replication).add(Messages.Prop_inbound, d.connections().size());
    }

    private static FactsPropertySource connection(ReplicationConnection c, Topology topology) {
        FactsPropertySource facts = new FactsPropertySource().category(Messages.Prop_object)
                .add(Messages.Prop_dn, c.dn());
        facts.category(Messages.Prop_replication);
        topology.ntdsSettings(c.fromServerDn()).ifPresentOrElse(source -> facts
                .add(Messages.Prop_source, topology.siteQualifiedName(source))
                .add(Messages.Prop_sourceGuid, source.objectGuid().map(Object::toString).orElse("")),
                () -> facts.add(Messages.Prop_source, Messages.Prop_sourceUnknown));
        return facts.add("fromServer", c.fromServerDn()).add(Messages.Prop_enabled, yesNo(c.enabled()))
                .add(Messages.Prop_options, connectionOptions(c.options()))
                .addIfPresent(Messages.Prop_transport, DnNames.firstValue(c.transportDn()));
    }

    private static String connectionOptions(int options) {
        List<String> names = new ArrayList<>();
        if ((options & ReplicationConnection.OPT_IS_GENERATED) != 0) {
            names.add("IS_GENERATED");
        }
        if ((options & ReplicationConnection.OPT_TWOWAY_SYNC) != 0) {
            names.add("TWOWAY_SYNC");
        }
        if ((options & ReplicationConnection.OPT_OVERRIDE_NOTIFY_DEFAULT) != 0) {
            names.add("OVERRIDE_NOTIFY_DEFAULT");
        }
        if ((options & ReplicationConnection.OPT_USE_NOTIFY) != 0) {
            names.add("USE_NOTIFY");
        }
        if ((options & ReplicationConnection.OPT_RODC_TOPOLOGY) != 0) {
            names.add("RODC_TOPOLOGY");
        }
        return (names.isEmpty() ? "(none)" : String.join(" ", names)) + " (" + hex(options) + ")";
    }

    private static FactsPropertySource site(Site s, Topology topology) {
        List<String> subnets = new ArrayList<>();
        topology.subnetsOf(s).forEach(subnet -> subnets.add(subnet.cidr()));
        return new FactsPropertySource().category(Messages.Prop_object).add(Messages.Prop_dn, s.dn())
                .addIfPresent(Messages.Prop_description, s.description())
                .addIfPresent(Messages.Prop_location, s.location())
                .add(Messages.Prop_siteOptions, hex(s.siteSettingsOptions()))
                .add(Messages.Prop_istg, s.topologyGenerator().isEmpty() ? ""
                        : DnNames.firstValue(DnNames.parent(s.topologyGenerator())))
                .add(Messages.Prop_servers, topology.serversIn(s).size())
                .add(Messages.Prop_subnets, String.join(", ", subnets));
    }

    private static FactsPropertySource link(SiteLink l) {
        return new FactsPropertySource().category(Messages.Prop_object).add(Messages.Prop_dn, l.dn())
                .add(Messages.Prop_cost, l.cost()).add(Messages.Prop_replInterval, l.replInterval())
                .add(Messages.Prop_options, hex(l.options())).add(Messages.Prop_sites, names(l.siteDns()))
                .add(Messages.Prop_transport, DnNames.firstValue(l.transportDn()));
    }

    static String names(List<String> dns) {
        List<String> names = new ArrayList<>(dns.size());
        dns.forEach(dn -> names.add(DnNames.firstValue(dn)));
        names.sort(String.CASE_INSENSITIVE_ORDER);
        return String.join(", ", names);
    }

    static String hex(int value) {
        return "0x" + Integer.toHexString(value);
    }

    static String yesNo(boolean value) {
        return value ? Messages.Prop_yes : Messages.Prop_no;
    }
}
