package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.specialaudit.AuditControl;

import java.time.Duration;
import java.util.List;

/**
 * Clean: a sourcing with three candidates and a panel from BUSINESS, HR, LEGAL and FINANCE, every member scoring
 * every candidate. Violation: the same panel, but only two candidates.
 */
final class CandidatesAndPanelPlant implements ControlPlant {

    static final String VIOLATING = "plant-sourcing-two-candidates";

    @Override
    public AuditControl control() {
        return AuditControl.CANDIDATES_AND_PANEL;
    }

    @Override
    public List<AuditedEvent> clean(AuditPeriod period) {
        return SourcingPlanting.awarded("plant-sourcing-three-candidates",
                List.of("plant-vendor-a", "plant-vendor-b", "plant-vendor-c"), SourcingPlanting.PANEL,
                PlantingClock.morning(period).plus(Duration.ofHours(1)), period.zone()).events();
    }

    @Override
    public List<AuditedEvent> violation(AuditPeriod period) {
        return SourcingPlanting.awarded(VIOLATING, List.of("plant-vendor-a", "plant-vendor-b"), SourcingPlanting.PANEL,
                PlantingClock.morning(period).plus(Duration.ofHours(2)), period.zone()).events();
    }

    @Override
    public String violatingSubjectId() {
        return VIOLATING;
    }
}
