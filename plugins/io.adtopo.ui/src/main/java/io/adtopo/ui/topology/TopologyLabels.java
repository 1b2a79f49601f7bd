package io.adtopo.ui.topology;

import java.text.MessageFormat;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.topology.DsaOptions;
import io.adtopo.core.topology.InterSiteTransport;
import io.adtopo.core.topology.NtdsSettings;
import io.adtopo.core.topology.ReplicationConnection;
import io.adtopo.core.topology.Server;
import io.adtopo.core.topology.ServerChain;
import io.adtopo.core.topology.Site;
import io.adtopo.core.topology.SiteLink;
import io.adtopo.core.topology.SiteLinkBridge;
import io.adtopo.core.topology.Subnet;
import io.adtopo.core.topology.Topology;
import io.adtopo.ui.internal.Messages;

/** The two columns of the topology tree: an object's name and the facts an administrator looks for first. */
final class TopologyLabels {

    private TopologyLabels() {
    }

    static ColumnLabelProvider names() {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof NtdsSettings) {
                    return "NTDS Settings";
                }
                if (element instanceof ReplicationConnection) {
                    return element.toString();
                }
                return String.valueOf(element);
            }

            @Override
            public Image getImage(Object element) {
                String key = element instanceof Site || element instanceof TreeFolder
                        || element instanceof InterSiteTransport ? ISharedImages.IMG_OBJ_FOLDER
                                : ISharedImages.IMG_OBJ_ELEMENT;
                return PlatformUI.getWorkbench().getSharedImages().getImage(key);
            }
        };
    }

    static ColumnLabelProvider details(java.util.function.Supplier<Topology> topology) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return detail(element, topology.get());
            }
        };
    }

    /** Made once (labels are asked for on the display thread only): a forest may have hundreds of sites. */
    private static final MessageFormat SITE_DETAILS = new MessageFormat(Messages.Topology_siteDetails);

    static String detail(Object element, Topology topology) {
        if (topology == null) {
            return "";
        }
        if (element instanceof Site) {
            Site site = (Site) element;
            String text = SITE_DETAILS.format(new Object[] { topology.serversIn(site).size() });
            return site.location().isEmpty() ? text : text + ", " + site.location();
        }
        if (element instanceof Server) {
            Server server = (Server) element;
            if (!server.isDomainController()) {
                return NLS.bind(Messages.Topology_serverNotDc, server.dnsHostName());
            }
            if (!server.hasServerReference()) {
                return NLS.bind(Messages.Topology_serverNoReference, server.dnsHostName());
            }
            String text = server.dnsHostName() + " -> " + DnNames.firstValue(server.serverReference());
            ServerChain chain = ServerChain.of(server, topology);
            return chain.isIntact() ? text : MessageFormat.format(Messages.Topology_chainBroken, text, chain.breaks().size());
        }
        if (element instanceof NtdsSettings) {
            NtdsSettings dsa = (NtdsSettings) element;
            String text = NLS.bind(Messages.Topology_dsaDetails,
                    dsa.objectGuid().map(Object::toString).orElse("?"), DsaOptions.describe(dsa.options()));
            return dsa.isReadOnly() ? text + ", " + Messages.Topology_readOnlyDc : text;
        }
        if (element instanceof ReplicationConnection) {
            ReplicationConnection c = (ReplicationConnection) element;
            String source = topology.ntdsSettings(c.fromServerDn()).map(topology::siteQualifiedName)
                    .orElse(DnNames.firstValue(DnNames.parent(c.fromServerDn())));
            String text = NLS.bind(Messages.Topology_connectionFrom, source);
            return c.enabled() ? text : text + " " + Messages.Topology_connectionDisabled;
        }
        if (element instanceof InterSiteTransport) {
            return ((InterSiteTransport) element).bridgesRequired() ? Messages.Topology_bridgesRequired
                    : Messages.Topology_bridgeAll;
        }
        if (element instanceof SiteLink) {
            SiteLink link = (SiteLink) element;
            StringBuilder sites = new StringBuilder();
            for (String dn : link.siteDns()) {
                sites.append(sites.length() == 0 ? "" : ", ").append(DnNames.firstValue(dn));
            }
            return NLS.bind(Messages.Topology_linkDetails,
                    new Object[] { link.cost(), link.replInterval(), sites });
        }
        if (element instanceof SiteLinkBridge) {
            StringBuilder links = new StringBuilder();
            for (String dn : ((SiteLinkBridge) element).siteLinkDns()) {
                links.append(links.length() == 0 ? "" : ", ").append(DnNames.firstValue(dn));
            }
            return NLS.bind(Messages.Topology_bridgeDetails, links);
        }
        if (element instanceof Subnet) {
            return ((Subnet) element).location();
        }
        return "";
    }
}
