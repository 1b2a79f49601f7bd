package io.adtopo.core.ldap;

/** Opens another session to the same server with the same credentials, so a read can use a few connections. */
@FunctionalInterface
public interface SessionSource {

    DirectorySession open() throws DirectoryException;
}
