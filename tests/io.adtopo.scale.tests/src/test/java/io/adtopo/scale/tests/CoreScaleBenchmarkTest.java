package io.adtopo.scale.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import io.adtopo.core.checks.Check;
import io.adtopo.core.checks.Problem;
import io.adtopo.core.checks.ServerReferenceChecks;
import io.adtopo.core.dfs.DfsFolder;
import io.adtopo.core.dfs.DfsNamespace;
import io.adtopo.core.dfs.DfsReader;
import io.adtopo.core.dfs.FolderPreview;
import io.adtopo.core.dfs.Referral;
import io.adtopo.core.dfs.TargetSiteLocator;
import io.adtopo.core.dns.HostResolvers;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.ldap.DnNames;
import io.adtopo.core.ldap.SearchSpec;
import io.adtopo.core.topology.Site;
import io.adtopo.core.topology.Topology;
import io.adtopo.core.topology.TopologyReader;

/**
 * Benchmark of the core against the synthetic forest (tests/scale): prints, in one run against the same DC,
 * adtopo's topology load against ldapsearch of the same searches, all checks after load, the DFS referral
 * preview per client site, and the heap the model holds, each with its target as a printed verdict. Asserts
 * only what must be true whatever the speed: the model holds what the generator wrote, the checks find the
 * faults it put there, every client site gets a referral.
 */
class CoreScaleBenchmarkTest {

    private static final int ROUNDS = 3;

    private final ScaleDirectory dc = ScaleDirectory.get();

    @Test
    void topologyChecksDfsAndHeap() throws Exception {
        BenchmarkReport report = BenchmarkReport.get();
        report.line("Forest: " + dc.size() + " on " + dc.get("address") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores");

        // warm-up: the DC's first full search after start is slow (DESIGN.md); the JVM's first load too
        RecordingSession recorder;
        try (DirectorySession session = dc.open()) {
            recorder = new RecordingSession(session);
            new TopologyReader().read(recorder, new NullProgressMonitor());
        }
        RawLdapsearch ldapsearch = new RawLdapsearch(dc);
        raw(ldapsearch, recorder.searches());

        long bestRaw = Long.MAX_VALUE;
        long bestSingle = Long.MAX_VALUE;
        long bestSplit = Long.MAX_VALUE;
        long rawEntries = 0;
        Topology topology = null;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            rawEntries = raw(ldapsearch, recorder.searches());
            bestRaw = Math.min(bestRaw, millisSince(start));
            try (DirectorySession session = dc.open()) {
                start = System.nanoTime();
                Topology single = new TopologyReader().read(session, new NullProgressMonitor());
                bestSingle = Math.min(bestSingle, millisSince(start));
                assertModelHoldsTheForest(single);
            }
            try (DirectorySession session = dc.open()) {
                start = System.nanoTime();
                topology = new TopologyReader(dc::open).read(session, new NullProgressMonitor());
                bestSplit = Math.min(bestSplit, millisSince(start));
            }
        }
        assertModelHoldsTheForest(topology);
        report.line(String.format("ldapsearch of adtopo's %d searches, one after the other: %d ms (%d entries);"
                + " adtopo over one connection: %d ms (%.2fx)", recorder.searches().size(), bestRaw, rawEntries,
                bestSingle, (double) bestSingle / bestRaw));
        report.verdict(String.format("Topology load as the views read it (3 connections): %d ms for %d entries"
                + " (+%d single reads) against ldapsearch %d ms: %.2fx", bestSplit, recorder.entries(),
                recorder.reads().size(), bestRaw, (double) bestSplit / bestRaw), "at most 1.0x",
                bestSplit <= bestRaw);

        long bestChecks = Long.MAX_VALUE;
        List<Problem> problems = List.of();
        for (int round = 0; round < ROUNDS + 2; round++) {
            long start = System.nanoTime();
            problems = ServerReferenceChecks.run(topology, List.of());
            bestChecks = Math.min(bestChecks, millisSince(start));
        }
        assertTheFaultsAreFound(problems);
        report.verdict(String.format("All checks after load: %d ms, %d problems", bestChecks, problems.size()),
                "under 100 ms", bestChecks < 100);

        FolderPreview preview;
        long prepare;
        try (DirectorySession session = dc.open()) {
            List<DfsNamespace> namespaces = new DfsReader().read(session, topology.forest().defaultNamingContext(),
                    new NullProgressMonitor());
            DfsNamespace big = namespaces.stream().filter(n -> n.path().equalsIgnoreCase(dc.get("dfs.namespace")))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + dc.get("dfs.namespace") + " in "
                            + namespaces));
            DfsFolder folder = big.folders().stream().filter(f -> f.name().equals(dc.get("dfs.folder"))).findFirst()
                    .orElseThrow();
            assertEquals(dc.number("count.dfs.targets"), folder.targets().size());
            String domain = topology.forest().defaultNamingContext();
            long start = System.nanoTime();
            preview = FolderPreview.prepare(big, folder, topology, new TargetSiteLocator(
                    HostResolvers.directoryOnly(session, domain, domain), topology, dc.get("domain.dns")),
                    new NullProgressMonitor());
            prepare = millisSince(start);
        }
        List<Site> sites = topology.sites();
        long start = System.nanoTime();
        List<Referral> empty = new ArrayList<>();
        for (Site site : sites) {
            Referral referral = preview.plan(site.dn());
            if (referral.isEmpty()) {
                empty.add(referral);
            }
        }
        long planning = millisSince(start);
        assertEveryClientSiteGetsAReferral(empty);
        double perSite = (double) planning / sites.size();
        report.verdict(String.format("DFS referral preview: %d targets x %d client sites in %d ms, %.2f ms per site"
                + " (site-cost row included); finding the %d targets' sites took %d ms once", preview.folder()
                .targets().size(), sites.size(), planning, perSite, preview.folder().targets().size(), prepare),
                "under 20 ms per site", perSite < 20);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long withBoth = heapAfterGc(memory);
        assertEquals(sites.size(), preview.topology().sites().size());
        preview = null;
        sites = null;
        long withTopology = heapAfterGc(memory);
        assertEquals(dc.number("count.sites"), topology.sites().size());
        topology = null;
        long without = heapAfterGc(memory);
        long mb = Math.max(0, withBoth - without) / (1024 * 1024);
        report.verdict(String.format("Heap held by the topology model and the DFS preview: %d MB (the topology %d MB,"
                + " the DFS preview with all %d site-cost rows %d MB; each referral is computed, shown and dropped)",
                mb, Math.max(0, withTopology - without) / (1024 * 1024), dc.number("count.sites"),
                Math.max(0, withBoth - withTopology) / (1024 * 1024)), "under 100 MB", mb < 100);
    }

    private long raw(RawLdapsearch ldapsearch, List<SearchSpec> searches) throws Exception {
        long entries = 0;
        for (SearchSpec spec : searches) {
            entries += ldapsearch.run(spec);
        }
        return entries;
    }

    private void assertModelHoldsTheForest(Topology topology) {
        assertEquals(dc.number("count.sites"), topology.sites().size());
        assertEquals(dc.number("count.servers"), topology.servers().size());
        assertEquals(dc.number("count.dsas"), topology.servers().stream().filter(s -> s.ntdsSettings().isPresent())
                .count());
        assertEquals(dc.number("count.connections"), topology.servers().stream()
                .flatMap(s -> s.ntdsSettings().stream()).mapToInt(d -> d.connections().size()).sum());
    }

    private void assertTheFaultsAreFound(List<Problem> problems) {
        assertFound(problems, Check.SERVER_REFERENCE_MISSING, dc.list("fault.missing.serverReference"));
        assertFound(problems, Check.COMPUTER_SHARED, dc.list("fault.wrong.serverReference"));
        assertFound(problems, Check.HOST_NAME_MISMATCH, dc.list("fault.dnsHostName.mismatch"));
    }

    private static void assertFound(List<Problem> problems, Check check, List<String> serverDns) {
        assertFalse(serverDns.isEmpty(), "the generator put " + check.id() + " faults in");
        Set<String> found = problems.stream().filter(p -> p.check() == check).map(p -> DnNames.key(p.subjectDn()))
                .collect(Collectors.toSet());
        for (String dn : serverDns) {
            assertTrue(found.contains(DnNames.key(dn)), check.id() + " for " + dn + " among " + found.size());
        }
    }

    private static void assertEveryClientSiteGetsAReferral(List<Referral> empty) {
        for (Referral referral : empty) {
            assertFalse(referral.isEmpty(), referral.clientSiteName() + ": " + referral.emptyReason().orElse(""));
        }
    }

    private static long heapAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }
}
