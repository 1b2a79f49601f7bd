package io.adtopo.tests.support;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/**
 * Drives the real workbench from a test thread: runs code on the UI thread and returns its result, opens
 * views, and waits for conditions while the UI keeps running. SWTBot is not available, so page objects
 * build on this.
 */
public final class Workbench {

    private Workbench() {
    }

    /** Runs on the UI thread and returns the result; exceptions are rethrown on the test thread. */
    public static <T> T ui(Callable<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Display.getDefault().syncExec(() -> {
            try {
                result.set(work.call());
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        if (failure.get() instanceof RuntimeException) {
            throw (RuntimeException) failure.get();
        }
        if (failure.get() instanceof Error) {
            throw (Error) failure.get();
        }
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return result.get();
    }

    public static void uiRun(Runnable work) {
        ui(() -> {
            work.run();
            return null;
        });
    }

    public static IWorkbenchPage page() {
        return ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
    }

    /** Opens (or activates) a view and returns it. */
    @SuppressWarnings("unchecked")
    public static <V extends IViewPart> V showView(String id) {
        return (V) ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(id));
    }

    /** Switches the workbench window to a perspective. */
    public static void showPerspective(String id) {
        uiRun(() -> {
            try {
                PlatformUI.getWorkbench().showPerspective(id, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
            } catch (org.eclipse.ui.WorkbenchException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public static void closeView(IViewPart view) {
        uiRun(() -> view.getSite().getPage().hideView(view));
    }

    /** Waits until the condition (evaluated on the UI thread) holds; fails with the description otherwise. */
    public static void waitUntil(String description, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (ui(condition::getAsBoolean)) {
                return;
            }
            sleep(50);
        }
        throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting until " + description);
    }

    /** Waits until no job of the family is running or waiting. */
    public static void waitForJobs(Object family, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Job.getJobManager().find(family).length == 0) {
                uiRun(() -> {
                    while (Display.getCurrent().readAndDispatch()) {
                        // flush the asyncExecs the jobs posted
                    }
                });
                return;
            }
            sleep(50);
        }
        throw new AssertionError("Jobs of " + family + " still running after " + timeout.toSeconds() + " s");
    }

    /** Waits for a visible shell with this title (a dialog opened by an asynchronous action). */
    public static org.eclipse.swt.widgets.Shell waitForShell(String title, Duration timeout) {
        org.eclipse.swt.widgets.Shell[] found = new org.eclipse.swt.widgets.Shell[1];
        waitUntil("a window titled \"" + title + "\" is open", timeout, () -> {
            for (org.eclipse.swt.widgets.Shell shell : Display.getCurrent().getShells()) {
                if (title.equals(shell.getText()) && shell.isVisible()) {
                    found[0] = shell;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** Runs work on the UI thread without waiting for it (it may open a modal dialog). */
    public static void uiLater(Runnable work) {
        Display.getDefault().asyncExec(work);
    }

    /** Finds a control tagged with {@code setData(key, id)} under the given root. */
    public static <C extends Control> C find(Control root, String key, String id, Class<C> type) {
        C found = ui(() -> search(root, key, id, type));
        if (found == null) {
            throw new AssertionError("No " + type.getSimpleName() + " tagged " + id);
        }
        return found;
    }

    private static <C extends Control> C search(Control control, String key, String id, Class<C> type) {
        if (type.isInstance(control) && id.equals(control.getData(key))) {
            return type.cast(control);
        }
        if (control instanceof org.eclipse.swt.widgets.Composite) {
            for (Control child : ((org.eclipse.swt.widgets.Composite) control).getChildren()) {
                C found = search(child, key, id, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
