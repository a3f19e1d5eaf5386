package com.outsourcingledger.command.sourcing;

import com.outsourcingledger.api.vendor.VendorEvent;
import com.outsourcingledger.api.vendor.VendorEvent.*;
import com.outsourcingledger.api.vendor.VendorStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.Optional;

/**
 * The command side's own small projection of vendor status, fed by a tracking processor from the start of the
 * event store. It trails the vendor events by the processor's lag (normally well under a second): a vendor
 * suspended a moment ago can still be named a candidate, and one admitted a moment ago not yet awarded.
 */
@Component
@ProcessingGroup(JdbcVendorStandings.PROCESSING_GROUP)
class JdbcVendorStandings implements VendorStandings {

    static final String PROCESSING_GROUP = "vendor-standing";

    private final JdbcClient jdbc;

    JdbcVendorStandings(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public Optional<VendorStatus> statusOf(String vendorId) {
        return jdbc.sql("SELECT status FROM vendor_standing WHERE vendor_id = :id")
                .param("id", vendorId)
                .query(String.class)
                .optional()
                .map(VendorStatus::valueOf);
    }

    @EventHandler
    void on(VendorEvent event, @SequenceNumber Long sequence) {
        VendorStatus status = switch (event) {
            case VendorRegistered e -> VendorStatus.REGISTERED;
            case DueDiligenceStarted e -> VendorStatus.UNDER_DUE_DILIGENCE;
            case VendorAdmitted e -> VendorStatus.ADMITTED;
            case VendorAdmissionRejected e -> VendorStatus.ADMISSION_REJECTED;
            case VendorSuspended e -> VendorStatus.SUSPENDED;
            case VendorReinstated e -> VendorStatus.ADMITTED;
            case VendorEliminated e -> VendorStatus.ELIMINATED;
            case VendorBlacklisted e -> VendorStatus.BLACKLISTED;
            default -> null;
        };
        if (status == null) {
            return;
        }
        int updated = jdbc.sql("UPDATE vendor_standing SET status = :status, sequence = :sequence"
                        + " WHERE vendor_id = :id AND sequence < :sequence")
                .param("id", event.vendorId()).param("status", status.name()).param("sequence", sequence)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO vendor_standing (vendor_id, status, sequence) VALUES (:id, :status, :sequence)"
                            + " ON CONFLICT DO NOTHING")
                    .param("id", event.vendorId()).param("status", status.name()).param("sequence", sequence)
                    .update();
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM vendor_standing").update();
    }
}
