package io.adtopo.core.dns;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.adtopo.core.topology.SubnetMatcher;

/**
 * Addresses the user sets for hosts no resolver finds (a DC whose name only an unreachable DNS server knows,
 * a referral target outside the forest): lines of {@code host = address}; blank lines and {@code #} comments
 * are ignored. The last resort of a resolver chain.
 */
public final class AddressBook implements HostResolver {

    static final String SOURCE = "address set in the adtopo preferences";

    private final Map<String, InetAddress> addresses;

    private AddressBook(Map<String, InetAddress> addresses) {
        this.addresses = Collections.unmodifiableMap(addresses);
    }

    public static AddressBook empty() {
        return new AddressBook(Map.of());
    }

    /** Parses the lines; IllegalArgumentException naming the first bad line (1-based) and why. */
    public static AddressBook parse(String text) {
        Map<String, InetAddress> map = new LinkedHashMap<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Line " + (i + 1) + ": expected host = address, found: " + line);
            }
            String host = line.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(eq + 1).trim();
            Optional<InetAddress> address = SubnetMatcher.parseLiteral(value);
            if (host.isEmpty() || address.isEmpty()) {
                throw new IllegalArgumentException("Line " + (i + 1) + ": " + value + " is not an IPv4 or IPv6 address");
            }
            map.put(host, address.get());
        }
        return new AddressBook(map);
    }

    @Override
    public Optional<ResolvedHost> resolve(String hostName) {
        InetAddress address = addresses.get(hostName.toLowerCase(Locale.ROOT));
        return address == null ? Optional.empty()
                : Optional.of(new ResolvedHost(hostName, List.of(address), SOURCE));
    }

    /** The hosts with an address, in the order given. */
    public List<String> hosts() {
        return new ArrayList<>(addresses.keySet());
    }
}
