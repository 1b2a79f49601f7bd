package io.adtopo.core.referrals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.adtopo.core.connection.Credentials;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.ldap.EntryHandler;
import io.adtopo.core.ldap.LdapEntry;
import io.adtopo.core.ldap.SearchSpec;

/**
 * Chases referrals the way a client library does when chasing is on (seed 002), but asking first: each
 * server a referral or continuation reference names is searched at the DN the URL gives, with the bind the
 * user chooses for it (the connection's credentials are offered inside the forest, an anonymous bind outside
 * it; nothing is sent before the choice). A server that answers noSuchObject where Windows would refer (Samba
 * does not generate referrals from external crossRefs) is asked, by its own crossRefs, where it would refer.
 * Stops at a loop (a place followed before) and past the hop limit, saying so.
 */
public final class ReferralChaser {

    /** Opens a session to the server a target names, bound with the credentials given (anonymous allowed). */
    public interface Connector {
        DirectorySession open(ChaseTarget target, Credentials credentials, IProgressMonitor monitor)
                throws DirectoryException;
    }

    /** Asks how to bind at a server before anything is sent to it. */
    public interface Consent {
        BindChoice choose(ChaseTarget target);
    }

    public static final int DEFAULT_HOP_LIMIT = 5;

    private final Connector connector;
    private final Consent consent;
    private final ReferralResolver forest;
    private final Credentials connectionCredentials;
    private final int hopLimit;

    /**
     * forest: the resolver of the connection's forest (decides which hosts are inside it);
     * connectionCredentials: the connection's own, used only where the user chooses them.
     */
    public ReferralChaser(Connector connector, Consent consent, ReferralResolver forest,
            Credentials connectionCredentials, int hopLimit) {
        if (hopLimit < 1) {
            throw new IllegalArgumentException("The hop limit is at least 1: " + hopLimit);
        }
        this.connector = connector;
        this.consent = consent;
        this.forest = forest;
        this.connectionCredentials = connectionCredentials;
        this.hopLimit = hopLimit;
    }

    /**
     * Searches at the start (the connection's own server, so inside the forest) and follows every referral;
     * spec gives the filter, scope and attributes.
     */
    public ChaseResult chase(LdapUrl start, String startCause, SearchSpec spec, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Chasing referrals from " + start, hopLimit * 4);
        Deque<ChaseTarget> queue = new ArrayDeque<>();
        // the start is the connection's own server, whatever name or address it is reached by
        queue.add(new ChaseTarget(start, 1, startCause, true));
        Map<String, Integer> followed = new HashMap<>();
        List<ChaseStep> steps = new ArrayList<>();
        while (!queue.isEmpty()) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            ChaseTarget target = queue.poll();
            Integer before = followed.get(target.url().key());
            if (before != null) {
                steps.add(ChaseStep.notAsked(target, ChaseStep.Outcome.LOOP, "Referral loop: " + target.url()
                        + " was already followed at hop " + before + "; not followed again."));
                continue;
            }
            if (target.hop() > hopLimit) {
                steps.add(ChaseStep.notAsked(target, ChaseStep.Outcome.HOP_LIMIT, "Not followed: more than "
                        + hopLimit + " hops (" + target.url() + ")."));
                continue;
            }
            followed.put(target.url().key(), target.hop());
            progress.setWorkRemaining(hopLimit * 4);
            progress.subTask(target.url().toString());
            ChaseStep step = ask(target, spec, progress.split(1));
            steps.add(step);
            for (LdapUrl next : step.referrals()) {
                String cause = (step.outcome() == ChaseStep.Outcome.SEARCHED ? "referred by " : "named by ")
                        + target.url().host();
                queue.add(new ChaseTarget(next.dn().isEmpty() ? next.withDn(target.url().dn()) : next,
                        target.hop() + 1, cause, forest.isInForest(next.host())));
            }
        }
        return new ChaseResult(steps);
    }

    private ChaseStep ask(ChaseTarget target, SearchSpec spec, IProgressMonitor monitor) {
        BindChoice choice = consent.choose(target);
        if (choice.bind() == BindChoice.Bind.SKIP) {
            return ChaseStep.notAsked(target, ChaseStep.Outcome.SKIPPED, "Skipped: not contacted.");
        }
        try (Credentials credentials = credentialsFor(choice)) {
            String boundAs = credentials.isAnonymous() ? "anonymous" : credentials.principal();
            try {
                return search(target, spec, credentials, boundAs, monitor);
            } catch (DirectoryException e) {
                return new ChaseStep(target, ChaseStep.Outcome.FAILED, boundAs, List.of(), List.of(), e.getMessage());
            }
        }
    }

    private ChaseStep search(ChaseTarget target, SearchSpec spec, Credentials credentials, String boundAs,
            IProgressMonitor monitor) throws DirectoryException {
        List<LdapEntry> entries = new ArrayList<>();
        List<LdapUrl> referrals = new ArrayList<>();
        List<String> unusable = new ArrayList<>();
        try (DirectorySession session = connector.open(target, credentials, monitor)) {
            try {
                session.search(spec.withBase(target.url().dn()), new EntryHandler() {
                    @Override
                    public void entry(LdapEntry entry) {
                        entries.add(entry);
                    }

                    @Override
                    public void reference(List<String> urls) {
                        collect(urls, referrals, unusable);
                    }

                    @Override
                    public void referral(List<String> urls) {
                        collect(urls, referrals, unusable);
                    }
                }, monitor);
            } catch (DirectoryException e) {
                if (e.kind() != DirectoryException.Kind.NO_SUCH_OBJECT) {
                    throw e;
                }
                return noSuchObject(target, session, boundAs, monitor);
            }
        }
        String message = entries.size() + " entries, " + referrals.size() + " referrals"
                + (unusable.isEmpty() ? "" : "; not followable: " + String.join(", ", unusable)) + ".";
        return new ChaseStep(target, ChaseStep.Outcome.SEARCHED, boundAs, entries, referrals, message);
    }

    /** Where the server would refer a DN it does not hold, by its own crossRefs (Windows would return it). */
    private static ChaseStep noSuchObject(ChaseTarget target, DirectorySession session, String boundAs,
            IProgressMonitor monitor) throws DirectoryException {
        String dn = target.url().dn();
        DnAnswer answer;
        try {
            answer = ReferralResolver.read(session, monitor).answer(dn);
        } catch (IllegalArgumentException e) {
            return new ChaseStep(target, ChaseStep.Outcome.SEARCHED, boundAs, List.of(), List.of(),
                    "No such object: " + dn + ".");
        }
        Optional<LdapUrl> referral = answer.referral();
        if (referral.isEmpty()) {
            return new ChaseStep(target, ChaseStep.Outcome.SEARCHED, boundAs, List.of(), List.of(),
                    "No such object: " + dn + ". " + answer.explanation());
        }
        return new ChaseStep(target, ChaseStep.Outcome.SEARCHED, boundAs, List.of(), List.of(referral.get()),
                "No such object here; by its crossRefs this server refers the DN to " + referral.get() + " ("
                        + answer.explanation() + ")");
    }

    private static void collect(List<String> urls, List<LdapUrl> into, List<String> unusable) {
        for (String url : urls) {
            try {
                into.add(LdapUrl.parse(url));
            } catch (IllegalArgumentException e) {
                unusable.add(url);
            }
        }
    }

    private Credentials credentialsFor(BindChoice choice) {
        switch (choice.bind()) {
        case CONNECTION:
            char[] password = connectionCredentials.password();
            try {
                return Credentials.of(connectionCredentials.principal(), password);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        case OTHER:
            return choice.other();
        default:
            return Credentials.anonymous();
        }
    }
}
