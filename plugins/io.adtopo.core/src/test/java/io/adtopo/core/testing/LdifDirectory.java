package io.adtopo.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.directory.api.ldap.model.entry.Attribute;
import org.apache.directory.api.ldap.model.entry.Value;
import org.apache.directory.api.ldap.model.exception.LdapException;
import org.apache.directory.api.ldap.model.filter.AndNode;
import org.apache.directory.api.ldap.model.filter.EqualityNode;
import org.apache.directory.api.ldap.model.filter.ExprNode;
import org.apache.directory.api.ldap.model.filter.ExtensibleNode;
import org.apache.directory.api.ldap.model.filter.FilterParser;
import org.apache.directory.api.ldap.model.filter.NotNode;
import org.apache.directory.api.ldap.model.filter.OrNode;
import org.apache.directory.api.ldap.model.filter.PresenceNode;
import org.apache.directory.api.ldap.model.ldif.LdifEntry;
import org.apache.directory.api.ldap.model.ldif.LdifReader;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Encryption;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectoryException.Kind;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.ldap.EntryHandler;
import io.adtopo.core.ldap.LdapEntry;
import io.adtopo.core.ldap.RootDse;
import io.adtopo.core.ldap.SearchSpec;

/**
 * A directory held in memory from an LDIF fixture, answering searches the way a server would (scopes,
 * equality / presence / and / or / not filters, tombstones only with Show Deleted). For unit tests of the
 * readers' assembly logic; integration tests use the Samba forest.
 */
public final class LdifDirectory implements DirectorySession {

    private final List<LdapEntry> entries;
    private final ConnectionProfile profile;
    private final RootDse rootDse;
    private final List<SearchSpec> searches = new ArrayList<>();
    private boolean open = true;

    private LdifDirectory(List<LdapEntry> entries) {
        this.entries = entries;
        this.profile = new ConnectionProfile("ldif", "LDIF fixture", "fixture.invalid", 389, Encryption.NONE,
                "CN=Administrator,CN=Users,DC=fixture", false, "test");
        this.rootDse = new RootDse(entries.stream().filter(e -> e.dn().isEmpty()).findFirst()
                .orElse(LdapEntry.builder("").build()));
    }

    /** Loads a classpath resource relative to the given class. */
    public static LdifDirectory fromResource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static LdifDirectory parse(String ldif) {
        List<LdapEntry> entries = new ArrayList<>();
        try (LdifReader reader = new LdifReader()) {
            for (LdifEntry ldifEntry : reader.parseLdif(ldif)) {
                LdapEntry.Builder builder = LdapEntry.builder(ldifEntry.getDn().getName());
                for (Attribute attribute : ldifEntry.getEntry()) {
                    for (Value value : attribute) {
                        builder.add(attribute.getUpId(), value.getBytes());
                    }
                }
                entries.add(builder.build());
            }
        } catch (LdapException | IOException e) {
            throw new IllegalArgumentException("bad LDIF fixture: " + e.getMessage(), e);
        }
        return new LdifDirectory(entries);
    }

    /** The searches run so far, in order. */
    public List<SearchSpec> searches() {
        return searches;
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
        if (!open) {
            throw new DirectoryException(Kind.CONNECTION_LOST, "closed");
        }
        searches.add(spec);
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        if (!spec.base().isEmpty() && entries.stream().noneMatch(e -> DnNames.same(e.dn(), spec.base()))) {
            throw new DirectoryException(Kind.NO_SUCH_OBJECT, "no such object: " + spec.base());
        }
        ExprNode filter;
        try {
            filter = FilterParser.parse(spec.filter());
        } catch (ParseException e) {
            throw new DirectoryException(Kind.OTHER, "bad filter " + spec.filter(), e);
        }
        long count = 0;
        for (LdapEntry entry : entries) {
            if (inScope(entry.dn(), spec) && (spec.showDeleted() || !entry.bool("isDeleted", false))
                    && matches(filter, entry)) {
                handler.entry(entry);
                count++;
            }
        }
        return count;
    }

    private static boolean inScope(String dn, SearchSpec spec) {
        switch (spec.scope()) {
        case BASE:
            return DnNames.same(dn, spec.base());
        case ONE_LEVEL:
            return !dn.isEmpty() && DnNames.same(DnNames.parent(dn), spec.base());
        default:
            return !dn.isEmpty() && DnNames.isWithin(dn, spec.base());
        }
    }

    private static boolean matches(ExprNode node, LdapEntry entry) {
        if (node instanceof AndNode) {
            return ((AndNode) node).getChildren().stream().allMatch(child -> matches(child, entry));
        }
        if (node instanceof OrNode) {
            return ((OrNode) node).getChildren().stream().anyMatch(child -> matches(child, entry));
        }
        if (node instanceof NotNode) {
            return !matches(((NotNode) node).getFirstChild(), entry);
        }
        if (node instanceof PresenceNode) {
            String attribute = ((PresenceNode) node).getAttribute();
            return "objectClass".equalsIgnoreCase(attribute) || entry.has(attribute);
        }
        if (node instanceof EqualityNode) {
            EqualityNode<?> equality = (EqualityNode<?>) node;
            byte[] wanted = equality.getValue().getBytes();
            String wantedText = new String(wanted, StandardCharsets.UTF_8);
            for (byte[] value : entry.allBytes(equality.getAttribute())) {
                if (Arrays.equals(value, wanted)
                        || new String(value, StandardCharsets.UTF_8).equalsIgnoreCase(wantedText)) {
                    return true;
                }
            }
            return false;
        }
        if (node instanceof ExtensibleNode) {
            return bitwise((ExtensibleNode) node, entry);
        }
        throw new IllegalArgumentException("filter not supported by the fixture directory: " + node);
    }

    /** AD's LDAP_MATCHING_RULE_BIT_AND (1.2.840.113556.1.4.803) and BIT_OR (...804). */
    private static boolean bitwise(ExtensibleNode node, LdapEntry entry) {
        long wanted = Long.parseLong(node.getValue().getString().trim());
        for (String value : entry.strings(node.getAttribute())) {
            long actual = Long.parseLong(value.trim());
            if ("1.2.840.113556.1.4.803".equals(node.getMatchingRuleId()) && (actual & wanted) == wanted) {
                return true;
            }
            if ("1.2.840.113556.1.4.804".equals(node.getMatchingRuleId()) && (actual & wanted) != 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<LdapEntry> read(String dn, String... attributes) {
        return entries.stream().filter(e -> DnNames.same(e.dn(), dn)).findFirst();
    }

    @Override
    public void modify(io.adtopo.core.changes.EntryChange change) throws DirectoryException {
        throw new DirectoryException(Kind.INSUFFICIENT_RIGHTS, "the LDIF fixture is read-only");
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
    }
}
