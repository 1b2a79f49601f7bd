package io.adtopo.core.ldap;

import java.util.List;

/** Receives a search's results as they arrive, page by page. */
public interface EntryHandler {

    void entry(LdapEntry entry);

    /** A continuation reference (RFC 4511 SearchResultReference): the URLs where the search continues. */
    default void reference(List<String> urls) {
    }
}
