package com.outsourcingledger.query.vendor;

import com.outsourcingledger.api.vendor.SuspensionCause;
import com.outsourcingledger.api.vendor.VendorEvent;
import com.outsourcingledger.api.vendor.VendorEvent.AnnualReviewCompleted;
import com.outsourcingledger.api.vendor.VendorEvent.AnnualReviewOverdue;
import com.outsourcingledger.api.vendor.VendorEvent.DueDiligenceFindingRecorded;
import com.outsourcingledger.api.vendor.VendorEvent.DueDiligenceStarted;
import com.outsourcingledger.api.vendor.VendorEvent.QualificationAdded;
import com.outsourcingledger.api.vendor.VendorEvent.QualificationRenewed;
import com.outsourcingledger.api.vendor.VendorEvent.VendorAdmissionRejected;
import com.outsourcingledger.api.vendor.VendorEvent.VendorAdmitted;
import com.outsourcingledger.api.vendor.VendorEvent.VendorBlacklisted;
import com.outsourcingledger.api.vendor.VendorEvent.VendorEliminated;
import com.outsourcingledger.api.vendor.VendorEvent.VendorQualificationExpired;
import com.outsourcingledger.api.vendor.VendorEvent.VendorRegistered;
import com.outsourcingledger.api.vendor.VendorEvent.VendorReinstated;
import com.outsourcingledger.api.vendor.VendorEvent.VendorSuspended;
import com.outsourcingledger.api.vendor.VendorEvent.VendorTierChanged;
import com.outsourcingledger.api.vendor.VendorEvent.VendorWarned;
import com.outsourcingledger.api.vendor.VendorQuery.FindingView;
import com.outsourcingledger.api.vendor.VendorQuery.QualificationView;
import com.outsourcingledger.api.vendor.VendorQuery.SanctionView;
import com.outsourcingledger.api.vendor.VendorQuery.VendorDetail;
import com.outsourcingledger.api.vendor.VendorStatus;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * The vendor detail as a pure fold over the vendor's events. The live read model and any "as of an instant"
 * reconstruction both go through {@link #evolve}, so they cannot disagree.
 */
public final class VendorView {

    public static final String WARNING = "WARNING";
    public static final String SUSPENSION = "SUSPENSION";
    public static final String REINSTATEMENT = "REINSTATEMENT";
    public static final String ELIMINATION = "ELIMINATION";
    public static final String BLACKLISTING = "BLACKLISTING";

    private VendorView() {
    }

    public static VendorDetail initial(VendorRegistered e, EventContext context) {
        return VendorDraft.of(new VendorDetail(e.vendorId(), e.legalName(), e.creditCode(),
                e.legalRepresentative(), e.address(), e.contacts(), e.registeredCapital(), e.foundingYear(),
                e.headcount(), e.categories(), VendorStatus.REGISTERED, null, Set.of(), null, null, false, null, null,
                List.of(), List.of(), List.of(), List.of(), context.sequence(), context.at())).freeze();
    }

    /** {@code current} is null before the vendor's first event. */
    public static VendorDetail evolve(VendorDetail current, VendorEvent event, EventContext context) {
        if (current == null) {
            if (event instanceof VendorRegistered registered) {
                return initial(registered, context);
            }
            throw new IllegalArgumentException("vendor " + event.vendorId() + " has no registration before "
                    + event.getClass().getSimpleName());
        }
        VendorDraft draft = VendorDraft.of(current);
        switch (event) {
            case VendorRegistered e -> throw new IllegalArgumentException("vendor " + e.vendorId() + " is already registered");
            case QualificationAdded e -> putQualification(draft, new QualificationView(e.qualificationId(), e.type(),
                    e.number(), e.issuer(), e.validFrom(), e.validUntil(), e.required(), false, null));
            case QualificationRenewed e -> renew(draft, e);
            case VendorQualificationExpired e -> expire(draft, e);
            case DueDiligenceStarted e -> {
                draft.status = VendorStatus.UNDER_DUE_DILIGENCE;
                draft.findings.clear();
                draft.rejectionReasons.clear();
            }
            case DueDiligenceFindingRecorded e -> putFinding(draft, new FindingView(e.criterion(), e.outcome(),
                    e.summary(), VendorDraft.frozen(e.evidenceRefs()), context.user()));
            case VendorAdmitted e -> {
                draft.status = VendorStatus.ADMITTED;
                draft.tier = e.tier();
                draft.admittedOn = e.admittedOn();
                draft.annualReviewDue = e.annualReviewDue();
                draft.annualReviewOverdue = false;
                draft.suspensionCauses.clear();
            }
            case VendorAdmissionRejected e -> {
                draft.status = VendorStatus.ADMISSION_REJECTED;
                draft.rejectionReasons = VendorDraft.frozen(e.reasons());
            }
            case VendorWarned e -> sanction(draft, WARNING, e.reason(), e.evidenceRefs(), context);
            case VendorSuspended e -> {
                draft.status = VendorStatus.SUSPENDED;
                draft.suspensionCauses.add(e.cause() == null ? SuspensionCause.DECISION : e.cause());
                sanction(draft, SUSPENSION, e.reason(), e.evidenceRefs(), context);
            }
            case VendorReinstated e -> {
                draft.status = VendorStatus.ADMITTED;
                draft.suspensionCauses.clear();
                sanction(draft, REINSTATEMENT, e.reason(), List.of(), context);
            }
            case VendorEliminated e -> {
                leavePool(draft, VendorStatus.ELIMINATED);
                sanction(draft, ELIMINATION, e.reason(), e.evidenceRefs(), context);
            }
            case VendorBlacklisted e -> {
                leavePool(draft, VendorStatus.BLACKLISTED);
                sanction(draft, BLACKLISTING, e.reason(), e.evidenceRefs(), context);
            }
            case VendorTierChanged e -> draft.tier = e.tier();
            case AnnualReviewCompleted e -> {
                draft.lastReviewedOn = e.reviewedOn();
                draft.lastReviewOutcome = e.outcome();
                draft.annualReviewDue = e.nextReviewDue();
                draft.annualReviewOverdue = false;
            }
            case AnnualReviewOverdue e -> draft.annualReviewOverdue = true;
        }
        draft.version = context.sequence();
        draft.lastChangedAt = context.at();
        return draft.freeze();
    }

    /** The detail as seen on {@code today}: days to expiry depend on the day of asking, so they are never stored. */
    public static VendorDetail asOf(VendorDetail detail, LocalDate today) {
        VendorDraft draft = VendorDraft.of(detail);
        draft.qualifications.replaceAll(q -> new QualificationView(q.qualificationId(), q.type(), q.number(),
                q.issuer(), q.validFrom(), q.validUntil(), q.required(), q.expired(),
                q.validUntil() == null ? null : ChronoUnit.DAYS.between(today, q.validUntil())));
        return draft.freeze();
    }

    private static void putQualification(VendorDraft draft, QualificationView qualification) {
        draft.qualifications.removeIf(q -> q.qualificationId().equals(qualification.qualificationId()));
        draft.qualifications.add(qualification);
    }

    private static void renew(VendorDraft draft, QualificationRenewed e) {
        draft.qualifications.replaceAll(q -> q.qualificationId().equals(e.qualificationId())
                ? new QualificationView(q.qualificationId(), q.type(), e.number(), q.issuer(), e.validFrom(),
                e.validUntil(), q.required(), false, null)
                : q);
        if (draft.qualifications.stream().noneMatch(q -> q.required() && q.expired())) {
            draft.suspensionCauses.remove(SuspensionCause.QUALIFICATION_EXPIRED);
        }
    }

    private static void expire(VendorDraft draft, VendorQualificationExpired e) {
        draft.qualifications.replaceAll(q -> q.qualificationId().equals(e.qualificationId())
                ? new QualificationView(q.qualificationId(), q.type(), q.number(), q.issuer(), q.validFrom(),
                q.validUntil(), q.required(), true, null)
                : q);
    }

    private static void putFinding(VendorDraft draft, FindingView finding) {
        int existing = draft.findings.stream().map(FindingView::criterion).toList().indexOf(finding.criterion());
        if (existing >= 0) {
            draft.findings.set(existing, finding);
        } else {
            draft.findings.add(finding);
        }
    }

    private static void leavePool(VendorDraft draft, VendorStatus status) {
        draft.status = status;
        draft.tier = null;
        draft.suspensionCauses.clear();
    }

    private static void sanction(VendorDraft draft, String kind, String reason, List<String> evidenceRefs,
                                 EventContext context) {
        draft.sanctions.add(new SanctionView(kind, reason, VendorDraft.frozen(evidenceRefs), context.at(),
                context.user()));
    }
}
