package io.adtopo.ui.topology;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.osgi.util.NLS;

import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.topology.InterSiteTransport;
import io.adtopo.core.topology.ReplicationConnection;
import io.adtopo.core.topology.NtdsSettings;
import io.adtopo.core.topology.Server;
import io.adtopo.core.topology.Site;
import io.adtopo.core.topology.SiteLink;
import io.adtopo.core.topology.SiteLinkBridge;
import io.adtopo.core.topology.Subnet;
import io.adtopo.core.topology.Topology;
import io.adtopo.ui.internal.Messages;

/**
 * The Sites and Servers tree: sites, then the inter-site transports; a site holds its servers and subnets, a
 * server its NTDS Settings, an NTDS Settings its inbound connections, a transport its links and bridges.
 */
final class TopologyContentProvider implements ITreeContentProvider {

    private Topology topology;

    @Override
    public void inputChanged(org.eclipse.jface.viewers.Viewer viewer, Object oldInput, Object newInput) {
        topology = newInput instanceof Topology ? (Topology) newInput : null;
    }

    @Override
    public Object[] getElements(Object input) {
        if (topology == null) {
            return new Object[0];
        }
        List<Object> roots = new ArrayList<>(topology.sites());
        roots.add(transportsFolder());
        return roots.toArray();
    }

    @Override
    public Object[] getChildren(Object element) {
        if (topology == null) {
            return new Object[0];
        }
        if (element instanceof Site) {
            Site site = (Site) element;
            List<Object> children = new ArrayList<>(topology.serversIn(site));
            if (!topology.subnetsOf(site).isEmpty()) {
                children.add(subnetsFolder(site));
            }
            return children.toArray();
        }
        if (element instanceof Server) {
            return ((Server) element).ntdsSettings().map(dsa -> new Object[] { dsa }).orElse(new Object[0]);
        }
        if (element instanceof NtdsSettings) {
            return ((NtdsSettings) element).connections().toArray();
        }
        if (element instanceof TreeFolder) {
            return ((TreeFolder) element).children().toArray();
        }
        if (element instanceof InterSiteTransport) {
            InterSiteTransport transport = (InterSiteTransport) element;
            List<Object> children = new ArrayList<>(topology.siteLinksOf(transport));
            children.addAll(topology.bridgesOf(transport));
            return children.toArray();
        }
        return new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        if (topology == null) {
            return null;
        }
        if (element instanceof Server) {
            return topology.site(((Server) element).siteDn()).orElse(null);
        }
        if (element instanceof NtdsSettings) {
            return topology.serverOf((NtdsSettings) element).orElse(null);
        }
        if (element instanceof ReplicationConnection) {
            return topology.ntdsSettings(((ReplicationConnection) element).destinationDsaDn()).orElse(null);
        }
        if (element instanceof Subnet) {
            return topology.site(((Subnet) element).siteDn()).map(this::subnetsFolder).orElse(null);
        }
        if (element instanceof SiteLink) {
            return transportOf(((SiteLink) element).transportDn());
        }
        if (element instanceof SiteLinkBridge) {
            return transportOf(((SiteLinkBridge) element).transportDn());
        }
        if (element instanceof InterSiteTransport) {
            return transportsFolder();
        }
        return null;
    }

    private Object transportOf(String dn) {
        for (InterSiteTransport transport : topology.transports()) {
            if (DnNames.same(transport.dn(), dn)) {
                return transport;
            }
        }
        return null;
    }

    private TreeFolder transportsFolder() {
        return new TreeFolder(TreeFolder.Kind.TRANSPORTS, null, Messages.Topology_transports, topology.transports());
    }

    private TreeFolder subnetsFolder(Site site) {
        return new TreeFolder(TreeFolder.Kind.SUBNETS, site,
                NLS.bind(Messages.Topology_subnets, topology.subnetsOf(site).size()), topology.subnetsOf(site));
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof Server) {
            return ((Server) element).isDomainController();
        }
        if (element instanceof NtdsSettings) {
            return !((NtdsSettings) element).connections().isEmpty();
        }
        return element instanceof Site || element instanceof TreeFolder || element instanceof InterSiteTransport;
    }
}
