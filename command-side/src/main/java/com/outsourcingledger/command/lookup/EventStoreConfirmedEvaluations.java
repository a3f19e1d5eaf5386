package com.outsourcingledger.command.lookup;

import com.outsourcingledger.api.evaluation.EvaluationEvent.EvaluationConfirmed;
import com.outsourcingledger.api.evaluation.EvaluationPeriod;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** {@link ConfirmedEvaluations} from the evaluation's own event stream: its last {@code EvaluationConfirmed}. */
@Component
class EventStoreConfirmedEvaluations implements ConfirmedEvaluations {

    private final EventStore events;

    EventStoreConfirmedEvaluations(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<ConfirmedEvaluation> confirmed(String evaluationId) {
        return events.readEvents(evaluationId).asStream()
                .map(DomainEventMessage::getPayload)
                .filter(EvaluationConfirmed.class::isInstance)
                .map(EvaluationConfirmed.class::cast)
                .reduce((first, second) -> second)
                .map(e -> new ConfirmedEvaluation(e.evaluationId(), e.contractId(), EvaluationPeriod.of(e.period()),
                        e.adjustmentPercent()));
    }
}
