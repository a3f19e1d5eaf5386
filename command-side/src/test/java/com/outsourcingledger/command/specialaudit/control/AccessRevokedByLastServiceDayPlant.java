package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.worker.WorkerEvent.AccessRevocationOverdue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static com.outsourcingledger.command.specialaudit.control.PlantDays.at;

/**
 * Two workers of a contract in service, each holding ERP access and a laptop, offboarded with the deciding day as
 * their last service day: one has both back that day and exits; the other returns the laptop but keeps the access
 * past the day (the deadline raises it overdue, and a late revocation follows when the period leaves room).
 */
final class AccessRevokedByLastServiceDayPlant implements ControlPlant {

    private static final String CONTRACT = "cb-exit-contract";
    private static final String STILL_HOLDING = "cb-exit-worker-late";

    @Override
    public AuditControl control() {
        return AuditControl.ACCESS_REVOKED_BY_LAST_SERVICE_DAY;
    }

    @Override
    public List<AuditedEvent> clean(AuditPeriod period) {
        LocalDate last = PlantDays.decidingDay(period);
        List<AuditedEvent> events = new ArrayList<>(ServiceContract.signed(CONTRACT, period).events());
        events.addAll(serving("cb-exit-worker-on-time", period)
                .revoked(at(period, last, 16, 0), "erp", last)
                .returned(at(period, last, 17, 0), "laptop-1", last)
                .exited(false)
                .history().events());
        return PlantDays.inStoreOrder(events);
    }

    @Override
    public List<AuditedEvent> violation(AuditPeriod period) {
        LocalDate last = PlantDays.decidingDay(period);
        PlantedWorker worker = serving(STILL_HOLDING, period).returned(at(period, last, 16, 0), "laptop-1", last);
        if (last.plusDays(1).isAfter(period.to())) {
            return worker.history().events();
        }
        worker.history().by(null, null).at(at(period, last.plusDays(1), 0, 0))
                .event(new AccessRevocationOverdue(STILL_HOLDING, CONTRACT, last, List.of("erp"), List.of()));
        if (!last.plusDays(2).isAfter(period.to())) {
            worker.revoked(at(period, last.plusDays(2), 10, 0), "erp", last).exited(true);
        }
        return worker.history().events();
    }

    /** Filed 45 days before the last day, holding ERP access and a laptop, offboarding a week before the day. */
    private static PlantedWorker serving(String workerId, AuditPeriod period) {
        LocalDate last = PlantDays.decidingDay(period);
        String renewedMonth = YearMonth.from(last.minusDays(20)).minusMonths(1).toString();
        return PlantedWorker.submitted(workerId, CONTRACT, period, at(period, last.minusDays(45), 9, 0))
                .verified(Duration.ofDays(1)).active(Duration.ofDays(1))
                .requested(at(period, last.minusDays(43), 11, 0), "erp")
                .granted(at(period, last.minusDays(42), 9, 0), "erp")
                .assetIssued(Duration.ofHours(1), "laptop-1")
                .proofRenewed(Duration.ofDays(22), renewedMonth)
                .offboarding(at(period, last.minusDays(7), 10, 0), last);
    }

    @Override
    public String violatingSubjectId() {
        return STILL_HOLDING;
    }
}
