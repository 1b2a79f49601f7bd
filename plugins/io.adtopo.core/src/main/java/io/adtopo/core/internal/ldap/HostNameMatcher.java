package io.adtopo.core.internal.ldap;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Checks that a server certificate names the host that was dialled (RFC 6125): an IP address must appear as
 * an IP subjectAltName; a DNS name must match a DNS subjectAltName (a leading "*." wildcard covers one
 * label), or the subject CN when the certificate has no DNS subjectAltName at all.
 */
public final class HostNameMatcher {

    private static final int SAN_DNS = 2;
    private static final int SAN_IP = 7;

    private HostNameMatcher() {
    }

    public static boolean matches(String host, X509Certificate certificate) {
        String wanted = strip(host).toLowerCase(Locale.ROOT);
        List<String> dnsNames = new ArrayList<>();
        List<String> ipAddresses = new ArrayList<>();
        collectSubjectAltNames(certificate, dnsNames, ipAddresses);
        if (isIpLiteral(wanted)) {
            for (String ip : ipAddresses) {
                if (sameAddress(wanted, ip)) {
                    return true;
                }
            }
            return false;
        }
        if (dnsNames.isEmpty()) {
            String cn = commonName(certificate);
            return cn != null && dnsMatches(wanted, cn.toLowerCase(Locale.ROOT));
        }
        for (String name : dnsNames) {
            if (dnsMatches(wanted, name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The names a certificate is valid for, for error messages. */
    public static List<String> namesOf(X509Certificate certificate) {
        List<String> dnsNames = new ArrayList<>();
        List<String> ipAddresses = new ArrayList<>();
        collectSubjectAltNames(certificate, dnsNames, ipAddresses);
        List<String> all = new ArrayList<>(dnsNames);
        all.addAll(ipAddresses);
        if (all.isEmpty()) {
            String cn = commonName(certificate);
            if (cn != null) {
                all.add(cn);
            }
        }
        return all;
    }

    private static String strip(String host) {
        String h = host.trim();
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h;
    }

    static boolean dnsMatches(String host, String pattern) {
        String p = pattern.endsWith(".") ? pattern.substring(0, pattern.length() - 1) : pattern;
        if (p.startsWith("*.")) {
            int dot = host.indexOf('.');
            return dot > 0 && host.substring(dot + 1).equals(p.substring(2)) && p.substring(2).indexOf('.') > 0;
        }
        return host.equals(p);
    }

    static boolean isIpLiteral(String host) {
        return host.indexOf(':') >= 0 || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    private static boolean sameAddress(String a, String b) {
        try {
            // Both are literals: InetAddress parses them without any name lookup.
            return InetAddress.getByName(a).equals(InetAddress.getByName(b));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static void collectSubjectAltNames(X509Certificate certificate, List<String> dns, List<String> ips) {
        Collection<List<?>> names;
        try {
            names = certificate.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            return;
        }
        if (names == null) {
            return;
        }
        for (List<?> name : names) {
            if (name.size() < 2 || !(name.get(0) instanceof Integer) || !(name.get(1) instanceof String)) {
                continue;
            }
            int type = (Integer) name.get(0);
            if (type == SAN_DNS) {
                dns.add((String) name.get(1));
            } else if (type == SAN_IP) {
                ips.add((String) name.get(1));
            }
        }
    }

    private static String commonName(X509Certificate certificate) {
        try {
            LdapName subject = new LdapName(certificate.getSubjectX500Principal().getName());
            for (Rdn rdn : subject.getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (InvalidNameException e) {
            return null;
        }
        return null;
    }
}
