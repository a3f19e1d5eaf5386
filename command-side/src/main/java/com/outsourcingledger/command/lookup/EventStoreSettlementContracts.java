package com.outsourcingledger.command.lookup;

import com.outsourcingledger.api.contract.ContractEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** {@link SettlementContracts} from the contract's own event stream, read when asked. */
@Component
class EventStoreSettlementContracts implements SettlementContracts {

    private final EventStore events;

    EventStoreSettlementContracts(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<ContractFacts> factsOf(String contractId) {
        return Optional.ofNullable(ContractFactsFold.of(events.readEvents(contractId).asStream()
                .map(DomainEventMessage::getPayload)
                .filter(ContractEvent.class::isInstance)
                .map(ContractEvent.class::cast)
                .toList()));
    }
}
