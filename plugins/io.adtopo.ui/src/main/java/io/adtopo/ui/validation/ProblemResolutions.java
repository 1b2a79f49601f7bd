package io.adtopo.ui.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import io.adtopo.core.checks.Check;
import io.adtopo.core.checks.FixCandidate;
import io.adtopo.core.checks.Problem;
import io.adtopo.ui.internal.AdtopoUiPlugin;
import io.adtopo.ui.replication.ShowReplicationResolution;

/** Quick fixes for adtopo's problem markers: one per fix candidate of the marker's problem. */
public final class ProblemResolutions implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return problem(marker).map(p -> !p.fixes().isEmpty() || breaksReplication(p)).orElse(false);
    }

    /** A server object without serverReference makes its partners fail with 8589: Replication shows them. */
    private static boolean breaksReplication(Problem problem) {
        return problem.check() == Check.SERVER_REFERENCE_MISSING;
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        Optional<Problem> problem = problem(marker);
        if (problem.isEmpty()) {
            return new IMarkerResolution[0];
        }
        List<IMarkerResolution> resolutions = new ArrayList<>();
        for (FixCandidate candidate : problem.get().fixes()) {
            resolutions.add(new FixResolution(marker, candidate));
        }
        if (breaksReplication(problem.get())) {
            resolutions.add(new ShowReplicationResolution(marker));
        }
        return resolutions.toArray(new IMarkerResolution[0]);
    }

    static Optional<Problem> problem(IMarker marker) {
        return ProblemMarkers.problemOf(marker, AdtopoUiPlugin.getDefault().validation());
    }
}
