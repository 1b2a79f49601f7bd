package io.adtopo.tests.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.adtopo.core.connection.ConnectionProfile;
import io.adtopo.core.connection.Encryption;

/**
 * An LDAP server that is not Active Directory: Debian's OpenLDAP {@code slapd}, started as a child process on
 * a loopback address with a throw-away configuration and one small entry tree, stopped by {@link #close()}.
 */
public final class PlainLdapServer implements AutoCloseable {

    public static final String HOST = "127.0.0.9";
    public static final int PORT = 3890;
    public static final String SUFFIX = "dc=example,dc=org";
    public static final String ADMIN = "cn=admin," + SUFFIX;
    public static final String PASSWORD = "plain-ldap-secret";

    private final Path dir;
    private final Process process;

    private PlainLdapServer(Path dir, Process process) {
        this.dir = dir;
        this.process = process;
    }

    /** Starts slapd and waits until it answers (at most 30 s). */
    public static PlainLdapServer start() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("adtopo-slapd");
        Files.createDirectories(dir.resolve("db"));
        String config = "include /etc/ldap/schema/core.schema\n"
                + "modulepath /usr/lib/ldap\nmoduleload back_mdb\n"
                + "pidfile " + dir.resolve("slapd.pid") + "\n"
                + "database mdb\nmaxsize 10485760\nsuffix \"" + SUFFIX + "\"\nrootdn \"" + ADMIN + "\"\n"
                + "rootpw " + PASSWORD + "\ndirectory " + dir.resolve("db") + "\n";
        Files.write(dir.resolve("slapd.conf"), config.getBytes(StandardCharsets.UTF_8));
        Process process = new ProcessBuilder("/usr/sbin/slapd", "-d", "0", "-f", dir.resolve("slapd.conf").toString(),
                "-h", "ldap://" + HOST + ":" + PORT + "/").redirectErrorStream(true)
                        .redirectOutput(dir.resolve("slapd.log").toFile()).start();
        PlainLdapServer server = new PlainLdapServer(dir, process);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!answers()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                String log = Files.exists(dir.resolve("slapd.log")) ? Files.readString(dir.resolve("slapd.log")) : "";
                server.close();
                throw new IOException("slapd did not start on " + HOST + ":" + PORT + ": " + log);
            }
            Thread.sleep(100);
        }
        return server;
    }

    private static boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A profile for this server, bound as its administrator. */
    public ConnectionProfile profile() {
        return new ConnectionProfile("plain-ldap", "OpenLDAP (not AD)", HOST, PORT, Encryption.NONE, ADMIN, false,
                "test");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind
        }
    }
}
