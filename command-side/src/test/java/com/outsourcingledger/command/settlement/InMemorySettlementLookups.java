package com.outsourcingledger.command.settlement;

import com.outsourcingledger.command.lookup.ConfirmedEvaluation;
import com.outsourcingledger.command.lookup.ConfirmedEvaluations;
import com.outsourcingledger.command.lookup.ContractFacts;
import com.outsourcingledger.command.lookup.SettlementContracts;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Contract facts and confirmed evaluations as a test sets them. */
class InMemorySettlementLookups implements SettlementContracts, ConfirmedEvaluations {

    private final Map<String, ContractFacts> contracts = new HashMap<>();
    private final Map<String, ConfirmedEvaluation> evaluations = new HashMap<>();

    void set(ContractFacts facts) {
        contracts.put(facts.contractId(), facts);
    }

    void confirm(ConfirmedEvaluation evaluation) {
        evaluations.put(evaluation.evaluationId(), evaluation);
    }

    @Override
    public Optional<ContractFacts> factsOf(String contractId) {
        return Optional.ofNullable(contracts.get(contractId));
    }

    @Override
    public Optional<ConfirmedEvaluation> confirmed(String evaluationId) {
        return Optional.ofNullable(evaluations.get(evaluationId));
    }
}
