package com.outsourcingledger.command.evaluation;

/** Where an evaluation stands: only what its commands decide on. */
enum EvaluationStatus {
    OPEN, SCORED, COUNTERSIGNED, SHARED, DISPUTED, CONFIRMED
}
