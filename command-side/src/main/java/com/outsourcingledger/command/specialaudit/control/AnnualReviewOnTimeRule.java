package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.vendor.VendorEvent.*;
import com.outsourcingledger.api.wire.AggregateKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each vendor's annual financial review (财务年度复审) was completed by its due date: a review completed in the
 * period after its due date, a review flagged overdue in the period, and a due date that passed in the period with
 * neither review nor flag (the vendor still admitted or suspended) are exceptions.
 */
final class AnnualReviewOnTimeRule implements ControlRule {

    private final CheckedSubjects subjects = new CheckedSubjects(AggregateKind.VENDOR);
    private final Map<String, Due> dues = new LinkedHashMap<>();

    /** The due date in force, the event that set it, and the overdue flag raised on it, if any. */
    private record Due(LocalDate dueOn, AuditedEvent setBy, AuditedEvent overdue) {
    }

    @Override
    public AuditControl control() {
        return AuditControl.ANNUAL_REVIEW_ON_TIME;
    }

    @Override
    public void accept(AuditedEvent event) {
        switch (event.payload()) {
            case VendorAdmitted admitted -> due(admitted.vendorId(), admitted.annualReviewDue(), event);
            case AnnualReviewCompleted completed -> {
                completed(completed, event);
                due(completed.vendorId(), completed.nextReviewDue(), event);
            }
            case AnnualReviewOverdue overdue -> overdue(overdue, event);
            case VendorEliminated eliminated -> dues.remove(eliminated.vendorId());
            case VendorBlacklisted blacklisted -> dues.remove(blacklisted.vendorId());
            case null, default -> {
            }
        }
    }

    private void due(String vendorId, LocalDate dueOn, AuditedEvent setBy) {
        if (dueOn == null) {
            dues.remove(vendorId);
        } else {
            dues.put(vendorId, new Due(dueOn, setBy, null));
        }
    }

    private void completed(AnnualReviewCompleted completed, AuditedEvent event) {
        Due due = dues.get(completed.vendorId());
        LocalDate reviewedOn = completed.reviewedOn();
        if (due == null || reviewedOn == null || !reviewedOn.isAfter(due.dueOn())) {
            subjects.applied(completed.vendorId(), event.timestamp());
            return;
        }
        List<String> evidence = new ArrayList<>(List.of(due.setBy().eventId()));
        if (due.overdue() != null) {
            evidence.add(due.overdue().eventId());
        }
        evidence.add(event.eventId());
        subjects.notApplied(completed.vendorId(), event.timestamp(), "the annual review due " + due.dueOn()
                + " was completed late, on " + reviewedOn, evidence);
    }

    private void overdue(AnnualReviewOverdue overdue, AuditedEvent event) {
        Due due = dues.get(overdue.vendorId());
        List<String> evidence = due == null ? List.of(event.eventId())
                : List.of(due.setBy().eventId(), event.eventId());
        if (due != null) {
            dues.put(overdue.vendorId(), new Due(due.dueOn(), due.setBy(), event));
        }
        subjects.notApplied(overdue.vendorId(), event.timestamp(), "the annual review due " + overdue.dueOn()
                + " was not completed by its due date (flagged overdue)", evidence);
    }

    @Override
    public ControlAnswer answer(AuditPeriod period) {
        dues.forEach((vendorId, due) -> {
            LocalDate dueOn = due.dueOn();
            if (due.overdue() == null && period.contains(dueOn) && dueOn.isBefore(period.to())) {
                subjects.notApplied(vendorId, dueOn.plusDays(1).atStartOfDay(period.zone()).toInstant(),
                        "the annual review due " + dueOn + " was not completed by its due date, nor flagged"
                                + " overdue, by the end of the period", List.of(due.setBy().eventId()));
            }
        });
        return subjects.answer(control(), period);
    }
}
