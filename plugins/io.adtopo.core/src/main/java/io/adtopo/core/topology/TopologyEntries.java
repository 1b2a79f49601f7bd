package io.adtopo.core.topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.adtopo.core.ldap.LdapEntry;

/** The raw entries of one topology read, by object class, before they become model objects. */
final class TopologyEntries {

    final List<LdapEntry> sites = new ArrayList<>();
    /** nTDSSiteSettings by the key of their site's DN. */
    final Map<String, LdapEntry> siteSettings = new HashMap<>();
    final List<LdapEntry> subnets = new ArrayList<>();
    final List<LdapEntry> transportObjects = new ArrayList<>();
    final List<LdapEntry> servers = new ArrayList<>();
    final List<LdapEntry> dsas = new ArrayList<>();
    final List<LdapEntry> connections = new ArrayList<>();
    final List<LdapEntry> crossRefs = new ArrayList<>();
    final List<LdapEntry> computers = new ArrayList<>();

    /**
     * A copy of what the site searches read (sites, their settings, subnets, transports): for a first topology
     * while other threads still add servers, NTDS Settings, connections and computers to this one.
     */
    TopologyEntries sitesOnly() {
        TopologyEntries copy = new TopologyEntries();
        copy.sites.addAll(sites);
        copy.siteSettings.putAll(siteSettings);
        copy.subnets.addAll(subnets);
        copy.transportObjects.addAll(transportObjects);
        return copy;
    }
}
