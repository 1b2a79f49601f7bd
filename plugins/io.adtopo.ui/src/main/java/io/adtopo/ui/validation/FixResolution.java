package io.adtopo.ui.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;

import io.adtopo.core.checks.FixCandidate;
import io.adtopo.core.checks.Problem;
import io.adtopo.ui.connections.ConnectionRef;
import io.adtopo.ui.internal.AdtopoUiPlugin;

/**
 * Applies one fix candidate, and the same kind of fix to other markers of the same connection the user ticks:
 * shows the exact LDIF and the DC first, writes only after the user says so.
 */
final class FixResolution extends WorkbenchMarkerResolution {

    private final IMarker marker;
    private final FixCandidate candidate;

    FixResolution(IMarker marker, FixCandidate candidate) {
        this.marker = marker;
        this.candidate = candidate;
    }

    @Override
    public String getLabel() {
        return candidate.label();
    }

    @Override
    public String getDescription() {
        return candidate.reason() + "\n\n" + candidate.change().toLdif();
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public IMarker[] findOtherMarkers(IMarker[] markers) {
        List<IMarker> others = new ArrayList<>();
        String connection = marker.getAttribute(ProblemMarkers.CONNECTION, "");
        for (IMarker other : markers) {
            if (other.equals(marker) || !connection.equals(other.getAttribute(ProblemMarkers.CONNECTION, ""))) {
                continue;
            }
            if (sameKindOfFix(other).isPresent()) {
                others.add(other);
            }
        }
        return others.toArray(new IMarker[0]);
    }

    private Optional<FixCandidate> sameKindOfFix(IMarker other) {
        return ProblemResolutions.problem(other).flatMap(p -> p.fixes().stream()
                .filter(f -> f.kind() == candidate.kind()).findFirst());
    }

    @Override
    public void run(IMarker target) {
        run(new IMarker[] { target }, null);
    }

    @Override
    public void run(IMarker[] markers, IProgressMonitor monitor) {
        List<PlannedFix> fixes = new ArrayList<>();
        for (IMarker m : markers) {
            Optional<Problem> problem = ProblemResolutions.problem(m);
            Optional<ConnectionRef> connection = AdtopoUiPlugin.getDefault().connections()
                    .find(m.getAttribute(ProblemMarkers.CONNECTION, ""));
            Optional<FixCandidate> fix = m.equals(marker) ? Optional.of(candidate) : sameKindOfFix(m);
            if (problem.isPresent() && connection.isPresent() && fix.isPresent()) {
                fixes.add(new PlannedFix(connection.get(), problem.get(), fix.get()));
            }
        }
        if (!fixes.isEmpty()) {
            Display.getDefault().syncExec(() -> FixPreviewDialog.confirmAndApply(fixes));
        }
    }
}
