package io.adtopo.core.dns;

import java.util.Optional;

import io.adtopo.core.ldap.DirectoryException;

/** Finds the addresses of a host name. */
public interface HostResolver {

    /** The host's addresses, or empty when this resolver does not know the name. */
    Optional<ResolvedHost> resolve(String hostName) throws DirectoryException;
}
