package io.adtopo.tests.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import io.adtopo.ui.dfs.ReferralPreviewEditor;
import io.adtopo.ui.topology.TopologyPart;

/**
 * The DFS referral preview editor as a test sees it: the client site and method choosers, the stored and
 * what-if tables (read as sets), the notes under them, and the Site Costs page's links, paths and matrix.
 */
public final class ReferralEditorPage {

    /** The table ids: the referral as stored, and the what-if referral. */
    public static final String STORED = "stored";
    public static final String WHAT_IF = "whatIfTable";

    private final ReferralPreviewEditor editor;

    private ReferralEditorPage(ReferralPreviewEditor editor) {
        this.editor = editor;
    }

    /**
     * Selects a root or folder in DFS Namespaces (path of first-column texts, e.g. the namespace path and
     * "Software"), runs Preview Referrals on it and returns the editor once its read has ended.
     */
    public static ReferralEditorPage openFrom(TopologyPartPage dfsView, Duration timeout, String... path) {
        dfsView.select(path);
        Workbench.uiRun(() -> {
            try {
                org.eclipse.ui.PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class)
                        .executeCommand("io.adtopo.ui.commands.previewReferrals", null);
            } catch (Exception e) {
                throw new IllegalStateException("Preview Referrals failed", e);
            }
        });
        ReferralPreviewEditor editor = Workbench.ui(() -> (ReferralPreviewEditor) org.eclipse.ui.PlatformUI
                .getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor());
        return of(editor, timeout);
    }

    /** Waits until the DFS Namespaces view has read the namespaces of its connection. */
    public static void waitForNamespaces(TopologyPartPage dfsView, Duration timeout) {
        dfsView.waitForLoad(timeout);
        Workbench.waitForJobs(io.adtopo.ui.dfs.DfsNamespacesView.READ_FAMILY, timeout);
        Workbench.waitUntil("DFS Namespaces has read the namespaces", timeout,
                () -> !dfsView.status().startsWith("Reading"));
    }

    public void close() {
        Workbench.uiRun(() -> editor.getSite().getPage().closeEditor(editor, false));
    }

    /** The editor once its read has ended. */
    public static ReferralEditorPage of(ReferralPreviewEditor editor, Duration timeout) {
        Workbench.waitForJobs(ReferralPreviewEditor.PREPARE_FAMILY, timeout);
        ReferralEditorPage page = new ReferralEditorPage(editor);
        Workbench.waitUntil("the editor no longer says it is reading", timeout,
                () -> !page.control("status", Label.class).getText().startsWith("Reading"));
        return page;
    }

    public ReferralPreviewEditor editor() {
        return editor;
    }

    public String status() {
        return text("status");
    }

    public String whatIfSummary() {
        return text("whatIf");
    }

    /** The note under a table: what was left out, or why the referral is empty. */
    public String note(String table) {
        return text(table + "Note");
    }

    public String site() {
        Combo combo = control("site", Combo.class);
        return Workbench.ui(combo::getText);
    }

    public void chooseSite(String name) {
        choose("site", name);
    }

    public String method() {
        Combo combo = control("method", Combo.class);
        return Workbench.ui(combo::getText);
    }

    public List<String> methods() {
        Combo combo = control("method", Combo.class);
        return Workbench.ui(() -> List.of(combo.getItems()));
    }

    public void chooseMethod(String label) {
        choose("method", label);
    }

    public void reshuffle() {
        press("reshuffle");
    }

    public void resetWhatIf() {
        press("reset");
    }

    /** The rows of a table, each as its column texts. */
    public List<List<String>> rows(String table) {
        return rows(control(table, Table.class));
    }

    /** The column titles of a table. */
    public List<String> columns(String table) {
        Table t = control(table, Table.class);
        return Workbench.ui(() -> {
            List<String> out = new ArrayList<>();
            for (TableColumn column : t.getColumns()) {
                out.add(column.getText());
            }
            return out;
        });
    }

    /**
     * A referral table as "a | b+c": the sets in order by the Set column, each set's targets by the first
     * label of their host, sorted (their order inside a set is random).
     */
    public String sets(String table) {
        List<List<String>> rows = rows(table);
        int setColumn = columns(table).indexOf("Set");
        Map<Integer, List<String>> sets = new TreeMap<>();
        int previous = 0;
        for (List<String> row : rows) {
            int set = Integer.parseInt(row.get(setColumn).split(" ")[0]);
            if (set < previous) {
                throw new AssertionError("set " + set + " after set " + previous + ": " + rows);
            }
            previous = set;
            String host = row.get(1).substring(2).split("[.\\\\]")[0];
            sets.computeIfAbsent(set, k -> new ArrayList<>()).add(host);
        }
        if (sets.isEmpty()) {
            return "-";
        }
        return sets.values().stream().map(m -> m.stream().sorted().collect(Collectors.joining("+")))
                .collect(Collectors.joining(" | "));
    }

    /** Edits a what-if cell: the row whose target host starts with the name, the column by title. */
    public void editWhatIf(String host, String column, String value) {
        edit(WHAT_IF, r -> r.get(1).startsWith("\\\\" + host + "."), column, value);
    }

    // --- Site Costs page

    public void showPage(int index) {
        Workbench.uiRun(() -> editor.showPage(index));
    }

    /** Sets a site link's what-if cost through the links table's cell editor. */
    public void editLinkCost(String link, long cost) {
        edit("links", r -> r.get(0).equals(link), "Cost (what-if)", String.valueOf(cost));
    }

    public void setBridgeAll(boolean on) {
        Button button = control("bridgeAll", Button.class);
        Workbench.uiRun(() -> {
            button.setSelection(on);
            button.notifyListeners(SWT.Selection, new Event());
        });
    }

    public boolean bridgeAll() {
        Button button = control("bridgeAll", Button.class);
        return Workbench.ui(button::getSelection);
    }

    /** A cell of the site-cost matrix: from the row's site to the column's. */
    public String matrix(String from, String to) {
        Table matrix = control("matrix", Table.class);
        return Workbench.ui(() -> {
            int column = -1;
            for (int i = 0; i < matrix.getColumnCount(); i++) {
                if (matrix.getColumn(i).getText().equals(to)) {
                    column = i;
                }
            }
            for (TableItem item : matrix.getItems()) {
                if (item.getText(0).equals(from) && column > 0) {
                    return item.getText(column);
                }
            }
            throw new AssertionError("no matrix cell " + from + " -> " + to);
        });
    }

    /** The "cheapest paths from the client site" rows. */
    public List<List<String>> paths() {
        return rows("paths");
    }

    // --- helpers

    private void edit(String tableId, java.util.function.Predicate<List<String>> rowMatches, String columnTitle,
            String value) {
        Table table = control(tableId, Table.class);
        int column = columns(tableId).indexOf(columnTitle);
        Workbench.uiRun(() -> {
            ColumnViewer viewer = (ColumnViewer) table.getData(TopologyPart.VIEWER_KEY);
            TableItem target = null;
            for (TableItem item : table.getItems()) {
                if (rowMatches.test(texts(item, table.getColumnCount()))) {
                    target = item;
                }
            }
            if (target == null) {
                throw new AssertionError("no row to edit in " + tableId);
            }
            viewer.editElement(target.getData(), column);
            Control editorControl = findEditor(table);
            if (editorControl instanceof CCombo) {
                CCombo combo = (CCombo) editorControl;
                combo.select(List.of(combo.getItems()).indexOf(value));
                combo.notifyListeners(SWT.DefaultSelection, new Event());
            } else if (editorControl instanceof Text) {
                ((Text) editorControl).setText(value);
                editorControl.notifyListeners(SWT.DefaultSelection, new Event());
            } else {
                throw new AssertionError("no cell editor opened in " + tableId + " column " + columnTitle);
            }
        });
    }

    private static Control findEditor(Composite table) {
        for (Control child : table.getChildren()) {
            if ((child instanceof Text || child instanceof CCombo) && child.isVisible()) {
                return child;
            }
        }
        return null;
    }

    private static List<List<String>> rows(Table table) {
        return Workbench.ui(() -> {
            List<List<String>> out = new ArrayList<>();
            for (TableItem item : table.getItems()) {
                out.add(texts(item, table.getColumnCount()));
            }
            return out;
        });
    }

    private static List<String> texts(TableItem item, int columns) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            cells.add(item.getText(i));
        }
        return cells;
    }

    private void choose(String id, String item) {
        Combo combo = control(id, Combo.class);
        Workbench.uiRun(() -> {
            int index = List.of(combo.getItems()).indexOf(item);
            if (index < 0) {
                throw new AssertionError("no " + item + " in " + List.of(combo.getItems()));
            }
            combo.select(index);
            combo.notifyListeners(SWT.Selection, new Event());
        });
    }

    private void press(String id) {
        Button button = control(id, Button.class);
        Workbench.uiRun(() -> button.notifyListeners(SWT.Selection, new Event()));
    }

    private String text(String id) {
        Label label = control(id, Label.class);
        return Workbench.ui(label::getText);
    }

    private <C extends Control> C control(String id, Class<C> type) {
        Composite root = Workbench.ui(() -> (Composite) editor.pages());
        return Workbench.find(root, TopologyPart.WIDGET_KEY, id, type);
    }
}
