package io.adtopo.ui.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;

import io.adtopo.ui.connections.ConnectionRef;
import io.adtopo.ui.internal.Messages;

/** The quick fixes' path: preview the planned fixes per connection, then write them in a job if confirmed. */
final class FixPreviewDialog {

    private FixPreviewDialog() {
    }

    static void confirmAndApply(List<PlannedFix> fixes) {
        Map<String, List<PlannedFix>> byConnection = new LinkedHashMap<>();
        for (PlannedFix fix : fixes) {
            byConnection.computeIfAbsent(fix.connection.key(), k -> new ArrayList<>()).add(fix);
        }
        for (List<PlannedFix> group : byConnection.values()) {
            ConnectionRef connection = group.get(0).connection;
            List<ChangePreviewDialog.Item> items = new ArrayList<>();
            List<ApplyChangesJob.Write> writes = new ArrayList<>();
            for (PlannedFix fix : group) {
                String label = fix.problem.subjectName() + ": " + fix.candidate.label();
                items.add(new ChangePreviewDialog.Item(label, fix.candidate.reason(), fix.candidate.change()));
                writes.add(new ApplyChangesJob.Write(label, fix.candidate.change(), null));
            }
            ChangePreviewDialog dialog = new ChangePreviewDialog(Display.getDefault().getActiveShell(),
                    Messages.Preview_fixTitle, connection, items);
            if (dialog.open() == Window.OK) {
                new ApplyChangesJob(connection, writes).schedule();
            }
        }
    }
}
