package io.adtopo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.adtopo.tests.support.Workbench;
import io.adtopo.ui.topology.StatusLine;

/**
 * The status line of the topology views, laid out as the views lay it out (a wrapping label above a tree):
 * a message too long for one line is shown whole on several, and the line gives the room back after it,
 * although one-line messages in a row are shown without laying the view out again.
 */
class StatusLineTest {

    private static final String SHORT = "Contoso: 3 sites, 4 servers.";
    private static final String LONG = "Could not read the topology: The connection to ldap://127.0.0.1:389 was lost"
            + " during the search of CN=Sites,CN=Configuration,DC=contoso,DC=test; whether the server applied the"
            + " change is not known.";

    private Shell shell;
    private StatusLine status;
    private Tree below;

    @BeforeEach
    void open() {
        Workbench.uiRun(() -> {
            shell = new Shell(Display.getCurrent());
            GridLayoutFactory.fillDefaults().numColumns(2).applyTo(shell);
            status = new StatusLine(shell);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(status.label());
            below = new Tree(shell, SWT.BORDER);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(below);
            shell.setSize(420, 300);
            shell.layout(true, true);
            shell.open();
        });
    }

    @AfterEach
    void close() {
        Workbench.uiRun(() -> shell.dispose());
    }

    @Test
    void aLongMessageTakesSeveralLinesAndGivesThemBack() {
        int oneLine = heightAfter(SHORT);
        assertEquals(oneLine, heightAfter("Reading the topology of Contoso..."), "one line for a short message");
        int treeTop = Workbench.ui(() -> below.getBounds().y);

        int several = heightAfter(LONG);
        assertTrue(several >= 2 * oneLine, "the long message wraps: " + several + " px against " + oneLine);
        assertEquals(LONG, Workbench.ui(() -> status.label().getText()));
        assertEquals(treeTop + several - oneLine, Workbench.ui(() -> below.getBounds().y),
                "the tree moved down to make room");

        assertEquals(oneLine, heightAfter(SHORT), "one line again after it");
        assertEquals(treeTop, Workbench.ui(() -> below.getBounds().y), "and the tree moved back up");
    }

    @Test
    void aProblemIsShownInRedAndTheNextMessageIsNot() {
        Workbench.uiRun(() -> status.show(LONG, true));
        assertEquals(Workbench.ui(() -> Display.getCurrent().getSystemColor(SWT.COLOR_DARK_RED).getRGB()),
                Workbench.ui(() -> status.label().getForeground().getRGB()));
        Workbench.uiRun(() -> status.show(SHORT, false));
        assertEquals(Workbench.ui(() -> shell.getForeground().getRGB()),
                Workbench.ui(() -> status.label().getForeground().getRGB()));
    }

    private int heightAfter(String message) {
        return Workbench.ui(() -> {
            status.show(message, false);
            Label label = status.label();
            return label.getSize().y;
        });
    }
}
