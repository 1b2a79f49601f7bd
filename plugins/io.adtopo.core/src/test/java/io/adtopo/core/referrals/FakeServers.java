package io.adtopo.core.referrals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

import io.adtopo.core.changes.EntryChange;
import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Credentials;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectoryException.Kind;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.ldap.EntryHandler;
import io.adtopo.core.ldap.LdapEntry;
import io.adtopo.core.ldap.RootDse;
import io.adtopo.core.ldap.SearchSpec;
import io.adtopo.core.testing.LdifDirectory;

/**
 * Servers for chase tests, by host name: each an LDIF fixture that can also return continuation references
 * (on subtree searches above a DN) and referral results (for a base). Records every bind: host, principal and
 * whether a password came with it.
 */
final class FakeServers implements ReferralChaser.Connector {

    /** One bind a chase made. */
    static final class Bind {
        final String host;
        final String principal;
        final boolean withPassword;

        Bind(String host, String principal, boolean withPassword) {
            this.host = host;
            this.principal = principal;
            this.withPassword = withPassword;
        }

        @Override
        public String toString() {
            return host + " as " + (principal.isEmpty() ? "anonymous" : principal) + (withPassword ? " +pw" : "");
        }
    }

    private final Map<String, String> ldif = new HashMap<>();
    private final Map<String, Map<String, List<String>>> continuations = new HashMap<>();
    private final Map<String, Map<String, List<String>>> referrals = new HashMap<>();
    final List<Bind> binds = new ArrayList<>();

    FakeServers server(String host, String fixture) {
        ldif.put(host.toLowerCase(Locale.ROOT), fixture);
        return this;
    }

    /** A subtree (or one-level) search at base or above returns a continuation reference to the URL. */
    FakeServers continuation(String host, String belowDn, String url) {
        continuations.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new HashMap<>())
                .computeIfAbsent(belowDn, d -> new ArrayList<>()).add(url);
        return this;
    }

    /** A search based at the DN returns result 10, referral, to the URL. */
    FakeServers referral(String host, String baseDn, String url) {
        referrals.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new HashMap<>())
                .computeIfAbsent(DnNames.key(baseDn), d -> new ArrayList<>()).add(url);
        return this;
    }

    @Override
    public DirectorySession open(ChaseTarget target, Credentials credentials, IProgressMonitor monitor)
            throws DirectoryException {
        String host = target.url().host().toLowerCase(Locale.ROOT);
        char[] password = credentials.password();
        binds.add(new Bind(host, credentials.principal(), password.length > 0));
        java.util.Arrays.fill(password, '\0');
        String fixture = ldif.get(host);
        if (fixture == null) {
            throw new DirectoryException(Kind.UNREACHABLE, "No answer from " + host + ":" + target.url().port());
        }
        return new Session(host, LdifDirectory.fromResource(FakeServers.class, fixture));
    }

    List<String> hostsContacted() {
        List<String> hosts = new ArrayList<>();
        binds.forEach(b -> hosts.add(b.host));
        return hosts;
    }

    private final class Session implements DirectorySession {
        private final String host;
        private final LdifDirectory data;

        Session(String host, LdifDirectory data) {
            this.host = host;
            this.data = data;
        }

        @Override
        public long search(SearchSpec spec, EntryHandler handler, IProgressMonitor monitor) throws DirectoryException {
            List<String> referral = referrals.getOrDefault(host, Map.of()).get(DnNames.key(spec.base()));
            if (referral != null) {
                handler.referral(referral);
                return 0;
            }
            long count = data.search(spec, handler, monitor);
            for (Map.Entry<String, List<String>> e : continuations.getOrDefault(host, Map.of()).entrySet()) {
                if (DnNames.isWithin(e.getKey(), spec.base()) && !DnNames.same(e.getKey(), spec.base())) {
                    handler.reference(e.getValue());
                }
            }
            return count;
        }

        @Override
        public ConnectionProfile profile() {
            return data.profile();
        }

        @Override
        public RootDse rootDse() {
            return data.rootDse();
        }

        @Override
        public Optional<LdapEntry> read(String dn, String... attributes) {
            return data.read(dn, attributes);
        }

        @Override
        public void modify(EntryChange change) throws DirectoryException {
            data.modify(change);
        }

        @Override
        public boolean isOpen() {
            return data.isOpen();
        }

        @Override
        public void close() {
            data.close();
        }
    }
}
