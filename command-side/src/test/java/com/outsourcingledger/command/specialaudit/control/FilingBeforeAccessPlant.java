package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.specialaudit.AuditControl;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.outsourcingledger.command.specialaudit.control.PlantDays.at;

/**
 * A worker filed by the vendor, verified by HR, inducted and badged, then granted ERP access on the deciding day;
 * and one granted access while the filing still waited for HR.
 */
final class FilingBeforeAccessPlant implements ControlPlant {

    private static final String CONTRACT = "cb-filing-contract";
    private static final String UNFILED = "cb-filing-worker-unfiled";

    @Override
    public AuditControl control() {
        return AuditControl.FILING_BEFORE_ACCESS;
    }

    @Override
    public List<AuditedEvent> clean(AuditPeriod period) {
        LocalDate day = PlantDays.decidingDay(period);
        List<AuditedEvent> events = new ArrayList<>(ServiceContract.signed(CONTRACT, period).events());
        events.addAll(PlantedWorker.submitted("cb-filing-worker-filed", CONTRACT, period,
                        at(period, day.minusDays(20), 9, 0))
                .verified(Duration.ofDays(1)).active(Duration.ofDays(1))
                .requested(at(period, day.minusDays(1), 10, 0), "erp")
                .granted(at(period, day, 10, 0), "erp")
                .assetIssued(Duration.ofHours(1), "laptop-1")
                .history().events());
        return PlantDays.inStoreOrder(events);
    }

    @Override
    public List<AuditedEvent> violation(AuditPeriod period) {
        LocalDate day = PlantDays.decidingDay(period);
        return PlantedWorker.submitted(UNFILED, CONTRACT, period, at(period, day.minusDays(3), 9, 0))
                .requested(at(period, day.minusDays(1), 10, 0), "erp")
                .granted(at(period, day, 10, 0), "erp")
                .history().events();
    }

    @Override
    public String violatingSubjectId() {
        return UNFILED;
    }
}
