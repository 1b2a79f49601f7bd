package io.adtopo.studio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.directory.api.ldap.model.exception.LdapInvalidDnException;
import org.apache.directory.api.ldap.model.name.Dn;
import org.apache.directory.studio.connection.core.Connection;
import org.apache.directory.studio.connection.core.ConnectionParameter.AuthenticationMethod;
import org.apache.directory.studio.connection.core.ConnectionParameter.EncryptionMethod;
import org.eclipse.core.runtime.IAdaptable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.adtopo.studio.SelectedEntry;

/**
 * Turning what is selected in Directory Studio's LDAP Browser into (connection, DN) without loading the
 * browser's classes. The browser's own elements cannot run here (Studio 2013's LDAP Browser needs Directory
 * API 1.0); these stand-ins have the same shape: they adapt to Connection and have a public getDn()
 * returning Directory API's Dn.
 */
class SelectedEntryTest {

    private final Connection connection = StudioConnections.add("selection", "dc.example.test", 389,
            EncryptionMethod.NONE, AuthenticationMethod.NONE, "", null);

    @AfterEach
    void cleanUp() {
        StudioConnections.removeAll();
    }

    /** Shaped like IEntry / ISearchResult / IBookmark: adapts to Connection, has getDn(). */
    public static final class EntryLike implements IAdaptable {
        private final Connection connection;
        private final Dn dn;

        EntryLike(Connection connection, Dn dn) {
            this.connection = connection;
            this.dn = dn;
        }

        public Dn getDn() {
            return dn;
        }

        @Override
        public <T> T getAdapter(Class<T> adapter) {
            return adapter == Connection.class ? adapter.cast(connection) : null;
        }
    }

    /** Shaped like the browser's category nodes: adapt to Connection, no DN. */
    public static final class CategoryLike implements IAdaptable {
        private final Connection connection;

        CategoryLike(Connection connection) {
            this.connection = connection;
        }

        @Override
        public <T> T getAdapter(Class<T> adapter) {
            return adapter == Connection.class ? adapter.cast(connection) : null;
        }
    }

    @Test
    void anEntryGivesItsConnectionAndDn() throws LdapInvalidDnException {
        Dn dn = new Dn("CN=HOUDC1,CN=Servers,CN=Houston,CN=Sites,CN=Configuration,DC=contoso,DC=test");
        SelectedEntry entry = SelectedEntry.of(new EntryLike(connection, dn)).orElseThrow();
        assertSame(connection, entry.connection());
        assertEquals("CN=HOUDC1,CN=Servers,CN=Houston,CN=Sites,CN=Configuration,DC=contoso,DC=test", entry.dn());
        assertEquals("studio/" + connection.getConnectionParameter().getId(), entry.connectionKey());
    }

    @Test
    void aDnWithEscapesComesBackAsWritten() throws LdapInvalidDnException {
        Dn dn = new Dn("CN=Smith\\, John,OU=Sales,DC=contoso,DC=test");
        assertEquals("CN=Smith\\, John,OU=Sales,DC=contoso,DC=test",
                SelectedEntry.of(new EntryLike(connection, dn)).orElseThrow().dn());
    }

    @Test
    void aConnectionGivesNoDn() {
        SelectedEntry entry = SelectedEntry.of(connection).orElseThrow();
        assertSame(connection, entry.connection());
        assertEquals("", entry.dn());
    }

    @Test
    void aNodeWithoutDnGivesItsConnection() {
        assertEquals("", SelectedEntry.of(new CategoryLike(connection)).orElseThrow().dn());
    }

    @Test
    void unrelatedSelectionsGiveNothing() {
        assertTrue(SelectedEntry.of("text").isEmpty());
        assertTrue(SelectedEntry.of(null).isEmpty());
        assertTrue(SelectedEntry.of(new EntryLike(null, null)).isEmpty());
    }
}
