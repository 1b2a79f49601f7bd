package io.adtopo.core.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.adtopo.core.changes.EntryChange;
import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.topology.ComputerAccount;
import io.adtopo.core.topology.Server;
import io.adtopo.core.topology.Topology;

/**
 * The computer accounts a server object's serverReference could rightly name, each with its reasons: the value
 * another DC's copy holds, a DC account whose dNSHostName is the server's, a DC account with the server's name.
 */
final class ReferenceCandidates {

    private final Map<String, String> reasons = new LinkedHashMap<>();
    private final Map<String, String> dns = new LinkedHashMap<>();

    private ReferenceCandidates() {
    }

    static List<FixCandidate> of(Server server, Topology copy, List<Topology> otherCopies) {
        ReferenceCandidates candidates = new ReferenceCandidates();
        for (Topology other : otherCopies) {
            other.server(server.dn()).filter(Server::hasServerReference)
                    .filter(s -> !DnNames.same(s.serverReference(), server.serverReference()))
                    .ifPresent(s -> candidates.add(s.serverReference(),
                            "the value on " + other.forest().readFromHost() + "'s copy"));
        }
        String current = server.hasServerReference() ? DnNames.key(server.serverReference()) : null;
        for (ComputerAccount computer : copy.computers()) {
            boolean sameHost = !server.dnsHostName().isEmpty()
                    && computer.dnsHostName().equalsIgnoreCase(server.dnsHostName());
            boolean sameName = computer.name().equalsIgnoreCase(server.name());
            // names first: the DN is compared only for the few accounts that match, not for every computer
            if (!(sameHost || sameName) || !computer.isDomainControllerAccount()
                    || DnNames.key(computer.dn()).equals(current)) {
                continue;
            }
            if (sameHost) {
                candidates.add(computer.dn(), "a DC account whose dNSHostName is the server's, "
                        + server.dnsHostName());
            }
            if (sameName) {
                candidates.add(computer.dn(), "a DC account named like the server, " + server.name());
            }
        }
        return candidates.fixes(server);
    }

    private void add(String dn, String reason) {
        String key = DnNames.key(dn);
        dns.putIfAbsent(key, dn);
        reasons.merge(key, reason, (a, b) -> a.contains(b) ? a : a + "; " + b);
    }

    private List<FixCandidate> fixes(Server server) {
        List<FixCandidate> fixes = new ArrayList<>();
        String old = server.hasServerReference() ? server.serverReference() : null;
        for (Map.Entry<String, String> e : dns.entrySet()) {
            String dn = e.getValue();
            fixes.add(new FixCandidate(FixCandidate.Kind.SET_SERVER_REFERENCE, "Set serverReference to " + dn,
                    reasons.get(e.getKey()), EntryChange.setValue(server.dn(), "serverReference", old, dn)));
        }
        return fixes;
    }
}
