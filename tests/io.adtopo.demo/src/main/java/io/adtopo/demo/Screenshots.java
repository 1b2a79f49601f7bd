package io.adtopo.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** Saves PNG pictures of the workbench window and of each adtopo view, as drawn on screen. */
final class Screenshots {

    private Screenshots() {
    }

    static List<Path> saveViews(Display display, Path dir) {
        List<Path> written = new ArrayList<>();
        display.syncExec(() -> {
            Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
            shell.setSize(1400, 900);
            while (display.readAndDispatch()) {
                // let the window repaint at its new size
            }
            written.add(save(display, shell, dir.resolve("workbench.png")));
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            for (IViewReference ref : page.getViewReferences()) {
                IViewPart view = ref.getView(false);
                if (view != null && (ref.getId().startsWith("io.adtopo.")
                        || ref.getId().equals(org.eclipse.ui.IPageLayout.ID_PROBLEM_VIEW))) {
                    page.activate(view);
                    while (display.readAndDispatch()) {
                        // let the view come to the front and paint
                    }
                    MPart part = view.getSite().getService(MPart.class);
                    Object widget = part == null ? null : part.getWidget();
                    if (widget instanceof Control) {
                        Control control = (Control) widget;
                        written.add(save(display, control, dir.resolve(ref.getId() + ".png")));
                    }
                }
            }
        });
        return written;
    }

    /** Pictures of the referral preview editor's two pages. */
    static List<Path> saveEditor(Display display, io.adtopo.ui.dfs.ReferralPreviewEditor editor, Path dir) {
        List<Path> written = new ArrayList<>();
        display.syncExec(() -> {
            IWorkbenchPage page = editor.getSite().getPage();
            page.activate(editor);
            page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
            String[] names = { "referral", "site-costs" };
            for (int i = 0; i < names.length; i++) {
                editor.showPage(i);
                while (display.readAndDispatch()) {
                    // let the page paint
                }
                Control pages = editor.pages();
                written.add(save(display, pages, dir.resolve(editor.getSite().getId() + "-" + names[i] + ".png")));
            }
        });
        return written;
    }

    private static Path save(Display display, Control control, Path file) {
        Rectangle bounds = control.getBounds();
        Point origin = control.getParent() == null ? new Point(bounds.x, bounds.y)
                : control.getParent().toDisplay(bounds.x, bounds.y);
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, origin.x, origin.y);
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
        return file;
    }
}
