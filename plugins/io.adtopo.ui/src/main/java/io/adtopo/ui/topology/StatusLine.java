package io.adtopo.ui.topology;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The status line of a topology view: a wrapping label that says what is shown or why nothing is. It is laid
 * out again only when its text may need another number of lines: sizing a wrapping label makes GTK allocate
 * it, which took a few milliseconds of the display thread at each step of a load.
 */
public final class StatusLine {

    /** Room kept beside the text, for the label's own padding. */
    private static final int MARGIN = 8;

    private final Label label;
    private boolean oneLine;

    public StatusLine(Composite parent) {
        label = new Label(parent, SWT.WRAP);
    }

    public Label label() {
        return label;
    }

    /** Shows a message, in red for a problem. */
    public void show(String message, boolean problem) {
        boolean fits = fitsOneLine(message);
        label.setText(message);
        label.setForeground(problem ? label.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        if (!(fits && oneLine)) {
            label.getParent().layout(new Control[] { label }); // only the label: the others keep their sizes
        }
        oneLine = fits;
    }

    private boolean fitsOneLine(String text) {
        int width = label.getSize().x;
        if (width <= 0 || text.indexOf('\n') >= 0) {
            return false;
        }
        GC gc = new GC(label);
        try {
            return gc.textExtent(text).x + MARGIN <= width;
        } finally {
            gc.dispose();
        }
    }
}
