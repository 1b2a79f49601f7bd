package io.adtopo.core.ldap;

/** The LDAP search scopes. */
public enum SearchScope {
    BASE, ONE_LEVEL, SUBTREE
}
