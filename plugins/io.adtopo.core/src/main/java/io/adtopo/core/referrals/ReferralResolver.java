package io.adtopo.core.referrals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.directory.api.ldap.model.name.Dn;
import org.eclipse.core.runtime.IProgressMonitor;

import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.ldap.DnSyntax;
import io.adtopo.core.ldap.RootDse;
import io.adtopo.core.ldap.SearchSpec;
import io.adtopo.core.topology.CrossRef;
import io.adtopo.core.topology.ForestInfo;
import io.adtopo.core.topology.Server;
import io.adtopo.core.topology.Topology;

/**
 * What a DC does with a DN (MS-ADTS 3.1.1.4.6, seed 002): it answers for the naming contexts it holds; for
 * others it refers the client to the dnsRoot of the enabled crossRef whose nCName is the longest suffix of the
 * DN ({@code ldap://dnsRoot/DN}); without one, to the forest's superior DNS root, else to the DNS name the
 * DN's DC= parts make. Also says whether a host belongs to the forest (a DC's name or an in-forest dnsRoot),
 * which decides the credentials offered when a referral is chased.
 */
public final class ReferralResolver {

    private final List<CrossRef> crossRefs;
    private final Set<String> heldNcKeys = new HashSet<>();
    private final Set<String> forestHosts = new HashSet<>();
    private final String superiorDnsRoot;
    private final String serverName;

    /**
     * The resolver of the DC a topology was read from: the naming contexts its root DSE lists are the ones it
     * answers for itself; the topology gives the crossRefs and the DCs' names.
     */
    public static ReferralResolver of(Topology topology, List<String> namingContexts, String superiorDnsRoot) {
        Set<String> hosts = new HashSet<>();
        for (Server server : topology.servers()) {
            if (!server.dnsHostName().isEmpty()) {
                hosts.add(server.dnsHostName());
            }
        }
        return new ReferralResolver(topology.partitions(), new HashSet<>(namingContexts), hosts, superiorDnsRoot,
                topology.forest().readFromHost());
    }

    /**
     * The resolver of any server, read through a session: its root DSE's naming contexts, the crossRefs of its
     * CN=Partitions and that container's superiorDNSRoot (one paged search and one read).
     */
    public static ReferralResolver read(DirectorySession session, IProgressMonitor monitor)
            throws DirectoryException {
        return read(session, Set.of(), monitor);
    }

    /** As {@link #read(DirectorySession, IProgressMonitor)}, with the forest's DC names known from its topology. */
    public static ReferralResolver read(DirectorySession session, Set<String> dcHostNames, IProgressMonitor monitor)
            throws DirectoryException {
        RootDse rootDse = session.rootDse();
        ForestInfo forest = ForestInfo.of(rootDse);
        List<CrossRef> crossRefs = new ArrayList<>();
        String superior = "";
        if (!forest.configurationDn().isEmpty()) {
            String partitions = "CN=Partitions," + forest.configurationDn();
            try {
                session.search(SearchSpec.oneLevel(partitions, "(objectClass=crossRef)", CrossRef.attributes()),
                        entry -> crossRefs.add(CrossRef.of(entry, forest)), monitor);
                superior = session.read(partitions, "superiorDNSRoot").flatMap(e -> e.string("superiorDNSRoot"))
                        .orElse("");
            } catch (DirectoryException e) {
                if (e.kind() != DirectoryException.Kind.NO_SUCH_OBJECT) {
                    throw e;
                }
            }
        }
        Set<String> hosts = new HashSet<>(dcHostNames);
        if (!rootDse.dnsHostName().isEmpty()) {
            hosts.add(rootDse.dnsHostName());
        }
        return new ReferralResolver(crossRefs, new HashSet<>(rootDse.namingContexts()), hosts, superior,
                rootDse.dnsHostName());
    }

    public ReferralResolver(List<CrossRef> crossRefs, Set<String> heldNcs, Set<String> dcHostNames,
            String superiorDnsRoot, String serverName) {
        this.crossRefs = List.copyOf(crossRefs);
        heldNcs.forEach(nc -> heldNcKeys.add(DnNames.key(nc)));
        dcHostNames.forEach(h -> forestHosts.add(h.toLowerCase(Locale.ROOT)));
        for (CrossRef c : crossRefs) {
            if (c.kind() != CrossRef.Kind.EXTERNAL) {
                c.dnsRoots().forEach(root -> forestHosts.add(root.toLowerCase(Locale.ROOT)));
            }
        }
        this.superiorDnsRoot = superiorDnsRoot == null ? "" : superiorDnsRoot.trim();
        this.serverName = serverName == null || serverName.isEmpty() ? "the connected server" : serverName;
    }

    /** Where the DN is answered; IllegalArgumentException with the reason when the text is not a DN. */
    public DnAnswer answer(String text) {
        String dn = text == null ? "" : text.trim();
        if (dn.isEmpty()) {
            throw new IllegalArgumentException("Enter a DN, such as DC=contoso,DC=com.");
        }
        if (!Dn.isValid(dn)) {
            throw new IllegalArgumentException("Not a valid DN: " + dn
                    + DnSyntax.problem(dn).map(problem -> ". " + capitalised(problem) + ".").orElse(""));
        }
        CrossRef best = null;
        CrossRef disabled = null;
        for (CrossRef c : crossRefs) {
            if (c.ncName().isEmpty() || !DnNames.isWithin(dn, c.ncName())) {
                continue;
            }
            if (!c.enabled()) {
                disabled = longer(disabled, c);
            } else {
                best = longer(best, c);
            }
        }
        if (best != null) {
            return answerBy(dn, best, disabled);
        }
        String note = disabled == null ? "" : " (" + disabled.name() + " names " + disabled.ncName()
                + " but is not enabled: pre-created)";
        if (!superiorDnsRoot.isEmpty()) {
            return new DnAnswer(dn, DnAnswer.Kind.SUPERIOR, null, new LdapUrl(false, superiorDnsRoot, 389, dn),
                    "No enabled crossRef covers it" + note + "; " + serverName + " refers it to the superior DNS root "
                            + superiorDnsRoot + ".");
        }
        String dcParts = DnNames.dnsNameOf(dn);
        if (!dcParts.isEmpty()) {
            return new DnAnswer(dn, DnAnswer.Kind.DC_PARTS, null, new LdapUrl(false, dcParts, 389, dn),
                    "No enabled crossRef covers it" + note + "; " + serverName
                            + " refers it to the DNS name of its DC= parts, " + dcParts + ".");
        }
        return new DnAnswer(dn, DnAnswer.Kind.NONE, null, null, "No enabled crossRef covers it" + note
                + " and it has no DC= parts: " + serverName + " answers noSuchObject.");
    }

    private DnAnswer answerBy(String dn, CrossRef c, CrossRef disabled) {
        String note = disabled != null && DnNames.rdns(disabled.ncName()).size() > DnNames.rdns(c.ncName()).size()
                ? " (" + disabled.name() + " names the deeper " + disabled.ncName() + " but is pre-created, not enabled)"
                : "";
        if (heldNcKeys.contains(DnNames.key(c.ncName()))) {
            return new DnAnswer(dn, DnAnswer.Kind.HELD_HERE, c, null,
                    serverName + " holds " + c.ncName() + " (crossRef " + c.name() + ") and answers itself" + note + ".");
        }
        Optional<String> root = c.dnsRoot();
        if (root.isEmpty()) {
            return new DnAnswer(dn, DnAnswer.Kind.NONE, c, null, "crossRef " + c.name() + " covers it but has no"
                    + " dnsRoot: " + serverName + " cannot refer it" + note + ".");
        }
        boolean external = c.kind() == CrossRef.Kind.EXTERNAL;
        return new DnAnswer(dn, external ? DnAnswer.Kind.EXTERNAL : DnAnswer.Kind.FOREST, c,
                new LdapUrl(false, root.get(), 389, dn), serverName + " does not hold " + c.ncName() + "; crossRef "
                        + c.name() + (external ? " (external)" : "") + " refers it to " + root.get() + note + ".");
    }

    private static String capitalised(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static CrossRef longer(CrossRef current, CrossRef candidate) {
        if (current == null) {
            return candidate;
        }
        return DnNames.rdns(candidate.ncName()).size() > DnNames.rdns(current.ncName()).size() ? candidate : current;
    }

    /** True for a DC of the forest or an in-forest dnsRoot: a host the connection's credentials are meant for. */
    public boolean isInForest(String host) {
        return forestHosts.contains(host.toLowerCase(Locale.ROOT));
    }

    /** The crossRef whose dnsRoot is the host, for saying why a host is named. */
    public Optional<CrossRef> crossRefOfHost(String host) {
        for (CrossRef c : crossRefs) {
            for (String root : c.dnsRoots()) {
                if (root.equalsIgnoreCase(host)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    /** The external crossRefs: every place the forest sends clients outside itself. */
    public List<CrossRef> externalCrossRefs() {
        return crossRefs.stream().filter(c -> c.kind() == CrossRef.Kind.EXTERNAL)
                .collect(java.util.stream.Collectors.toList());
    }
}
