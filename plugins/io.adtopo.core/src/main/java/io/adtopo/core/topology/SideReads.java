package io.adtopo.core.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import io.adtopo.core.ldap.DirectoryException;
import io.adtopo.core.ldap.DirectorySession;
import io.adtopo.core.ldap.SessionSource;

/**
 * Searches run beside the main read, each on its own session from a {@link SessionSource}: started at once,
 * joined when the main read needs their entries. Cancelling the main read cancels them; the first failure is
 * the read's failure. Each task fills its own list, so nothing is shared until the join.
 */
final class SideReads {

    /** One task: searches on its own session. */
    @FunctionalInterface
    interface Task {
        void run(DirectorySession session, IProgressMonitor monitor) throws DirectoryException;
    }

    private final ExecutorService pool;
    private final List<Future<Void>> running = new ArrayList<>();
    private final IProgressMonitor main;

    private SideReads(int tasks, IProgressMonitor main) {
        this.main = main;
        this.pool = Executors.newFixedThreadPool(tasks, r -> {
            Thread t = new Thread(r, "adtopo topology read");
            t.setDaemon(true);
            return t;
        });
    }

    static SideReads start(SessionSource sessions, IProgressMonitor main, List<Task> tasks) {
        SideReads reads = new SideReads(tasks.size(), main);
        IProgressMonitor cancelOnly = new NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return main.isCanceled();
            }
        };
        for (Task task : tasks) {
            reads.running.add(reads.pool.submit(() -> {
                try (DirectorySession session = sessions.open()) {
                    task.run(session, cancelOnly);
                }
                return null;
            }));
        }
        return reads;
    }

    /** Waits for every task; rethrows the first failure. */
    void join() throws DirectoryException {
        try {
            for (Future<Void> future : running) {
                await(future);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Stops the tasks (the main read failed). */
    void abandon() {
        running.forEach(f -> f.cancel(true));
        pool.shutdownNow();
    }

    private void await(Future<Void> future) throws DirectoryException {
        while (true) {
            if (main.isCanceled()) {
                abandon();
                throw new OperationCanceledException();
            }
            try {
                future.get(100, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                // look at cancel again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                abandon();
                throw new OperationCanceledException();
            } catch (ExecutionException e) {
                abandon();
                Throwable cause = e.getCause();
                if (cause instanceof DirectoryException) {
                    throw (DirectoryException) cause;
                }
                if (cause instanceof RuntimeException) {
                    throw (RuntimeException) cause;
                }
                throw new IllegalStateException(cause);
            }
        }
    }
}
