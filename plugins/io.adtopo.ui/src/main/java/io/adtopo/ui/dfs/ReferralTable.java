package io.adtopo.ui.dfs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import io.adtopo.core.dfs.DfsTarget;
import io.adtopo.core.dfs.PlannedTarget;
import io.adtopo.core.dfs.PriorityClass;
import io.adtopo.core.dfs.Referral;
import io.adtopo.core.dfs.TargetSet;
import io.adtopo.core.topology.SiteCosts;
import io.adtopo.ui.internal.Messages;
import io.adtopo.ui.topology.TopologyPart;

/**
 * One referral as a table, in the order a client might receive it: position, target, site, cost, priority,
 * rank, its set and why it is there. Rows of one set share a shade (order inside a set is random per
 * referral); a note below says what was left out, or that the referral is empty. The what-if table lets the
 * priority class and rank be edited.
 */
final class ReferralTable {

    /** One row: a target at a position, in a numbered set. */
    static final class Row {
        final int position;
        final int set;
        final TargetSet targetSet;
        final PlannedTarget planned;

        Row(int position, int set, TargetSet targetSet, PlannedTarget planned) {
            this.position = position;
            this.set = set;
            this.targetSet = targetSet;
            this.planned = planned;
        }
    }

    private final TableViewer viewer;
    private final Label note;
    private final Color shade;
    private Referral referral;

    /** priorityEdited: called with the stored target and its new priority (what-if table only, else null). */
    ReferralTable(Composite parent, String title, String id, BiConsumer<DfsTarget, DfsTarget> priorityEdited) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(group);
        viewer = new TableViewer(group, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setData(TopologyPart.WIDGET_KEY, id);
        viewer.getTable().setData(TopologyPart.VIEWER_KEY, viewer);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(500, 220).applyTo(viewer.getTable());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        shade = viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW);
        column("#", 35, r -> String.valueOf(r.position), null);
        column(Messages.Referral_columnTarget, 230, r -> r.planned.target().unc(), null);
        column(Messages.Referral_columnSite, 90, r -> r.planned.site().siteName(), null);
        column(Messages.Referral_columnCost, 60, r -> cost(r.planned), null);
        column(Messages.Referral_columnPriority, 235, r -> r.planned.target().priorityClass().label(),
                priorityEdited == null ? null : new PriorityEditing(priorityEdited));
        column(Messages.Referral_columnRank, 50, r -> String.valueOf(r.planned.target().rank()),
                priorityEdited == null ? null : new RankEditing(priorityEdited));
        column(Messages.Referral_columnSet, 150, ReferralTable::setLabel, null);
        column(Messages.Referral_columnWhy, 420, r -> r.planned.reason(), null);
        note = new Label(group, SWT.WRAP);
        note.setData(TopologyPart.WIDGET_KEY, id + "Note");
        GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(note);
    }

    private void column(String title, int width, Function<Row, String> text, EditingSupport editing) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }

            @Override
            public Color getBackground(Object element) {
                return ((Row) element).set % 2 == 0 ? shade : null;
            }
        });
        if (editing != null) {
            column.setEditingSupport(editing);
        }
    }

    /** Shows the referral in one possible order (each set already shuffled). */
    void show(Referral shown, List<PlannedTarget> order) {
        referral = shown;
        Map<PlannedTarget, Integer> setOf = new HashMap<>();
        Map<PlannedTarget, TargetSet> targetSetOf = new HashMap<>();
        for (int i = 0; i < shown.sets().size(); i++) {
            for (PlannedTarget member : shown.sets().get(i).members()) {
                setOf.put(member, i + 1);
                targetSetOf.put(member, shown.sets().get(i));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (PlannedTarget planned : order) {
            rows.add(new Row(rows.size() + 1, setOf.get(planned), targetSetOf.get(planned), planned));
        }
        viewer.setInput(rows);
        note.setText(noteOf(shown));
        note.setForeground(shown.isEmpty() ? note.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        note.getParent().layout(true);
    }

    void clear(String message) {
        referral = null;
        viewer.setInput(List.of());
        note.setText(message);
    }

    private static String noteOf(Referral shown) {
        List<String> lines = new ArrayList<>();
        shown.emptyReason().ifPresent(lines::add);
        for (PlannedTarget left : shown.leftOut()) {
            lines.add(NLS.bind(Messages.Referral_leftOut, left.target().unc(), left.reason()));
        }
        return String.join("\n", lines);
    }

    private static String cost(PlannedTarget planned) {
        return planned.cost() == SiteCosts.UNREACHABLE ? Messages.Referral_costMax : String.valueOf(planned.cost());
    }

    private static String setLabel(Row row) {
        int size = row.targetSet.members().size();
        return size > 1 ? NLS.bind(Messages.Referral_setShuffled, row.set, size) : String.valueOf(row.set);
    }

    Referral referral() {
        return referral;
    }

    Composite control() {
        return viewer.getTable().getParent();
    }

    /** Edits a target's priority class in the what-if table. */
    private final class PriorityEditing extends EditingSupport {
        private final BiConsumer<DfsTarget, DfsTarget> edited;
        private final String[] labels;

        PriorityEditing(BiConsumer<DfsTarget, DfsTarget> edited) {
            super(viewer);
            this.edited = edited;
            PriorityClass[] classes = PriorityClass.values();
            labels = new String[classes.length];
            for (int i = 0; i < classes.length; i++) {
                labels[i] = classes[i].label();
            }
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new ComboBoxCellEditor(viewer.getTable(), labels, SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            return ((Row) element).planned.target().priorityClass().ordinal();
        }

        @Override
        protected void setValue(Object element, Object value) {
            int index = (Integer) value;
            if (index >= 0) {
                DfsTarget target = ((Row) element).planned.target();
                edited.accept(target, target.withPriority(PriorityClass.values()[index], target.rank()));
            }
        }
    }

    /** Edits a target's rank (0-31) in the what-if table; other text is ignored. */
    private final class RankEditing extends EditingSupport {
        private final BiConsumer<DfsTarget, DfsTarget> edited;

        RankEditing(BiConsumer<DfsTarget, DfsTarget> edited) {
            super(viewer);
            this.edited = edited;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return WholeNumberCells.editor(viewer.getTable(), 0, DfsTarget.MAX_RANK, Messages.Referral_rankRange);
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            return String.valueOf(((Row) element).planned.target().rank());
        }

        @Override
        protected void setValue(Object element, Object value) {
            if (value == null) {
                return;
            }
            DfsTarget target = ((Row) element).planned.target();
            edited.accept(target, target.withPriority(target.priorityClass(), Integer.parseInt(((String) value).trim())));
        }
    }
}
