package io.adtopo.core.dfs;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.adtopo.core.dns.HostResolver;
import io.adtopo.core.dns.ResolvedHost;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.topology.Subnet;
import io.adtopo.core.topology.SubnetMatcher;
import io.adtopo.core.topology.Topology;

/**
 * Finds a DFS target's site as Windows does: the target server's address, matched against the forest's subnet
 * objects (longest prefix). A single-label name (a NetBIOS-style {@code \\FS1\share}) is also tried with the
 * domain's DNS suffix. Each host is looked up once per locator.
 */
public final class TargetSiteLocator {

    private final HostResolver resolver;
    private final SubnetMatcher subnets;
    private final String domainDnsName;
    private final Map<String, TargetSite> cache = new ConcurrentHashMap<>();

    public TargetSiteLocator(HostResolver resolver, Topology topology, String domainDnsName) {
        this.resolver = resolver;
        this.subnets = new SubnetMatcher(topology.subnets());
        this.domainDnsName = domainDnsName;
    }

    /** The target's site, or an unknown site with the reason; directory failures propagate. */
    public TargetSite locate(DfsTarget target) throws DirectoryException {
        return locate(target.host());
    }

    public TargetSite locate(String host) throws DirectoryException {
        String key = host.toLowerCase(Locale.ROOT);
        TargetSite known = cache.get(key);
        if (known == null) {
            known = lookUp(host);
            cache.put(key, known);
        }
        return known;
    }

    /** The sites of every target's host, looked up one host at a time with progress; cancel stops between hosts. */
    public Map<String, TargetSite> locateAll(List<DfsTarget> targets, IProgressMonitor monitor)
            throws DirectoryException {
        SubMonitor progress = SubMonitor.convert(monitor, "Finding the targets' sites", targets.size());
        Map<String, TargetSite> out = new LinkedHashMap<>();
        for (DfsTarget target : targets) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            String key = target.host().toLowerCase(Locale.ROOT);
            if (!out.containsKey(key)) {
                progress.subTask(target.host());
                out.put(key, locate(target));
            }
            progress.worked(1);
        }
        return out;
    }

    private TargetSite lookUp(String host) throws DirectoryException {
        Optional<ResolvedHost> resolved = resolver.resolve(host);
        if (resolved.isEmpty() && !host.contains(".") && !domainDnsName.isEmpty()) {
            resolved = resolver.resolve(host + "." + domainDnsName);
        }
        if (resolved.isEmpty() || resolved.get().addresses().isEmpty()) {
            return TargetSite.unknown(host, "no address found for " + host);
        }
        ResolvedHost found = resolved.get();
        List<String> unmatched = new ArrayList<>();
        for (InetAddress address : found.addresses()) {
            Optional<Subnet> subnet = subnets.match(address);
            if (subnet.isPresent() && !subnet.get().siteDn().isEmpty()) {
                return TargetSite.found(host, subnet.get().siteDn(), address.getHostAddress() + " ("
                        + found.source() + ") is in subnet " + subnet.get().cidr());
            }
            unmatched.add(address.getHostAddress() + subnet.map(s -> " (subnet " + s.cidr() + " has no site)")
                    .orElse(""));
        }
        return TargetSite.unknown(host, String.join(", ", unmatched) + " (" + found.source()
                + ") is in no subnet of a site");
    }
}
