package com.outsourcingledger.command.lookup;

import com.outsourcingledger.api.vendor.VendorEvent;
import com.outsourcingledger.api.wire.MetadataKeys;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** {@link VendorRegistry} from the first event of the vendor's stream: another aggregate's id is no vendor. */
@Component
class EventStoreVendorRegistry implements VendorRegistry {

    private final EventStore events;

    EventStoreVendorRegistry(EventStore events) {
        this.events = events;
    }

    @Override
    public boolean isRegistered(String vendorId) {
        return registration(vendorId).isPresent();
    }

    @Override
    public Optional<String> registrantOf(String vendorId) {
        return registration(vendorId).map(first -> (String) first.getMetaData().get(MetadataKeys.USER));
    }

    private Optional<? extends DomainEventMessage<?>> registration(String vendorId) {
        return events.readEvents(vendorId).asStream().findFirst()
                .filter(first -> first.getPayload() instanceof VendorEvent);
    }
}
