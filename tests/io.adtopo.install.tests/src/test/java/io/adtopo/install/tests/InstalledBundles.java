package io.adtopo.install.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The bundles of an installed Eclipse (its simpleconfigurator bundles.info), loaded into a fresh Equinox
 * framework and resolved the way the workbench would at start-up.
 */
final class InstalledBundles implements AutoCloseable {

    /** One line of bundles.info. */
    static final class Line {
        final String symbolicName;
        final String version;
        final String location;

        Line(String symbolicName, String version, String location) {
            this.symbolicName = symbolicName;
            this.version = version;
            this.location = location;
        }
    }

    private final Path install;
    private final List<Line> lines;
    private Framework framework;

    InstalledBundles(Path install) throws IOException {
        this.install = install;
        this.lines = read(install.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
    }

    List<Line> lines() {
        return lines;
    }

    private static List<Line> read(Path bundlesInfo) throws IOException {
        List<Line> out = new ArrayList<>();
        for (String line : Files.readAllLines(bundlesInfo, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(",");
            out.add(new Line(parts[0], parts[1], parts[2]));
        }
        return out;
    }

    /** Installs every listed bundle into a new framework and resolves them; returns the state by name. */
    Map<String, Integer> resolve(Path storage) throws BundleException {
        Map<String, String> config = new HashMap<>();
        config.put("org.osgi.framework.storage", storage.toString());
        config.put("org.osgi.framework.storage.clean", "onFirstInit");
        config.put("osgi.ws", "gtk");
        config.put("osgi.os", "linux");
        config.put("osgi.arch", "x86_64");
        config.put("osgi.nl", "en");
        framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        framework.init();
        BundleContext context = framework.getBundleContext();
        List<Bundle> bundles = new ArrayList<>();
        for (Line line : lines) {
            if ("org.eclipse.osgi".equals(line.symbolicName)) {
                continue;
            }
            Path jar = install.resolve(line.location).normalize();
            bundles.add(context.installBundle("reference:" + jar.toUri()));
        }
        framework.adapt(FrameworkWiring.class).resolveBundles(bundles);
        Map<String, Integer> states = new TreeMap<>();
        for (Bundle bundle : bundles) {
            states.put(bundle.getSymbolicName(), bundle.getState());
        }
        return states;
    }

    /** Why a bundle did not resolve, as the framework says it. */
    String whyUnresolved(String symbolicName) {
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                try {
                    bundle.start(Bundle.START_TRANSIENT);
                    bundle.stop();
                    return "resolves on start";
                } catch (BundleException e) {
                    return e.getMessage();
                }
            }
        }
        return "not installed";
    }

    @Override
    public void close() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(30_000);
        }
    }
}
