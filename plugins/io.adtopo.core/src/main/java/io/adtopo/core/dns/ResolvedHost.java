package io.adtopo.core.dns;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;

/** A host name with the addresses found for it and where they were found, in words for the UI. */
public final class ResolvedHost {

    private final String hostName;
    private final List<InetAddress> addresses;
    private final String source;

    public ResolvedHost(String hostName, List<InetAddress> addresses, String source) {
        this.hostName = Objects.requireNonNull(hostName, "hostName");
        this.addresses = List.copyOf(addresses);
        this.source = Objects.requireNonNull(source, "source");
    }

    public String hostName() {
        return hostName;
    }

    public List<InetAddress> addresses() {
        return addresses;
    }

    /**
     * True when this machine resolves the name itself (system resolver, or the name is an address): a
     * connection can then be opened by name, so TLS can check the certificate against it.
     */
    public boolean resolvesOnThisHost() {
        return SystemResolver.SOURCE.equals(source) || LiteralResolver.SOURCE.equals(source);
    }

    /** Where the addresses come from: "system resolver", "address literal", or the DNS record read. */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(hostName).append(" ->");
        for (InetAddress address : addresses) {
            text.append(' ').append(address.getHostAddress());
        }
        return text.append(" (").append(source).append(')').toString();
    }
}
