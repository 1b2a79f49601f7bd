package io.adtopo.core.topology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import io.adtopo.core.ldap.DnNames;

/**
 * The chain a replication partner follows to authenticate to a DC (MS-DRSR 2.2.3.2, MS-ADTS 6.1.2.1):
 * server object -> serverReference -> the DC's computer account, whose dNSHostName must equal the server's
 * and whose SPNs must include the replication SPN derived from the DSA GUID. A break anywhere makes the
 * partner fail (error 8589 when serverReference is missing).
 */
public final class ServerChain {

    /** The service class of the directory replication service's SPN. */
    public static final String DRS_SPN_CLASS = "E3514235-4B06-11D1-AB04-00C04FC2DCD2";

    /** Where the chain breaks. */
    public enum Break {
        /** The server object has no serverReference (replication from it fails with 8589). */
        NO_SERVER_REFERENCE,
        /** serverReference names an object this DC's copy does not hold. */
        REFERENCE_NOT_FOUND,
        /** serverReference names something that is not a domain controller's computer account. */
        NOT_A_DC_ACCOUNT,
        /** The computer's dNSHostName differs from the server object's. */
        HOST_NAME_MISMATCH,
        /** The computer lacks the replication SPN partners derive. */
        MISSING_REPLICATION_SPN,
        /** A global catalog's computer lacks the GC SPN. */
        MISSING_GC_SPN
    }

    private final Server server;
    private final ComputerAccount computer;
    private final String domainDnsName;
    private final String replicationSpn;
    private final String gcSpn;
    private final List<Break> breaks;

    private ServerChain(Server server, ComputerAccount computer, String domainDnsName, String replicationSpn,
            String gcSpn, List<Break> breaks) {
        this.server = server;
        this.computer = computer;
        this.domainDnsName = domainDnsName;
        this.replicationSpn = replicationSpn;
        this.gcSpn = gcSpn;
        this.breaks = Collections.unmodifiableList(breaks);
    }

    /** Follows a server's chain in one DC's copy of the topology. */
    public static ServerChain of(Server server, Topology topology) {
        Optional<NtdsSettings> dsa = server.ntdsSettings();
        String domain = domainOf(server, dsa.orElse(null), topology);
        String replicationSpn = dsa.flatMap(NtdsSettings::objectGuid)
                .map(guid -> DRS_SPN_CLASS + "/" + guid + "/" + domain).orElse(null);
        String gcSpn = dsa.filter(NtdsSettings::isGlobalCatalog).isPresent() && !server.dnsHostName().isEmpty()
                ? "GC/" + server.dnsHostName() + "/" + topology.forest().forestDnsName() : null;
        ComputerAccount computer = server.hasServerReference()
                ? topology.computer(server.serverReference()).orElse(null) : null;

        List<Break> breaks = new ArrayList<>();
        if (!server.hasServerReference()) {
            breaks.add(Break.NO_SERVER_REFERENCE);
        } else if (computer == null) {
            breaks.add(Break.REFERENCE_NOT_FOUND);
        } else if (!computer.isDomainControllerAccount()) {
            breaks.add(Break.NOT_A_DC_ACCOUNT);
        } else {
            if (!computer.dnsHostName().equalsIgnoreCase(server.dnsHostName())) {
                breaks.add(Break.HOST_NAME_MISMATCH);
            }
            if (replicationSpn != null && !computer.hasSpn(replicationSpn)) {
                breaks.add(Break.MISSING_REPLICATION_SPN);
            }
            if (gcSpn != null && !computer.hasSpn(gcSpn)) {
                breaks.add(Break.MISSING_GC_SPN);
            }
        }
        return new ServerChain(server, computer, domain, replicationSpn, gcSpn, breaks);
    }

    /** The DNS name of the DC's domain: from msDS-HasDomainNCs, else the serverReference, else the forest root. */
    private static String domainOf(Server server, NtdsSettings dsa, Topology topology) {
        if (dsa != null && !dsa.msDsHasDomainNcs().isEmpty()) {
            return DnNames.dnsNameOf(dsa.msDsHasDomainNcs().get(0));
        }
        String fromReference = DnNames.dnsNameOf(server.serverReference());
        return fromReference.isEmpty() ? topology.forest().forestDnsName() : fromReference;
    }

    public Server server() {
        return server;
    }

    /** The object serverReference names, when this DC's copy holds it. */
    public Optional<ComputerAccount> computer() {
        return Optional.ofNullable(computer);
    }

    public String domainDnsName() {
        return domainDnsName;
    }

    /** {@code E3514235-4B06-11D1-AB04-00C04FC2DCD2/<DSA GUID>/<domain>}, for a server with NTDS Settings. */
    public Optional<String> replicationSpn() {
        return Optional.ofNullable(replicationSpn);
    }

    /** {@code GC/<dNSHostName>/<forest root>}, for a global catalog. */
    public Optional<String> gcSpn() {
        return Optional.ofNullable(gcSpn);
    }

    public List<Break> breaks() {
        return breaks;
    }

    public boolean isIntact() {
        return breaks.isEmpty();
    }
}
