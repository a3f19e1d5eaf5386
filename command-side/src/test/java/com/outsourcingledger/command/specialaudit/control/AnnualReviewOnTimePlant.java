package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.specialaudit.AuditControl;

import java.util.List;

/**
 * Clean: a vendor admitted eleven months before the period, its annual review completed early on the period's first
 * day and every later one on its due date. Violation: a vendor whose first annual review fell due the day before the
 * period, was flagged overdue and completed late on the period's first day.
 */
final class AnnualReviewOnTimePlant implements ControlPlant {

    static final String VIOLATING = "plant-vendor-review-late";

    @Override
    public AuditControl control() {
        return AuditControl.ANNUAL_REVIEW_ON_TIME;
    }

    @Override
    public List<AuditedEvent> clean(AuditPeriod period) {
        return VendorPlanting.admitted("plant-vendor-reviewed", period.from().minusMonths(11), period.zone())
                .reviewedOn(period.from())
                .reviewedOnTimeBefore(period.to())
                .events();
    }

    @Override
    public List<AuditedEvent> violation(AuditPeriod period) {
        return VendorPlanting.admitted(VIOLATING, period.from().minusMonths(12).minusDays(1), period.zone())
                .overdue()
                .reviewedOn(period.from())
                .reviewedOnTimeBefore(period.to())
                .events();
    }

    @Override
    public String violatingSubjectId() {
        return VIOLATING;
    }
}
