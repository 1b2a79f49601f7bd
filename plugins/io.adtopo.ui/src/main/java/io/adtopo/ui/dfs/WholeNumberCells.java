package io.adtopo.ui.dfs;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/** Text cell editors that take a whole number in a range, and refuse other text with a message. */
final class WholeNumberCells {

    private WholeNumberCells() {
    }

    static CellEditor editor(Composite table, long min, long max, String refusal) {
        TextCellEditor editor = new TextCellEditor(table);
        editor.setValidator(value -> {
            try {
                long number = Long.parseLong(String.valueOf(value).trim());
                return number >= min && number <= max ? null : refusal;
            } catch (NumberFormatException e) {
                return refusal;
            }
        });
        return editor;
    }
}
