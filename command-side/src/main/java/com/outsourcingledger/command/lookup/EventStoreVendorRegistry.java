package com.outsourcingledger.command.lookup;

import com.outsourcingledger.api.vendor.VendorEvent;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** {@link VendorRegistry} from the first event of the vendor's stream: another aggregate's id is no vendor. */
@Component
class EventStoreVendorRegistry implements VendorRegistry {

    private final EventStore events;

    EventStoreVendorRegistry(EventStore events) {
        this.events = events;
    }

    @Override
    public boolean isRegistered(String vendorId) {
        return events.readEvents(vendorId).asStream().findFirst()
                .map(first -> first.getPayload() instanceof VendorEvent)
                .orElse(false);
    }
}
