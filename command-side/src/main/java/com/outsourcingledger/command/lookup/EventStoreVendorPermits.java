package com.outsourcingledger.command.lookup;

import com.outsourcingledger.api.signal.SignalSource;
import com.outsourcingledger.api.vendor.QualificationType;
import com.outsourcingledger.api.vendor.VendorEvent.QualificationAdded;
import com.outsourcingledger.api.vendor.VendorEvent.QualificationRenewed;
import com.outsourcingledger.api.vendor.VendorEvent.VendorQualificationExpired;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link VendorPermits} folded from the vendor's qualifications: added or renewed, and not expired since. */
@Component
class EventStoreVendorPermits implements VendorPermits {

    private final EventStore events;

    EventStoreVendorPermits(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<SignalSource> laborDispatchPermit(String vendorId) {
        Set<String> permits = new HashSet<>();
        Map<String, DomainEventMessage<?>> held = new LinkedHashMap<>();
        events.readEvents(vendorId).asStream().forEach(event -> {
            switch (event.getPayload()) {
                case QualificationAdded e when e.type() == QualificationType.LABOR_DISPATCH_PERMIT -> {
                    permits.add(e.qualificationId());
                    held.put(e.qualificationId(), event);
                }
                case QualificationRenewed e when permits.contains(e.qualificationId()) ->
                        held.put(e.qualificationId(), event);
                case VendorQualificationExpired e -> held.remove(e.qualificationId());
                default -> {
                    // no other event puts a permit on file or takes it off
                }
            }
        });
        return held.values().stream().reduce((first, latest) -> latest).map(EventSources::sourceOf);
    }
}
