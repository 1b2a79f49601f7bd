package io.adtopo.ui.properties;

import java.util.ArrayList;
import java.util.List;

import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.topology.CrossRef;
import io.adtopo.core.topology.Server;
import io.adtopo.core.topology.Topology;
import io.adtopo.ui.internal.Messages;

/** A crossRef's facts: what partition it is, where DCs refer clients, and which DCs hold it. */
final class PartitionFacts {

    private PartitionFacts() {
    }

    static FactsPropertySource of(CrossRef c, Topology topology) {
        return new FactsPropertySource().category(Messages.Prop_object).add(Messages.Prop_dn, c.dn())
                .add("nCName", c.ncName()).add(Messages.Prop_kind, c.kind().label())
                .add("dnsRoot", String.join("; ", c.dnsRoots())).addIfPresent("nETBIOSName", c.netbiosName())
                .add("systemFlags", c.describeFlags() + (c.hasSystemFlags()
                        ? " (" + TopologyPropertySources.hex(c.systemFlags()) + ")" : ""))
                .add("Enabled", TopologyPropertySources.yesNo(c.enabled()))
                .add(Messages.Prop_preCreated, TopologyPropertySources.yesNo(c.isPreCreated()))
                .add("trustParent", c.trustParent().isEmpty() ? "" : parentName(c, topology))
                .category(Messages.Prop_referral).add(Messages.Prop_referralUrl, c.referralUrl().orElse(""))
                .category(Messages.Prop_replicas)
                .add(Messages.Prop_writableOn, servers(topology.writableHostsOf(c.ncName())))
                .add(Messages.Prop_partialOn, servers(topology.partialHostsOf(c.ncName())))
                .add("msDS-NC-Replica-Locations", dsaServers(c.replicaLocations()))
                .add("msDS-NC-RO-Replica-Locations", dsaServers(c.readOnlyReplicaLocations()));
    }

    private static String parentName(CrossRef c, Topology topology) {
        for (CrossRef other : topology.partitions()) {
            if (DnNames.same(other.dn(), c.trustParent())) {
                return other.ncName();
            }
        }
        return c.trustParent();
    }

    private static String servers(List<Server> servers) {
        List<String> names = new ArrayList<>();
        servers.forEach(s -> names.add(s.name()));
        return String.join(", ", names);
    }

    /** NTDS Settings DNs as the names of their servers. */
    private static String dsaServers(List<String> dsaDns) {
        List<String> names = new ArrayList<>();
        dsaDns.forEach(dn -> names.add(DnNames.firstValue(DnNames.parent(dn))));
        names.sort(String.CASE_INSENSITIVE_ORDER);
        return String.join(", ", names);
    }
}
