package io.adtopo.core.internal.ldap;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.directory.api.ldap.model.cursor.CursorException;
import org.apache.directory.api.ldap.model.cursor.SearchCursor;
import org.apache.directory.api.ldap.model.entry.DefaultAttribute;
import org.apache.directory.api.ldap.model.entry.DefaultModification;
import org.apache.directory.api.ldap.model.entry.ModificationOperation;
import org.apache.directory.api.ldap.model.exception.LdapException;
import org.apache.directory.api.ldap.model.exception.LdapInvalidDnException;
import org.apache.directory.api.ldap.model.message.AliasDerefMode;
import org.apache.directory.api.ldap.model.message.Control;
import org.apache.directory.api.ldap.model.message.ModifyRequest;
import org.apache.directory.api.ldap.model.message.ModifyRequestImpl;
import org.apache.directory.api.ldap.model.message.ModifyResponse;
import org.apache.directory.api.ldap.model.message.Response;
import org.apache.directory.api.ldap.model.message.ResultCodeEnum;
import org.apache.directory.api.ldap.model.message.SearchRequest;
import org.apache.directory.api.ldap.model.message.SearchRequestImpl;
import org.apache.directory.api.ldap.model.message.SearchResultDone;
import org.apache.directory.api.ldap.model.message.SearchResultEntry;
import org.apache.directory.api.ldap.model.message.SearchResultReference;
import org.apache.directory.api.ldap.model.message.controls.OpaqueControl;
import org.apache.directory.api.ldap.model.message.controls.PagedResults;
import org.apache.directory.api.ldap.model.message.controls.PagedResultsImpl;
import org.apache.directory.api.ldap.model.name.Dn;
import org.apache.directory.ldap.client.api.LdapNetworkConnection;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import io.adtopo.core.changes.EntryChange;
import io.adtopo.core.changes.Modification;
import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectoryException.Kind;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.ldap.EntryHandler;
import io.adtopo.core.ldap.LdapEntry;
import io.adtopo.core.ldap.RootDse;
import io.adtopo.core.ldap.SearchScope;
import io.adtopo.core.ldap.SearchSpec;

/** A {@link DirectorySession} over an Apache Directory API connection. */
public final class ApiDirectorySession implements DirectorySession {

    /** LDAP_SERVER_SHOW_DELETED_OID. */
    public static final String SHOW_DELETED_OID = "1.2.840.113556.1.4.417";

    private final ConnectionProfile profile;
    private final LdapNetworkConnection connection;
    private final FailureTranslator failures;
    private RootDse rootDse;

    ApiDirectorySession(ConnectionProfile profile, LdapNetworkConnection connection, FailureTranslator failures) {
        this.profile = profile;
        this.connection = connection;
        this.failures = failures;
    }

    void readRootDse() throws DirectoryException {
        Optional<LdapEntry> entry = read("", RootDse.ATTRIBUTES);
        if (entry.isEmpty()) {
            throw new DirectoryException(Kind.OTHER, profile.url() + " returned no root DSE.");
        }
        rootDse = new RootDse(entry.get());
    }

    @Override
    public ConnectionProfile profile() {
        return profile;
    }

    @Override
    public RootDse rootDse() {
        return rootDse;
    }

    @Override
    public long search(SearchSpec spec, EntryHandler handler, IProgressMonitor monitor) throws DirectoryException {
        byte[] cookie = null;
        long count = 0;
        do {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            SearchRequest request = request(spec, cookie);
            SearchResultDone done = null;
            try (SearchCursor cursor = connection.search(request)) {
                while (cursor.next()) {
                    Response response = cursor.get();
                    if (response instanceof SearchResultEntry) {
                        handler.entry(EntryConverter.convert(((SearchResultEntry) response).getEntry()));
                        count++;
                    } else if (response instanceof SearchResultReference) {
                        handler.reference(new ArrayList<>(
                                ((SearchResultReference) response).getReferral().getLdapUrls()));
                    }
                    if ((count & 0xff) == 0 && monitor.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                }
                done = cursor.getSearchResultDone();
            } catch (LdapException | CursorException | IOException e) {
                throw failures.operationFailed("the search " + spec, e, connection.isConnected());
            }
            cookie = checkDone(spec, done, handler);
        } while (cookie != null);
        return count;
    }

    private byte[] checkDone(SearchSpec spec, SearchResultDone done, EntryHandler handler) throws DirectoryException {
        if (done == null) {
            // The cursor ran dry without a SearchResultDone: whatever came is incomplete.
            if (!connection.isConnected()) {
                throw new DirectoryException(Kind.CONNECTION_LOST, "The connection to " + profile.url()
                        + " was lost during the search " + spec + "; what was read is incomplete.");
            }
            throw new DirectoryException(Kind.OTHER,
                    "The search " + spec + " on " + profile.url() + " ended without a result.");
        }
        ResultCodeEnum code = done.getLdapResult().getResultCode();
        if (code == ResultCodeEnum.REFERRAL) {
            // The base lies outside what this server holds: nothing to page through here.
            if (done.getLdapResult().getReferral() != null) {
                handler.referral(new ArrayList<>(done.getLdapResult().getReferral().getLdapUrls()));
            }
            return null;
        }
        if (code != ResultCodeEnum.SUCCESS) {
            if (!connection.isConnected() || isDisconnectNotice(done)) {
                throw new DirectoryException(Kind.CONNECTION_LOST, "The connection to " + profile.url()
                        + " was lost during the search " + spec + "; what was read is incomplete.");
            }
            throw failures.resultFailed("The search " + spec, done.getLdapResult());
        }
        Control control = done.getControl(PagedResults.OID);
        if (control instanceof PagedResults) {
            byte[] next = ((PagedResults) control).getCookie();
            return next == null || next.length == 0 ? null : next;
        }
        return null;
    }

    /**
     * A result the client library made up when the stream broke (a notice of disconnection, or a PDU cut
     * short), rather than one the server sent.
     */
    private static boolean isDisconnectNotice(SearchResultDone done) {
        String text = done.getLdapResult().getDiagnosticMessage();
        return text != null && text.toLowerCase(java.util.Locale.ROOT).contains("will disconnect");
    }

    private static SearchRequest request(SearchSpec spec, byte[] cookie) throws DirectoryException {
        SearchRequest request = new SearchRequestImpl();
        try {
            request.setBase(new Dn(spec.base()));
            request.setFilter(spec.filter());
        } catch (LdapInvalidDnException e) {
            throw new DirectoryException(Kind.OTHER, "Not a valid DN: " + spec.base(), e);
        } catch (LdapException e) {
            throw new DirectoryException(Kind.OTHER, "Not a valid LDAP filter: " + spec.filter(), e);
        }
        request.setScope(scopeOf(spec.scope()));
        request.setDerefAliases(AliasDerefMode.NEVER_DEREF_ALIASES);
        request.addAttributes(spec.attributes().isEmpty() ? new String[] { "*" }
                : spec.attributes().toArray(new String[0]));
        if (spec.scope() != SearchScope.BASE) {
            PagedResults paged = new PagedResultsImpl();
            paged.setSize(spec.pageSize());
            paged.setCookie(cookie);
            request.addControl(paged);
        }
        if (spec.showDeleted()) {
            request.addControl(new OpaqueControl(SHOW_DELETED_OID, true));
        }
        return request;
    }

    private static org.apache.directory.api.ldap.model.message.SearchScope scopeOf(SearchScope scope) {
        switch (scope) {
        case BASE:
            return org.apache.directory.api.ldap.model.message.SearchScope.OBJECT;
        case ONE_LEVEL:
            return org.apache.directory.api.ldap.model.message.SearchScope.ONELEVEL;
        default:
            return org.apache.directory.api.ldap.model.message.SearchScope.SUBTREE;
        }
    }

    @Override
    public Optional<LdapEntry> read(String dn, String... attributes) throws DirectoryException {
        List<LdapEntry> found = new ArrayList<>(1);
        try {
            search(SearchSpec.base(dn, attributes), found::add, new org.eclipse.core.runtime.NullProgressMonitor());
        } catch (DirectoryException e) {
            if (e.kind() == Kind.NO_SUCH_OBJECT) {
                return Optional.empty();
            }
            throw e;
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public void modify(EntryChange change) throws DirectoryException {
        ModifyRequest request = new ModifyRequestImpl();
        try {
            request.setName(new Dn(change.dn()));
        } catch (LdapInvalidDnException e) {
            throw new DirectoryException(Kind.OTHER, "Not a valid DN: " + change.dn(), e);
        }
        for (Modification m : change.modifications()) {
            request.addModification(new DefaultModification(operationOf(m.operation()),
                    new DefaultAttribute(m.attribute(), m.values().toArray(new String[0]))));
        }
        ModifyResponse response;
        try {
            response = connection.modify(request);
        } catch (LdapException e) {
            throw outcomeUnknown(failures.operationFailed("the change of " + change.dn(), e, connection.isConnected()));
        }
        if (response == null) {
            throw outcomeUnknown(new DirectoryException(Kind.CONNECTION_LOST, "The connection to " + profile.url()
                    + " was lost during the change of " + change.dn() + "."));
        }
        ResultCodeEnum code = response.getLdapResult().getResultCode();
        if (code == ResultCodeEnum.SUCCESS) {
            return;
        }
        if (code == ResultCodeEnum.NO_SUCH_ATTRIBUTE || code == ResultCodeEnum.ATTRIBUTE_OR_VALUE_EXISTS
                || code == ResultCodeEnum.CONSTRAINT_VIOLATION) {
            throw new DirectoryException(Kind.CONFLICT, change.dn() + " changed on " + profile.url()
                    + " since it was read (" + code.getMessage() + "); nothing was written.");
        }
        throw failures.resultFailed("The change of " + change.dn(), response.getLdapResult());
    }

    /** A write whose answer never came may or may not have been applied: say so. */
    private static DirectoryException outcomeUnknown(DirectoryException failure) {
        if (failure.kind() != Kind.CONNECTION_LOST && failure.kind() != Kind.TIMEOUT) {
            return failure;
        }
        return new DirectoryException(failure.kind(), failure.getMessage() + " Whether the server applied the change"
                + " is not known: read the entry again before anything else.", failure.getCause());
    }

    private static ModificationOperation operationOf(Modification.Operation operation) {
        switch (operation) {
        case ADD:
            return ModificationOperation.ADD_ATTRIBUTE;
        case DELETE:
            return ModificationOperation.REMOVE_ATTRIBUTE;
        default:
            return ModificationOperation.REPLACE_ATTRIBUTE;
        }
    }

    @Override
    public boolean isOpen() {
        return connection.isConnected();
    }

    @Override
    public void close() {
        connection.close();
    }

    @Override
    public String toString() {
        return profile.toString();
    }
}
