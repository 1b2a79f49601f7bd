package io.adtopo.core.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.adtopo.core.changes.EntryChange;
import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.topology.ComputerAccount;
import io.adtopo.core.topology.Server;
import io.adtopo.core.topology.ServerChain;
import io.adtopo.core.topology.Topology;

/**
 * Checks 1 to 7 on one DC's copy of the topology: the chain server object -> serverReference -> DC computer
 * account -> host name and SPNs of every domain controller, computers referenced twice, and (given other DCs'
 * copies of the same forest) server objects whose copies disagree. Linear in the number of servers.
 */
public final class ServerReferenceChecks {

    private ServerReferenceChecks() {
    }

    /** Runs every check on {@code copy}; {@code otherCopies} are other DCs' copies of the same forest. */
    public static List<Problem> run(Topology copy, List<Topology> otherCopies) {
        List<Problem> problems = new ArrayList<>();
        String dc = copy.forest().readFromHost();
        for (Server server : copy.servers()) {
            if (server.isDomainController()) {
                chain(server, copy, otherCopies, dc, problems);
            }
        }
        shared(copy, dc, problems);
        for (Topology other : otherCopies) {
            CopyComparison.compare(copy, other, problems);
        }
        return problems;
    }

    private static void chain(Server server, Topology copy, List<Topology> others, String dc, List<Problem> out) {
        ServerChain chain = ServerChain.of(server, copy);
        String name = copy.siteQualifiedName(server.ntdsSettings().orElseThrow());
        for (ServerChain.Break b : chain.breaks()) {
            switch (b) {
            case NO_SERVER_REFERENCE:
                out.add(new Problem(Check.SERVER_REFERENCE_MISSING, server.dn(), name, dc, name + " has NTDS Settings"
                        + " but no serverReference on " + dc + ": partners cannot derive its replication SPN, so "
                        + "replication from it fails with error 8589 (events 1411, 2023, 1925).",
                        ReferenceCandidates.of(server, copy, others)));
                break;
            case REFERENCE_NOT_FOUND:
                out.add(new Problem(Check.SERVER_REFERENCE_DANGLING, server.dn(), name, dc, "The serverReference of "
                        + name + " names " + server.serverReference() + ", which does not exist on " + dc
                        + ": partners cannot find its computer account and replication from it fails.",
                        ReferenceCandidates.of(server, copy, others)));
                break;
            case NOT_A_DC_ACCOUNT:
                out.add(new Problem(Check.SERVER_REFERENCE_NOT_DC, server.dn(), name, dc, "The serverReference of "
                        + name + " names " + server.serverReference() + ", which is not a domain controller's "
                        + "computer account: partners derive the wrong SPN and cannot authenticate to it.",
                        ReferenceCandidates.of(server, copy, others)));
                break;
            case HOST_NAME_MISMATCH:
                out.add(hostName(server, chain.computer().orElseThrow(), name, dc));
                break;
            case MISSING_REPLICATION_SPN:
                out.add(spn(server, chain.computer().orElseThrow(), chain.replicationSpn().orElseThrow(), "replication",
                        "partners cannot authenticate to it and replication from it fails (error 8589 or -2146893022)",
                        name, dc));
                break;
            default:
                out.add(spn(server, chain.computer().orElseThrow(), chain.gcSpn().orElseThrow(), "global catalog",
                        "clients and partners cannot authenticate to its global catalog", name, dc));
            }
        }
    }

    private static Problem hostName(Server server, ComputerAccount computer, String name, String dc) {
        List<FixCandidate> fixes = new ArrayList<>();
        fixes.add(new FixCandidate(FixCandidate.Kind.ALIGN_COMPUTER_HOST_NAME, "Set the computer's dNSHostName to "
                + server.dnsHostName(), "the name the server object and its NTDS Settings are known by",
                EntryChange.setValue(computer.dn(), "dNSHostName", computer.dnsHostName(), server.dnsHostName())));
        fixes.add(new FixCandidate(FixCandidate.Kind.ALIGN_SERVER_HOST_NAME, "Set the server object's dNSHostName to "
                + computer.dnsHostName(), "the name the computer account (the DC itself) registers",
                EntryChange.setValue(server.dn(), "dNSHostName", server.dnsHostName(), computer.dnsHostName())));
        return new Problem(Check.HOST_NAME_MISMATCH, server.dn(), name, dc, "The dNSHostName of " + name + " ("
                + server.dnsHostName() + ") differs from its computer's (" + computer.dnsHostName() + ", "
                + computer.dn() + "): partners may look up and authenticate to the wrong name.", fixes);
    }

    private static Problem spn(Server server, ComputerAccount computer, String spn, String what, String consequence,
            String name, String dc) {
        return new Problem(Check.SPN_MISSING, server.dn(), name, dc, "The computer of " + name + " ("
                + computer.dn() + ") lacks the " + what + " SPN " + spn + ": " + consequence + ".",
                List.of(new FixCandidate(FixCandidate.Kind.ADD_SPN, "Add " + spn + " to " + computer.name(),
                        "the SPN partners derive from the DSA GUID and the domain",
                        EntryChange.addValues(computer.dn(), "servicePrincipalName", List.of(spn)))));
    }

    private static void shared(Topology copy, String dc, List<Problem> out) {
        Map<String, List<Server>> byComputer = new HashMap<>();
        List<List<Server>> sharingOf = new ArrayList<>(copy.servers().size()); // in the order of the servers
        for (Server server : copy.servers()) {
            List<Server> sharing = List.of();
            if (server.hasServerReference()) {
                sharing = byComputer.computeIfAbsent(DnNames.key(server.serverReference()), k -> new ArrayList<>());
                sharing.add(server);
            }
            sharingOf.add(sharing);
        }
        for (int i = 0; i < sharingOf.size(); i++) {
            Server server = copy.servers().get(i);
            List<Server> sharing = sharingOf.get(i);
            if (sharing.size() > 1) {
                List<String> others = new ArrayList<>();
                sharing.stream().filter(s -> s != server).forEach(s -> others.add(DnNames.firstValue(s.siteDn())
                        + "\\" + s.name()));
                String name = DnNames.firstValue(server.siteDn()) + "\\" + server.name();
                out.add(new Problem(Check.COMPUTER_SHARED, server.dn(), name, dc, "The server objects " + name
                        + " and " + String.join(", ", others) + " both reference " + server.serverReference()
                        + ": at most one of them is that DC; a left-over server object misleads partners and tools.",
                        List.of()));
            }
        }
    }
}
