package io.adtopo.ui.properties;

import org.eclipse.osgi.util.NLS;

import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.topology.ComputerAccount;
import io.adtopo.core.topology.Server;
import io.adtopo.core.topology.ServerChain;
import io.adtopo.core.topology.Topology;
import io.adtopo.ui.internal.Messages;

/** A server object's facts: where it is, the computer it references and the SPN chain partners follow. */
final class ServerFacts {

    private ServerFacts() {
    }

    static FactsPropertySource of(Server s, Topology topology) {
        FactsPropertySource facts = new FactsPropertySource().category(Messages.Prop_object)
                .add(Messages.Prop_dn, s.dn()).add(Messages.Prop_site, DnNames.firstValue(s.siteDn()))
                .add("dNSHostName", s.dnsHostName()).add("serverReference", s.hasServerReference()
                        ? s.serverReference() : Messages.Prop_missing)
                .add(Messages.Prop_domainController, TopologyPropertySources.yesNo(s.isDomainController()));
        if (!s.isDomainController()) {
            return facts;
        }
        ServerChain chain = ServerChain.of(s, topology);
        facts.category(Messages.Prop_computer);
        ComputerAccount computer = chain.computer().orElse(null);
        if (computer == null) {
            facts.add(Messages.Prop_computer, s.hasServerReference() ? Messages.Prop_notFound : Messages.Prop_missing);
        } else {
            facts.add(Messages.Prop_computer, computer.dn()).add("dNSHostName", computer.dnsHostName())
                    .add(Messages.Prop_accountKind, accountKind(computer))
                    .add("servicePrincipalName", String.join("; ", computer.servicePrincipalNames()));
        }
        facts.category(Messages.Prop_chain).add(Messages.Prop_replicationSpn, chain.replicationSpn().orElse(""))
                .add(Messages.Prop_gcSpn, chain.gcSpn().orElse(Messages.Prop_notGc))
                .add(Messages.Prop_chainState, describe(chain));
        return facts;
    }

    private static String accountKind(ComputerAccount computer) {
        if (!computer.isComputer()) {
            return Messages.Prop_notAComputer;
        }
        if ((computer.userAccountControl() & ComputerAccount.UF_PARTIAL_SECRETS_ACCOUNT) != 0) {
            return Messages.Prop_rodcAccount;
        }
        return computer.isDomainControllerAccount() ? Messages.Prop_dcAccount
                : NLS.bind(Messages.Prop_memberAccount, TopologyPropertySources.hex(computer.userAccountControl()));
    }

    /** "intact", or what is broken, in words. */
    static String describe(ServerChain chain) {
        if (chain.isIntact()) {
            return Messages.Prop_chainIntact;
        }
        StringBuilder out = new StringBuilder();
        for (ServerChain.Break b : chain.breaks()) {
            out.append(out.length() == 0 ? "" : "; ").append(text(b));
        }
        return out.toString();
    }

    private static String text(ServerChain.Break b) {
        switch (b) {
        case NO_SERVER_REFERENCE:
            return Messages.Break_noServerReference;
        case REFERENCE_NOT_FOUND:
            return Messages.Break_referenceNotFound;
        case NOT_A_DC_ACCOUNT:
            return Messages.Break_notADcAccount;
        case HOST_NAME_MISMATCH:
            return Messages.Break_hostNameMismatch;
        case MISSING_REPLICATION_SPN:
            return Messages.Break_missingReplicationSpn;
        default:
            return Messages.Break_missingGcSpn;
        }
    }
}
