package io.adtopo.core.ldap;

import java.util.List;

/** Receives a search's results as they arrive, page by page. */
public interface EntryHandler {

    void entry(LdapEntry entry);

    /** A continuation reference (RFC 4511 SearchResultReference): the URLs where the search continues. */
    default void reference(List<String> urls) {
    }

    /**
     * The search's base lies in a naming context the server does not hold, and it refers the client elsewhere
     * (result code 10, referral): the URLs of the servers to ask. No entry comes from this server.
     */
    default void referral(List<String> urls) {
    }
}
