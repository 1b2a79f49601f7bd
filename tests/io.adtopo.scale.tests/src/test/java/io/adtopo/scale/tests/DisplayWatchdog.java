package io.adtopo.scale.tests;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;

/**
 * Probes the display thread from another thread: posts a runnable every 5 ms and measures how long it waits
 * to run; the longest wait is the longest time the UI could not answer. Each probe also looks at the tree:
 * the first time it holds items after having been seen empty is when the view first showed something.
 * <p>
 * For the longest wait it also notes how much of it the display thread spent running (its CPU time) and how
 * much the JVM spent collecting garbage: the rest the thread was waiting, for a core or for the X server, on a
 * machine it shares with the DC.
 */
final class DisplayWatchdog {

    private static final long PERIOD_MILLIS = 5;

    private final Display display;
    private final Tree tree;
    private final AtomicLong longestNanos = new AtomicLong();
    private final AtomicLong firstItemsNanos = new AtomicLong(-1);
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private volatile long longestRunningNanos;
    private volatile long longestGcMillis;
    private volatile boolean running;
    private volatile String longestStallWhere = "";
    private volatile boolean seenEmpty;
    private long startNanos;
    private Thread thread;

    DisplayWatchdog(Display display, Tree tree) {
        this.display = display;
        this.tree = tree;
    }

    void start() {
        startNanos = System.nanoTime();
        running = true;
        thread = new Thread(this::probe, "adtopo display watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() throws InterruptedException {
        running = false;
        thread.join(10_000);
    }

    private void probe() {
        while (running) {
            CountDownLatch ran = new CountDownLatch(1);
            long posted = System.nanoTime();
            long runningAtPost = threads.getThreadCpuTime(display.getThread().getId());
            long gcAtPost = gcMillis();
            display.asyncExec(() -> {
                long waited = System.nanoTime() - posted;
                if (waited > longestNanos.get()) {
                    longestRunningNanos = threads.getCurrentThreadCpuTime() - runningAtPost;
                    longestGcMillis = gcMillis() - gcAtPost;
                    longestNanos.set(waited);
                }
                if (!tree.isDisposed()) {
                    if (tree.getItemCount() == 0) {
                        seenEmpty = true;
                    } else if (seenEmpty && firstItemsNanos.get() < 0) {
                        firstItemsNanos.set(System.nanoTime() - startNanos);
                    }
                }
                ran.countDown();
            });
            try {
                String where = "";
                while (!ran.await(PERIOD_MILLIS, TimeUnit.MILLISECONDS) && running) {
                    // still waiting: the stall is measured when it runs; note what the display thread is doing
                    if (where.isEmpty() && System.nanoTime() - posted > 50_000_000L) {
                        where = frames(display.getThread().getStackTrace());
                    }
                }
                if (!where.isEmpty() && System.nanoTime() - posted >= longestNanos.get()) {
                    longestStallWhere = where;
                }
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long longestStallMillis() {
        return longestNanos.get() / 1_000_000;
    }

    /** How long the display thread ran (on a core) during the longest stall. */
    long longestStallRunningMillis() {
        return longestRunningNanos / 1_000_000;
    }

    /** How long the JVM collected garbage during the longest stall. */
    long longestStallGcMillis() {
        return longestGcMillis;
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    /** Milliseconds from start until the tree first showed items after being empty; -1 if it never did. */
    long firstItemsMillis() {
        long nanos = firstItemsNanos.get();
        return nanos < 0 ? -1 : nanos / 1_000_000;
    }

    /** The display thread's stack, 50 ms into the longest stall (adtopo's and JFace's frames first). */
    String longestStallWhere() {
        return longestStallWhere;
    }

    private static String frames(StackTraceElement[] stack) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (StackTraceElement frame : stack) {
            String name = frame.getClassName();
            if (name.startsWith("io.adtopo") || name.startsWith("org.eclipse.jface") || shown < 3) {
                out.append("\n      at ").append(frame);
                if (++shown >= 12) {
                    break;
                }
            }
        }
        return out.toString();
    }
}
