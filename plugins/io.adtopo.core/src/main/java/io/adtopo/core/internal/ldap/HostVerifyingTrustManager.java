package io.adtopo.core.internal.ldap;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.X509TrustManager;

import io.adtopo.core.connection.TlsTrust;

/**
 * Accepts a server's chain when any of the trust's managers accepts it and, if asked, the leaf certificate
 * names the host that was dialled. Remembers why it refused so the connection error can say so.
 */
final class HostVerifyingTrustManager implements X509TrustManager {

    private final List<X509TrustManager> delegates;
    private final boolean verifyHostName;
    private final String host;
    private volatile String refusal;

    HostVerifyingTrustManager(TlsTrust trust, String host) {
        this.delegates = trust.trustManagers();
        this.verifyHostName = trust.verifyHostName();
        this.host = host;
    }

    /** Why the last server chain was refused, or null. */
    String refusal() {
        return refusal;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            refusal = "the server sent no certificate";
            throw new CertificateException(refusal);
        }
        CertificateException last = null;
        boolean trusted = false;
        for (X509TrustManager delegate : delegates) {
            try {
                delegate.checkServerTrusted(chain, authType);
                trusted = true;
                break;
            } catch (CertificateException e) {
                last = e;
            }
        }
        if (!trusted) {
            refusal = "the server's certificate (" + chain[0].getSubjectX500Principal().getName()
                    + ") is not issued by a trusted authority";
            throw last != null ? last : new CertificateException(refusal);
        }
        if (verifyHostName && !HostNameMatcher.matches(host, chain[0])) {
            refusal = "the server's certificate is for " + HostNameMatcher.namesOf(chain[0]) + ", not for " + host;
            throw new CertificateException(refusal);
        }
        refusal = null;
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("adtopo does not accept client connections");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        List<X509Certificate> issuers = new ArrayList<>();
        for (X509TrustManager delegate : delegates) {
            for (X509Certificate issuer : delegate.getAcceptedIssuers()) {
                issuers.add(issuer);
            }
        }
        return issuers.toArray(new X509Certificate[0]);
    }
}
