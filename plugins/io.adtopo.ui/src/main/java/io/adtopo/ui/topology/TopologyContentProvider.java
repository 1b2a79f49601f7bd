package io.adtopo.ui.topology;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
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
 * <p>
 * Lazy (for a tree with the {@code SWT.VIRTUAL} style): the viewer asks for an element only when its row is
 * shown, so a forest of thousands of sites sets an item count instead of creating thousands of items at once
 * on the display thread. The children last asked for are kept, so materializing a parent's rows one by one
 * stays linear.
 */
final class TopologyContentProvider implements ILazyTreeContentProvider {

    private static final Object[] NONE = new Object[0];

    /** The viewer's input: it stays while the topology in it is replaced (see {@link #replace(Topology)}). */
    private final Object input = new Object();
    private TreeViewer viewer;
    private Topology topology;
    private Object[] roots = NONE;
    private Object lastParent;
    private Object[] lastChildren = NONE;

    /**
     * Shows a topology in the viewer, or clears it for null. When the viewer already shows one (a load's sites,
     * then its whole topology), only the topology behind its input is replaced and the viewer refreshed: the
     * rows on screen are asked for again, and a site the user opened meanwhile stays open and shows its
     * servers, instead of the tree being emptied and built anew, closed.
     */
    void show(TreeViewer target, Topology shown) {
        if (shown == null || target.getInput() != input) {
            topology = shown;
            target.setInput(shown == null ? null : input);
        } else {
            replace(shown);
            target.refresh();
        }
    }

    private void replace(Topology shown) {
        topology = shown;
        lastParent = null;
        lastChildren = NONE;
        if (topology == null) {
            roots = NONE;
        } else {
            List<Object> elements = new ArrayList<>(topology.sites());
            elements.add(transportsFolder());
            roots = elements.toArray();
        }
    }

    @Override
    public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
        viewer = (TreeViewer) changed;
        replace(newInput == input ? topology : null);
    }

    @Override
    public void updateElement(Object parent, int index) {
        Object[] children = childrenOf(parent);
        if (index < children.length) {
            Object child = children[index];
            viewer.replace(parent, index, child);
            // a plus only: the rows of the children are made when the element is opened (updateChildCount)
            viewer.setHasChildren(child, children(child).length > 0);
        }
    }

    @Override
    public void updateChildCount(Object element, int currentChildCount) {
        int count = childrenOf(element).length;
        if (count != currentChildCount) {
            viewer.setChildCount(element, count);
        }
    }

    /** The children of a parent (the input for the top level), kept while the viewer asks for them one by one. */
    private Object[] childrenOf(Object parent) {
        if (parent == input) {
            return roots;
        }
        if (parent != lastParent) {
            lastChildren = children(parent);
            lastParent = parent;
        }
        return lastChildren;
    }

    private Object[] children(Object element) {
        if (topology == null) {
            return NONE;
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
            return ((Server) element).ntdsSettings().map(dsa -> new Object[] { dsa }).orElse(NONE);
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
        return NONE;
    }

    @Override
    public Object getParent(Object element) {
        if (topology == null) {
            return null;
        }
        if (element instanceof Site) {
            return input;
        }
        if (element instanceof TreeFolder) {
            TreeFolder folder = (TreeFolder) element;
            return folder.kind() == TreeFolder.Kind.SUBNETS ? folder.owner() : input;
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
}
