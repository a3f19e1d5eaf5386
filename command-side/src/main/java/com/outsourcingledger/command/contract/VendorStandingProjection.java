package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.vendor.VendorEvent;
import com.outsourcingledger.api.vendor.VendorEvent.VendorAdmissionRejected;
import com.outsourcingledger.api.vendor.VendorEvent.VendorAdmitted;
import com.outsourcingledger.api.vendor.VendorEvent.VendorBlacklisted;
import com.outsourcingledger.api.vendor.VendorEvent.VendorEliminated;
import com.outsourcingledger.api.vendor.VendorEvent.DueDiligenceStarted;
import com.outsourcingledger.api.vendor.VendorEvent.VendorRegistered;
import com.outsourcingledger.api.vendor.VendorEvent.VendorReinstated;
import com.outsourcingledger.api.vendor.VendorEvent.VendorSuspended;
import com.outsourcingledger.api.vendor.VendorStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.Optional;

/**
 * Each vendor's current status, as the contract's signing and renewal rules need it. A tracking processor
 * of the command side keeps it, so it trails the vendor's stream by the processor's lag (milliseconds
 * normally, at most about a second when idle).
 */
@Component
@ProcessingGroup(VendorStandingProjection.PROCESSING_GROUP)
class VendorStandingProjection implements VendorStandings {

    static final String PROCESSING_GROUP = "contract-vendor-standing";

    private final JdbcClient jdbc;

    VendorStandingProjection(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @EventHandler
    void on(VendorEvent event) {
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
        int updated = jdbc.sql("UPDATE contract_vendor_standing SET status = :status WHERE vendor_id = :id")
                .param("id", event.vendorId()).param("status", status.name()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO contract_vendor_standing (vendor_id, status) VALUES (:id, :status)")
                    .param("id", event.vendorId()).param("status", status.name()).update();
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM contract_vendor_standing").update();
    }

    @Override
    public Optional<VendorStatus> statusOf(String vendorId) {
        return jdbc.sql("SELECT status FROM contract_vendor_standing WHERE vendor_id = :id")
                .param("id", vendorId)
                .query(String.class)
                .optional()
                .map(VendorStatus::valueOf);
    }
}
