package io.adtopo.ui.referrals;

import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import io.adtopo.core.ldap.LdapEntry;
import io.adtopo.core.referrals.ChaseResult;
import io.adtopo.core.referrals.ChaseStep;
import io.adtopo.core.referrals.DnAnswer;
import io.adtopo.core.referrals.LdapUrl;
import io.adtopo.core.referrals.ReferralResolver;
import io.adtopo.core.topology.CrossRef;
import io.adtopo.ui.internal.Messages;

/** Turns answers, search references and chases into the Referrals view's rows. */
final class ReferralRows {

    private ReferralRows() {
    }

    static ReferralNode answer(DnAnswer answer) {
        ReferralNode node = new ReferralNode(NLS.bind(Messages.Referrals_answerFor, answer.dn()),
                answer.explanation(), answer);
        node.add(Messages.Referrals_kind, answer.kind().label());
        answer.crossRef().ifPresent(c -> node.add(Messages.Referrals_crossRef, c.name() + " (" + c.kind().label()
                + ", nCName " + c.ncName() + ", dnsRoot " + String.join(", ", c.dnsRoots()) + ")"));
        node.add(Messages.Referrals_heldHere, answer.heldByConnectedServer() ? Messages.Referrals_yes
                : Messages.Referrals_no);
        node.add(Messages.Referrals_referral, answer.referral().map(LdapUrl::toString)
                .orElse(Messages.Referrals_noReferral));
        return node;
    }

    /** The references a subtree search returned, each with the crossRef that answers for its DN. */
    static ReferralNode search(String base, long entries, Map<String, String> references, List<String> referrals,
            ReferralResolver resolver) {
        ReferralNode node = new ReferralNode(NLS.bind(Messages.Referrals_searchOf, base), NLS.bind(
                Messages.Referrals_searchSummary, new Object[] { entries, references.size(), referrals.size() }),
                null);
        references.forEach((url, kind) -> node.add(reference(url, kind, resolver)));
        referrals.forEach(url -> node.add(reference(url, Messages.Referrals_referralResult, resolver)));
        return node;
    }

    private static ReferralNode reference(String url, String kind, ReferralResolver resolver) {
        String mapped;
        Object data = url;
        try {
            LdapUrl parsed = LdapUrl.parse(url);
            data = parsed;
            DnAnswer answer = resolver.answer(parsed.dn());
            mapped = answer.crossRef().map(c -> NLS.bind(Messages.Referrals_mappedTo, c.name(), c.kind().label()))
                    .orElse(answer.explanation());
        } catch (IllegalArgumentException e) {
            mapped = e.getMessage();
        }
        return new ReferralNode(url, kind + ": " + mapped, data);
    }

    static ReferralNode chase(String dn, ChaseResult result, boolean merged) {
        ReferralNode node = new ReferralNode(NLS.bind(Messages.Referrals_chaseOf, dn), NLS.bind(
                Messages.Referrals_chaseSummary, result.steps().size(), result.mergedEntries().size()), result);
        for (ChaseStep step : result.steps()) {
            ReferralNode row = node.add(new ReferralNode(NLS.bind(Messages.Referrals_hop, step.target().hop(),
                    step.target().url()), stepDetails(step), step));
            if (!merged) {
                step.entries().forEach(e -> row.add(entry(e)));
            }
        }
        if (merged) {
            ReferralNode all = node.add(new ReferralNode(Messages.Referrals_merged,
                    String.valueOf(result.mergedEntries().size()), null));
            result.mergedEntries().forEach(e -> all.add(entry(e)));
        }
        return node;
    }

    private static String stepDetails(ChaseStep step) {
        String bound = step.boundAs().isEmpty() ? "" : NLS.bind(Messages.Referrals_boundAs, step.boundAs()) + "; ";
        return step.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + bound
                + step.message() + " (" + step.target().cause() + ")";
    }

    private static ReferralNode entry(LdapEntry entry) {
        return new ReferralNode(entry.dn(), "", entry);
    }

    static ReferralNode externals(List<CrossRef> external) {
        ReferralNode node = new ReferralNode(Messages.Referrals_external, String.valueOf(external.size()), null);
        for (CrossRef c : external) {
            node.add(new ReferralNode(c.ncName(), c.name() + ": " + c.referralUrl().orElse(Messages.Referrals_noDnsRoot),
                    c));
        }
        return node;
    }

    static ReferralNode failure(String what, String message) {
        return new ReferralNode(what, message, null);
    }
}
