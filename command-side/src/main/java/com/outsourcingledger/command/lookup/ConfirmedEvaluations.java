package com.outsourcingledger.command.lookup;

import java.util.Optional;

/** Confirmed evaluations, as a settlement's confirmation rests on one; read from the evaluation's own stream. */
public interface ConfirmedEvaluations {

    /** Empty for an unknown evaluation or one not (yet) confirmed. */
    Optional<ConfirmedEvaluation> confirmed(String evaluationId);
}
