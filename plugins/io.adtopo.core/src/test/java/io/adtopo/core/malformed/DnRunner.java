package io.adtopo.core.malformed;

import java.util.List;
import java.util.Set;

import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.referrals.DnAnswer;
import io.adtopo.core.referrals.ReferralResolver;

/**
 * One DN (a line of UTF-8) as a user types it into the Referrals view: {@link ReferralResolver#answer(String)}
 * refuses what is not a DN; what it takes is then split and keyed by {@link DnNames}. Facts: {@code key},
 * {@code rdn} (each RDN as written), {@code first-value}, {@code parent}, {@code dns-name}, and {@code within}
 * / {@code not-within}, which name bases the DN must (not) lie under.
 */
final class DnRunner implements CaseRunner {

    private final ReferralResolver resolver = new ReferralResolver(List.of(), Set.of(), Set.of(), "", "DC1");

    @Override
    public Outcome run(byte[] input, Expectation expect) {
        String dn = CaseRunner.oneLine(input);
        DnAnswer answer;
        try {
            answer = resolver.answer(dn);
        } catch (IllegalArgumentException e) {
            return Outcome.refused(e.getMessage());
        }
        Outcome outcome = Outcome.read(answer.explanation()).with("key", DnNames.key(dn))
                .with("first-value", DnNames.firstValue(dn)).with("parent", DnNames.parent(dn))
                .with("dns-name", DnNames.dnsNameOf(dn)).withNone("rdn").withNone("within").withNone("not-within");
        DnNames.rdns(dn).forEach(rdn -> outcome.with("rdn", rdn));
        for (String base : expect.all("within")) {
            outcome.with("within", DnNames.isWithin(dn, base) ? base : "(not within) " + base);
        }
        for (String base : expect.all("not-within")) {
            outcome.with("not-within", DnNames.isWithin(dn, base) ? "(within) " + base : base);
        }
        return outcome;
    }
}
