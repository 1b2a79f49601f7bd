package io.adtopo.tests.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.Properties;

import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Credentials;
import io.adtopo.core.connection.Encryption;
import io.adtopo.core.connection.TlsTrust;
import io.adtopo.core.ldap.DirectoryConnector;
import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.topology.Topology;
import io.adtopo.core.topology.TopologyReader;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * The Samba AD test forest started by {@code tests/forest/forest.sh start}: addresses, names and credentials
 * from the properties file it writes. The file is found through the system property {@code adtopo.forest}
 * (the build sets it) or the environment variable {@code ADTOPO_FOREST}.
 */
public final class TestForest {

    private static TestForest instance;

    private final Properties properties;

    private TestForest(Properties properties) {
        this.properties = properties;
    }

    /** The running forest; fails (does not skip) when it is not there, saying how to start it. */
    public static synchronized TestForest get() {
        if (instance == null) {
            Properties p = FixtureProperties.load("adtopo.forest", "ADTOPO_FOREST", "The test forest",
                    "start it with tests/forest/forest.sh start, or run every test with ./run-tests.sh");
            instance = new TestForest(p);
        }
        return instance;
    }

    public String get(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("forest.properties has no " + key);
        }
        return value.trim();
    }

    public String baseDn() {
        return get("base.dn");
    }

    public String configDn() {
        return get("config.dn");
    }

    public String sitesDn() {
        return "CN=Sites," + configDn();
    }

    public String domainDns() {
        return get("domain.dns");
    }

    public String adminDn() {
        return get("admin.dn");
    }

    public String adminPassword() {
        return get("admin.password");
    }

    /**
     * The administrator DN of DC {@code dc}'s domain: {@code dc<N>.admin.dn}, else {@code admin.dn}. DC 1 and 2
     * are CONTOSO.TEST ({@link #adminDn()}); DC 3 is FABDC1 of the separate forest FABRIKAM.TEST.
     */
    public String adminDn(int dc) {
        String own = properties.getProperty("dc" + dc + ".admin.dn");
        return own == null ? adminDn() : own.trim();
    }

    /** The administrator password of DC {@code dc}'s domain: {@code dc<N>.admin.password}, else {@code admin.password}. */
    public String adminPassword(int dc) {
        String own = properties.getProperty("dc" + dc + ".admin.password");
        return own == null ? adminPassword() : own.trim();
    }

    /** DC 1, 2 or 3: its address. */
    public String address(int dc) {
        return get("dc" + dc + ".address");
    }

    public String dcName(int dc) {
        return get("dc" + dc + ".name");
    }

    public String dcFqdn(int dc) {
        return get("dc" + dc + ".fqdn");
    }

    public int port(int dc, Encryption encryption) {
        return Integer.parseInt(get("dc" + dc + (encryption == Encryption.LDAPS ? ".ldaps.port" : ".ldap.port")));
    }

    /** A profile for DC 1, 2 or 3 by address, bound as the administrator of that DC's domain. */
    public ConnectionProfile profile(int dc, Encryption encryption) {
        return new ConnectionProfile("forest-dc" + dc + "-" + encryption.name().toLowerCase(),
                "Test forest " + dcName(dc) + (encryption == Encryption.NONE ? "" : " " + encryption),
                address(dc), port(dc, encryption), encryption, adminDn(dc), false, ForestConnectionCatalog.ID);
    }

    /** A session to DC 1, 2 or 3 over plain LDAP as the administrator of that DC's domain. */
    public DirectorySession open(int dc) throws DirectoryException {
        return new DirectoryConnector().open(profile(dc, Encryption.NONE), adminCredentials(dc), trust());
    }

    /** DC 1 or 2's copy of the topology, read now. */
    public Topology topology(int dc) throws DirectoryException {
        try (DirectorySession session = open(dc)) {
            return new TopologyReader().read(session, new NullProgressMonitor());
        }
    }

    public Credentials adminCredentials() {
        return Credentials.of(adminDn(), adminPassword().toCharArray());
    }

    /** The administrator of DC {@code dc}'s domain (contoso's for DC 1 and 2, fabrikam's for DC 3). */
    public Credentials adminCredentials(int dc) {
        return Credentials.of(adminDn(dc), adminPassword(dc).toCharArray());
    }

    /** Trust the forest's own CA (and nothing else), host names verified. */
    public TlsTrust trust() {
        try (InputStream in = Files.newInputStream(Paths.get(get("ca.cert")))) {
            Certificate ca = CertificateFactory.getInstance("X.509").generateCertificate(in);
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            store.setCertificateEntry("adtopo-test-forest-ca", ca);
            return TlsTrust.of(List.of(store));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot load the forest's CA certificate", e);
        }
    }

    /**
     * Stops DC {@code dc}'s samba with a signal ("TERM" or "KILL") and waits until its LDAP port no longer
     * answers; {@link #start()} brings it back.
     */
    public void stopDc(int dc, String signal) throws IOException, InterruptedException {
        java.nio.file.Path pidFile = Paths.get(get("dc" + dc + ".dir"), "run", "samba.pid");
        String pid = new String(Files.readAllBytes(pidFile), java.nio.charset.StandardCharsets.US_ASCII).trim();
        kill(signal, pid);
        if (!gone(dc, pid, 15_000)) {
            kill("KILL", pid); // a samba still shutting down after TERM: make it a KILL rather than wait on
            if (!gone(dc, pid, 10_000)) {
                throw new IOException("DC" + dc + " still runs after kill -" + signal + " and -KILL " + pid);
            }
        }
    }

    private static void kill(String signal, String pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, pid).redirectErrorStream(true).start();
        kill.getInputStream().readAllBytes();
        kill.waitFor();
    }

    /** Whether LDAP no longer answers and the main process has exited (TERM closes LDAP first), in time. */
    private boolean gone(int dc, String pid, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            boolean answers;
            try (java.net.Socket probe = new java.net.Socket()) {
                probe.connect(new java.net.InetSocketAddress(address(dc), port(dc, Encryption.NONE)), 500);
                answers = true;
            } catch (IOException refused) {
                answers = false;
            }
            if (!answers && !Files.exists(Paths.get("/proc", pid))) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /**
     * Starts whatever DC of the forest is not running (forest.sh start); once more after a pause when the first
     * try met a samba still on its way out (it counts as running, then is gone).
     */
    public void start() throws IOException, InterruptedException {
        try {
            forestScript("start");
        } catch (IOException first) {
            Thread.sleep(2000);
            forestScript("start");
        }
    }

    /** Puts the forest back in its fixture state (forest.sh reset: stop, restore the pristine copy, start). */
    public void reset() throws IOException, InterruptedException {
        forestScript("reset");
    }

    /**
     * Applies LDIF files of tests/forest/ldif (e.g. "variant-bridges-required.ldif") to DC "1", "2", "3", "both"
     * (DC 1 and 2) or "all". A "*.local.ldif" is written into the DC's sam.ldb with the relax control (root only).
     */
    public void apply(String dcs, String... ldifFiles) throws IOException, InterruptedException {
        String repo = repo();
        java.util.List<String> arguments = new java.util.ArrayList<>();
        arguments.add("apply");
        arguments.add(dcs);
        for (String file : ldifFiles) {
            arguments.add(Paths.get(repo, "tests", "forest", "ldif", file).toString());
        }
        forestScript(arguments.toArray(new String[0]));
    }

    private static String repo() {
        String repo = System.getProperty("adtopo.repo");
        if (repo == null) {
            throw new IllegalStateException("adtopo.repo is not set (the build sets it)");
        }
        return repo;
    }

    private static void forestScript(String... arguments) throws IOException, InterruptedException {
        String repo = repo();
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(Paths.get(repo, "tests", "forest", "forest.sh").toString());
        command.addAll(java.util.List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("forest.sh " + arguments[0] + " failed: " + output);
        }
    }
}
