package io.adtopo.core.dns;

import java.util.List;

import io.adtopo.core.ldap.DirectorySession;

/** The resolver chains adtopo uses to find a DFS target's address, and from it the target's site. */
public final class HostResolvers {

    private HostResolvers() {
    }

    /**
     * The documented rule: an address literal is itself; otherwise the system resolver, else the directory's
     * own DNS records, else unknown.
     */
    public static HostResolver standard(DirectorySession session, String domainDn, String forestRootDn) {
        return new ResolverChain(List.of(new LiteralResolver(), new SystemResolver(),
                new DirectoryDnsResolver(session, domainDn, forestRootDn)));
    }

    /**
     * The documented rule with the user's address book as the last resort: literal, system resolver, the
     * directory's DNS records, then an address the user set for the host.
     */
    public static HostResolver standard(DirectorySession session, String domainDn, String forestRootDn,
            AddressBook addressBook) {
        return new ResolverChain(List.of(new LiteralResolver(), new SystemResolver(),
                new DirectoryDnsResolver(session, domainDn, forestRootDn), addressBook));
    }

    /** Literals and the directory's DNS records only; for closed networks (the test forest) and tests. */
    public static HostResolver directoryOnly(DirectorySession session, String domainDn, String forestRootDn) {
        return new ResolverChain(List.of(new LiteralResolver(), new DirectoryDnsResolver(session, domainDn,
                forestRootDn)));
    }
}
