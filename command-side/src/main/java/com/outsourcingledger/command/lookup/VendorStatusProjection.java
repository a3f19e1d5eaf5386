package com.outsourcingledger.command.lookup;

import com.outsourcingledger.api.vendor.VendorEvent;
import com.outsourcingledger.api.vendor.VendorEvent.*;
import com.outsourcingledger.api.vendor.VendorStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.Optional;

import static com.outsourcingledger.api.vendor.VendorStatus.*;

/**
 * {@link VendorStatuses} kept in one table by a tracking processor from the start of the event store. Each
 * row remembers the sequence of the event that set it, so a redelivered older event never overwrites a newer
 * status. A read folds in the vendor's events the processor has not reached yet, read from the vendor's own
 * stream, so a sanction that committed before a command is never missed by it (the table only spares reading
 * the whole history).
 */
@Component
@ProcessingGroup(VendorStatusProjection.PROCESSING_GROUP)
class VendorStatusProjection implements VendorStatuses {

    static final String PROCESSING_GROUP = "vendor-status";

    private final JdbcClient jdbc;
    private final ObjectProvider<EventStore> eventStore;

    VendorStatusProjection(DataSource dataSource, ObjectProvider<EventStore> eventStore) {
        this.jdbc = JdbcClient.create(dataSource);
        this.eventStore = eventStore;
    }

    @Override
    public Optional<VendorStatus> statusOf(String vendorId) {
        Optional<Row> row = jdbc.sql("SELECT status, sequence FROM vendor_status WHERE vendor_id = :id")
                .param("id", vendorId)
                .query((rs, n) -> new Row(VendorStatus.valueOf(rs.getString("status")), rs.getLong("sequence")))
                .optional();
        long seen = row.map(Row::sequence).orElse(-1L);
        Optional<VendorStatus> status = row.map(Row::status);
        if (eventStore.getObject().lastSequenceNumberFor(vendorId).filter(last -> last > seen).isPresent()) {
            DomainEventStream newer = eventStore.getObject().readEvents(vendorId, seen + 1);
            while (newer.hasNext()) {
                if (newer.next().getPayload() instanceof VendorEvent event) {
                    Optional<VendorStatus> after = statusAfter(event);
                    status = after.isPresent() ? after : status;
                }
            }
        }
        return status;
    }

    private record Row(VendorStatus status, long sequence) {
    }

    /*
     * One handler per event that sets a status, none for the others: an event no handler takes is not a batch of its
     * own, so the processor stores its position for such events at most once per event availability timeout instead
     * of committing a transaction for each (a warning, a finding, a tier change). VendorStatusHandlersTest holds
     * these handlers to what statusAfter says.
     */

    @EventHandler
    void on(VendorRegistered event, @SequenceNumber Long sequence) {
        on((VendorEvent) event, sequence);
    }

    @EventHandler
    void on(DueDiligenceStarted event, @SequenceNumber Long sequence) {
        on((VendorEvent) event, sequence);
    }

    @EventHandler
    void on(VendorAdmitted event, @SequenceNumber Long sequence) {
        on((VendorEvent) event, sequence);
    }

    @EventHandler
    void on(VendorAdmissionRejected event, @SequenceNumber Long sequence) {
        on((VendorEvent) event, sequence);
    }

    @EventHandler
    void on(VendorSuspended event, @SequenceNumber Long sequence) {
        on((VendorEvent) event, sequence);
    }

    @EventHandler
    void on(VendorReinstated event, @SequenceNumber Long sequence) {
        on((VendorEvent) event, sequence);
    }

    @EventHandler
    void on(VendorEliminated event, @SequenceNumber Long sequence) {
        on((VendorEvent) event, sequence);
    }

    @EventHandler
    void on(VendorBlacklisted event, @SequenceNumber Long sequence) {
        on((VendorEvent) event, sequence);
    }

    /** Records the status the event sets, if it sets one and is newer than the status stored. */
    void on(VendorEvent event, Long sequence) {
        statusAfter(event).ifPresent(status -> {
            int updated = jdbc.sql("UPDATE vendor_status SET status = :status, sequence = :sequence"
                            + " WHERE vendor_id = :id AND sequence < :sequence")
                    .param("id", event.vendorId()).param("status", status.name()).param("sequence", sequence)
                    .update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO vendor_status (vendor_id, status, sequence) VALUES (:id, :status, :sequence)"
                                + " ON CONFLICT DO NOTHING")
                        .param("id", event.vendorId()).param("status", status.name()).param("sequence", sequence)
                        .update();
            }
        });
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM vendor_status").update();
    }

    /** Every vendor event is named here, so a new one does not compile until someone decides what it does. */
    static Optional<VendorStatus> statusAfter(VendorEvent event) {
        return switch (event) {
            case VendorRegistered e -> Optional.of(REGISTERED);
            case DueDiligenceStarted e -> Optional.of(UNDER_DUE_DILIGENCE);
            case VendorAdmitted e -> Optional.of(ADMITTED);
            case VendorAdmissionRejected e -> Optional.of(ADMISSION_REJECTED);
            case VendorSuspended e -> Optional.of(SUSPENDED);
            case VendorReinstated e -> Optional.of(ADMITTED);
            case VendorEliminated e -> Optional.of(ELIMINATED);
            case VendorBlacklisted e -> Optional.of(BLACKLISTED);
            case QualificationAdded e -> Optional.empty();
            case QualificationRenewed e -> Optional.empty();
            case VendorQualificationExpired e -> Optional.empty();
            case DueDiligenceFindingRecorded e -> Optional.empty();
            case VendorWarned e -> Optional.empty();
            case VendorTierChanged e -> Optional.empty();
            case AnnualReviewCompleted e -> Optional.empty();
            case AnnualReviewOverdue e -> Optional.empty();
            case VendorPortalAccountOpened e -> Optional.empty();
            case VendorPortalAccountClosed e -> Optional.empty();
        };
    }
}
