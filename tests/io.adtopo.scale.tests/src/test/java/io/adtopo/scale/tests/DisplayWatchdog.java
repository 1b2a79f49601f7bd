package io.adtopo.scale.tests;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;

/**
 * Probes the display thread from another thread: posts a runnable every 5 ms and measures how long it waits
 * to run; the longest wait is the longest time the UI could not answer. Each probe also looks at the tree:
 * the first time it holds items after having been seen empty is when the view first showed something.
 */
final class DisplayWatchdog {

    private static final long PERIOD_MILLIS = 5;

    private final Display display;
    private final Tree tree;
    private final AtomicLong longestNanos = new AtomicLong();
    private final AtomicLong firstItemsNanos = new AtomicLong(-1);
    private volatile boolean running;
    private volatile String longestStallWhere = "";
    private volatile boolean seenEmpty;
    private long startNanos;
    private long probes;
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
            display.asyncExec(() -> {
                longestNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
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
                probes++;
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long longestStallMillis() {
        return longestNanos.get() / 1_000_000;
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

    long probes() {
        return probes;
    }
}
