package io.adtopo.core.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubnetMatcherTest {

    private static final String SITES = "CN=Sites,CN=Configuration,DC=contoso,DC=test";

    @Test
    void theLongestPrefixWinsWhateverTheOrder() throws Exception {
        Subnet wide = subnet("10.0.0.0/8", "Wide");
        Subnet middle = subnet("10.1.0.0/16", "Middle");
        Subnet narrow = subnet("10.1.2.0/24", "Narrow");
        SubnetMatcher matcher = new SubnetMatcher(List.of(narrow, wide, middle));

        assertEquals(Optional.of(narrow), matcher.match(address("10.1.2.3")));
        assertEquals(Optional.of(narrow), matcher.match(address("10.1.2.255")));
        assertEquals(Optional.of(middle), matcher.match(address("10.1.3.4")));
        assertEquals(Optional.of(wide), matcher.match(address("10.2.0.1")));
        assertEquals(Optional.empty(), matcher.match(address("11.0.0.1")));
        assertEquals(List.of(), matcher.invalid());
    }

    @Test
    void matchesIpv6AndKeepsTheFamiliesApart() throws Exception {
        Subnet wide = subnet("2001:db8::/32", "Wide");
        Subnet narrow = subnet("2001:DB8:1::/48", "Narrow");
        SubnetMatcher matcher = new SubnetMatcher(List.of(wide, narrow));

        assertEquals(Optional.of(narrow), matcher.match(address("2001:db8:1::5")));
        assertEquals(Optional.of(wide), matcher.match(address("2001:db8:2::5")));
        assertEquals(Optional.empty(), matcher.match(address("2001:db9::1")));
        // 32.1.13.184 has the same 32 bits as 2001:db8: an IPv4 address never matches an IPv6 subnet.
        assertEquals(Optional.empty(), matcher.match(address("32.1.13.184")));
    }

    @Test
    void anIpv4MappedAddressMatchesIpv4Subnets() throws Exception {
        Subnet narrow = subnet("10.1.2.0/24", "Narrow");
        Subnet mappedSubnet = subnet("::ffff:10.5.0.0/112", "Mapped");
        SubnetMatcher matcher = new SubnetMatcher(List.of(subnet("10.0.0.0/8", "Wide"), narrow, mappedSubnet));
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 10;
        mapped[13] = 1;
        mapped[14] = 2;
        mapped[15] = 3;

        assertEquals(Optional.of(narrow), matcher.match(Inet6Address.getByAddress(null, mapped, -1)));
        assertEquals(Optional.of(narrow), matcher.match(SubnetMatcher.parseLiteral("::ffff:10.1.2.3").orElseThrow()));
        assertEquals(Optional.of(mappedSubnet), matcher.match(address("10.5.1.1")));
        assertEquals(List.of(), matcher.invalid());
    }

    @Test
    void noSubnetsMatchNothing() throws Exception {
        SubnetMatcher matcher = new SubnetMatcher(List.of());
        assertEquals(Optional.empty(), matcher.match(address("10.1.2.3")));
        assertEquals(Optional.empty(), matcher.match(address("::1")));
    }

    @Test
    void listsSubnetsWhoseNameIsNotACidr() throws Exception {
        List<Subnet> bad = new ArrayList<>();
        for (String name : List.of("10.1.0.0", "10.1.0.0/33", "10.1.0/16", "fs.contoso.test/16", "2001:db8::/129",
                "10.1.0.0/-1", "10.1.0.0/16/1", "10.1.0.0/016", "10.256.0.0/16", "2001:db8:::/32", "/8",
                "10.1.0.0/", "localhost/8", "10.1.0.0 /16")) {
            bad.add(subnet(name, "Bad"));
        }
        Subnet good = subnet("10.1.0.0/16", "Good");
        List<Subnet> all = new ArrayList<>(bad);
        all.add(3, good);
        SubnetMatcher matcher = new SubnetMatcher(all);

        assertEquals(bad, matcher.invalid());
        assertEquals(Optional.of(good), matcher.match(address("10.1.200.1")));
    }

    @Test
    void skipsSubnetsWithHostBitsSet() throws Exception {
        Subnet v4 = subnet("10.1.2.3/16", "Bad");
        Subnet v6 = subnet("2001:db8::1/32", "Bad");
        Subnet host = subnet("10.1.2.3/32", "Host");
        SubnetMatcher matcher = new SubnetMatcher(List.of(v4, v6, host));

        assertEquals(List.of(v4, v6), matcher.invalid());
        assertEquals(Optional.of(host), matcher.match(address("10.1.2.3")));
        assertEquals(Optional.empty(), matcher.match(address("10.1.2.4")));
        assertEquals(Optional.empty(), matcher.match(address("2001:db8::1")));
    }

    @Test
    void prefixLengthsZeroAndFull() throws Exception {
        Subnet everything = subnet("0.0.0.0/0", "Everything");
        Subnet host = subnet("10.1.2.3/32", "Host");
        Subnet everything6 = subnet("::/0", "Everything6");
        Subnet host6 = subnet("2001:db8::7/128", "Host6");
        SubnetMatcher matcher = new SubnetMatcher(List.of(everything, host, everything6, host6));

        assertEquals(Optional.of(host), matcher.match(address("10.1.2.3")));
        assertEquals(Optional.of(everything), matcher.match(address("10.1.2.4")));
        assertEquals(Optional.of(everything), matcher.match(address("255.255.255.255")));
        assertEquals(Optional.of(host6), matcher.match(address("2001:db8::7")));
        assertEquals(Optional.of(everything6), matcher.match(address("2001:db8::8")));
        assertEquals(Optional.of(everything6), matcher.match(address("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")));
    }

    @Test
    void prefixLengthsAcrossTheIpv6WordBoundary() throws Exception {
        Subnet at64 = subnet("2001:db8:0:1::/64", "At64");
        Subnet at65 = subnet("2001:db8:0:1:8000::/65", "At65");
        Subnet at63 = subnet("2001:db8::/63", "At63");
        SubnetMatcher matcher = new SubnetMatcher(List.of(at63, at64, at65));

        assertEquals(Optional.of(at65), matcher.match(address("2001:db8:0:1:8000::1")));
        assertEquals(Optional.of(at64), matcher.match(address("2001:db8:0:1:7fff::1")));
        assertEquals(Optional.of(at63), matcher.match(address("2001:db8:0:0:ffff::1")));
        assertEquals(Optional.empty(), matcher.match(address("2001:db8:0:2::1")));
    }

    @Test
    void aCidrGivenTwiceKeepsTheFirstSubnet() throws Exception {
        Subnet first = subnet("2001:db8::/32", "First");
        Subnet second = subnet("2001:0DB8:0::/32", "Second");
        SubnetMatcher matcher = new SubnetMatcher(List.of(first, second));

        assertSame(first, matcher.match(address("2001:db8::1")).orElseThrow());
        assertEquals(List.of(), matcher.invalid());
    }

    @Test
    void matchesFiftyThousandSubnets() throws Exception {
        List<Subnet> subnets = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            subnets.add(subnet("10." + (i >> 8) + "." + (i & 0xff) + ".0/24", "S" + i));
        }
        for (int a = 196; a < 256; a++) {
            subnets.add(subnet("10." + a + ".0.0/16", "B" + a));
        }
        Subnet wide = subnet("10.0.0.0/8", "Wide");
        subnets.add(wide);
        SubnetMatcher matcher = new SubnetMatcher(subnets);

        for (int i = 0; i < 50_000; i++) {
            byte[] bytes = { 10, (byte) (i >> 8), (byte) i, (byte) (i % 250 + 1) };
            assertSame(subnets.get(i), matcher.match(InetAddress.getByAddress(bytes)).orElseThrow(),
                    "address " + i);
        }
        assertEquals("10.250.0.0/16", matcher.match(address("10.250.3.4")).orElseThrow().cidr());
        assertSame(wide, matcher.match(address("10.195.80.1")).orElseThrow());
        assertEquals(Optional.empty(), matcher.match(address("11.0.0.1")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "10.1.2.3", "0.0.0.0", "255.255.255.255", "::", "::1", "2001:DB8::1", "1::",
            "1:2:3:4:5:6:7:8", "::ffff:10.1.2.3", "fe80::1:2", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8",
            "1:2:3:4:5:6:1.2.3.4", "2001:db8:0:1:8000::" })
    void parsesLiterals(String literal) throws Exception {
        assertEquals(Optional.of(InetAddress.getByName(literal)), SubnetMatcher.parseLiteral(literal));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "10.1.2", "10.1.2.3.4", "256.1.1.1", "01.1.1.1", "1.2.3.-4", "1:2:3:4:5:6:7:8:9",
            "1:::2", "1::2::3", ":1", "1:", "12345::", "g::1", "fs-liv", "localhost", " 10.1.2.3", "[::1]",
            "::1%eth0", "1.2.3.4::", "1.2.3.4:1::", "1:2:3:4:5:6:7:1.2.3.4", "\u0661.1.1.1", "10.1.2.3." })
    void refusesWhatIsNotALiteral(String text) {
        assertEquals(Optional.empty(), SubnetMatcher.parseLiteral(text));
    }

    @Test
    void refusesNull() {
        assertTrue(SubnetMatcher.parseLiteral(null).isEmpty());
    }

    private static Subnet subnet(String cidr, String site) {
        return new Subnet("CN=" + cidr + ",CN=Subnets," + SITES, "CN=" + site + "," + SITES, "", "");
    }

    /** A literal as the JDK parses it (no lookup for a literal). */
    private static InetAddress address(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }
}
