package io.adtopo.ui.validation;

import io.adtopo.core.checks.FixCandidate;
import io.adtopo.core.checks.Problem;
import io.adtopo.ui.connections.ConnectionRef;

/** A fix the user is about to apply: the problem, the chosen candidate, and the connection it goes through. */
final class PlannedFix {

    final ConnectionRef connection;
    final Problem problem;
    final FixCandidate candidate;

    PlannedFix(ConnectionRef connection, Problem problem, FixCandidate candidate) {
        this.connection = connection;
        this.problem = problem;
        this.candidate = candidate;
    }
}
