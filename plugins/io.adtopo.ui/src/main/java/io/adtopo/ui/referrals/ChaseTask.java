package io.adtopo.ui.referrals;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Credentials;
import io.adtopo.core.connection.CredentialsUnavailableException;
import io.adtopo.core.connection.Encryption;
import io.adtopo.core.dns.HostConnector;
import io.adtopo.core.dns.HostResolvers;
import io.adtopo.core.ldap.DirectoryConnector;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.ldap.SearchSpec;
import io.adtopo.core.referrals.BindChoice;
import io.adtopo.core.referrals.ChaseResult;
import io.adtopo.core.referrals.DirectoryChaseConnector;
import io.adtopo.core.referrals.LdapUrl;
import io.adtopo.core.referrals.ReferralChaser;
import io.adtopo.core.referrals.ReferralResolver;
import io.adtopo.ui.connections.ConnectionRef;
import io.adtopo.ui.connections.HostAddresses;
import io.adtopo.ui.internal.Messages;

/**
 * A chase from the connection's own server: the first hop binds as the connection does; every other server
 * is named in a dialog first (nothing is sent before the user chooses how to bind). Host names are found by
 * the system resolver, the directory's DNS records, then the addresses set in the preferences.
 */
final class ChaseTask implements ReferralsJob.Task {

    private final ConnectionRef connection;
    private final String dn;
    private final boolean merged;
    private final Shell shell;

    ChaseTask(ConnectionRef connection, String dn, boolean merged, Shell shell) {
        this.connection = connection;
        this.dn = dn;
        this.merged = merged;
        this.shell = shell;
    }

    @Override
    public ReferralNode run(DirectorySession session, ReferralResolver resolver, IProgressMonitor monitor)
            throws DirectoryException {
        String what = NLS.bind(Messages.Referrals_chaseOf, dn);
        try {
            resolver.answer(dn);
        } catch (IllegalArgumentException e) {
            return ReferralRows.failure(what, e.getMessage());
        }
        ConnectionProfile profile = connection.profile();
        String domain = session.rootDse().defaultNamingContext();
        String root = session.rootDse().rootDomainNamingContext().isEmpty() ? domain
                : session.rootDse().rootDomainNamingContext();
        DirectoryChaseConnector connector = new DirectoryChaseConnector(new HostConnector(new DirectoryConnector(),
                HostResolvers.standard(session, domain, root, HostAddresses.load()),
                connection.catalog().trust(profile)), profile.encryption());
        LdapUrl start = new LdapUrl(profile.encryption() == Encryption.LDAPS, profile.host(), profile.port(), dn);
        ReferralChaser.Consent consent = target -> target.url().equals(start) ? BindChoice.connection()
                : ask(target);
        try (Credentials credentials = connection.catalog().credentials(profile)) {
            ChaseResult result = new ReferralChaser(connector, consent, resolver, credentials,
                    ReferralChaser.DEFAULT_HOP_LIMIT).chase(start, NLS.bind(Messages.Referrals_theConnection,
                            profile.name()), SearchSpec.subtree(dn, "(objectClass=*)", "objectClass"), monitor);
            return ReferralRows.chase(dn, result, merged);
        } catch (CredentialsUnavailableException e) {
            return ReferralRows.failure(what, e.getMessage());
        }
    }

    private BindChoice ask(io.adtopo.core.referrals.ChaseTarget target) {
        BindChoice[] choice = { BindChoice.skip() };
        shell.getDisplay().syncExec(() -> {
            if (shell.isDisposed()) {
                return;
            }
            ChaseConsentDialog dialog = new ChaseConsentDialog(shell, target, connection.profile().bindPrincipal());
            if (dialog.open() == ChaseConsentDialog.OK) {
                choice[0] = dialog.choice();
            }
        });
        return choice[0];
    }
}
