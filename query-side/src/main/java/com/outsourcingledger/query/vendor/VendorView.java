package com.outsourcingledger.query.vendor;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.vendor.AnnualReviewOutcome;
import com.outsourcingledger.api.vendor.Contact;
import com.outsourcingledger.api.vendor.SuspensionCause;
import com.outsourcingledger.api.vendor.VendorCategory;
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
import com.outsourcingledger.api.vendor.VendorEvent.VendorPortalAccountClosed;
import com.outsourcingledger.api.vendor.VendorEvent.VendorPortalAccountOpened;
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
import com.outsourcingledger.api.vendor.VendorTier;
import com.outsourcingledger.api.wire.AggregateKind;
import com.outsourcingledger.query.readmodel.ViewFold;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The vendor detail as a pure fold over the vendor's events. The live read model and any "as of an instant"
 * reconstruction (auditors', through {@link ViewFold}) both go through {@link #evolve}, so they cannot disagree.
 */
@Component
public final class VendorView implements ViewFold<VendorDetail> {

    public static final String WARNING = "WARNING";
    public static final String SUSPENSION = "SUSPENSION";
    public static final String REINSTATEMENT = "REINSTATEMENT";
    public static final String ELIMINATION = "ELIMINATION";
    public static final String BLACKLISTING = "BLACKLISTING";

    VendorView() {
    }

    @Override
    public String aggregateType() {
        return AggregateKind.VENDOR.aggregateType();
    }

    @Override
    public Class<VendorDetail> viewType() {
        return VendorDetail.class;
    }

    @Override
    public VendorDetail evolve(VendorDetail current, Object event, Step step) {
        return evolve(current, (VendorEvent) event, step);
    }

    @Override
    public VendorDetail seenOn(VendorDetail view, LocalDate day) {
        return asOf(view, day);
    }

    public static VendorDetail initial(VendorRegistered e, Step step) {
        return Draft.of(new VendorDetail(e.vendorId(), e.legalName(), e.creditCode(),
                e.legalRepresentative(), e.address(), e.contacts(), e.registeredCapital(), e.foundingYear(),
                e.headcount(), e.categories(), VendorStatus.REGISTERED, null, Set.of(), null, null, false, null, null,
                List.of(), List.of(), List.of(), List.of(), step.sequence(), step.at())).freeze();
    }

    /** {@code current} is null before the vendor's first event. */
    public static VendorDetail evolve(VendorDetail current, VendorEvent event, Step step) {
        if (current == null) {
            if (event instanceof VendorRegistered registered) {
                return initial(registered, step);
            }
            throw new IllegalArgumentException("vendor " + event.vendorId() + " has no registration before "
                    + event.getClass().getSimpleName());
        }
        Draft draft = Draft.of(current);
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
                    e.summary(), Draft.frozen(e.evidenceRefs()), step.user()));
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
                draft.rejectionReasons = Draft.frozen(e.reasons());
            }
            case VendorWarned e -> sanction(draft, WARNING, e.reason(), e.evidenceRefs(), step);
            case VendorSuspended e -> {
                draft.status = VendorStatus.SUSPENDED;
                draft.suspensionCauses.add(e.cause() == null ? SuspensionCause.DECISION : e.cause());
                sanction(draft, SUSPENSION, e.reason(), e.evidenceRefs(), step);
            }
            case VendorReinstated e -> {
                draft.status = VendorStatus.ADMITTED;
                draft.suspensionCauses.clear();
                sanction(draft, REINSTATEMENT, e.reason(), List.of(), step);
            }
            case VendorEliminated e -> {
                leavePool(draft, VendorStatus.ELIMINATED);
                sanction(draft, ELIMINATION, e.reason(), e.evidenceRefs(), step);
            }
            case VendorBlacklisted e -> {
                leavePool(draft, VendorStatus.BLACKLISTED);
                sanction(draft, BLACKLISTING, e.reason(), e.evidenceRefs(), step);
            }
            case VendorTierChanged e -> draft.tier = e.tier();
            case AnnualReviewCompleted e -> {
                draft.lastReviewedOn = e.reviewedOn();
                draft.lastReviewOutcome = e.outcome();
                draft.annualReviewDue = e.nextReviewDue();
                draft.annualReviewOverdue = false;
            }
            case AnnualReviewOverdue e -> draft.annualReviewOverdue = true;
            case VendorPortalAccountOpened e -> {
            }
            case VendorPortalAccountClosed e -> {
            }
        }
        draft.version = step.sequence();
        draft.lastChangedAt = step.at();
        return draft.freeze();
    }

    /** The detail as seen on {@code today}: days to expiry depend on the day of asking, so they are never stored. */
    public static VendorDetail asOf(VendorDetail detail, LocalDate today) {
        Draft draft = Draft.of(detail);
        draft.qualifications.replaceAll(q -> new QualificationView(q.qualificationId(), q.type(), q.number(),
                q.issuer(), q.validFrom(), q.validUntil(), q.required(), q.expired(),
                q.validUntil() == null ? null : ChronoUnit.DAYS.between(today, q.validUntil())));
        return draft.freeze();
    }

    private static void putQualification(Draft draft, QualificationView qualification) {
        draft.qualifications.removeIf(q -> q.qualificationId().equals(qualification.qualificationId()));
        draft.qualifications.add(qualification);
    }

    private static void renew(Draft draft, QualificationRenewed e) {
        draft.qualifications.replaceAll(q -> q.qualificationId().equals(e.qualificationId())
                ? new QualificationView(q.qualificationId(), q.type(), e.number(), q.issuer(), e.validFrom(),
                e.validUntil(), q.required(), false, null)
                : q);
        if (draft.qualifications.stream().noneMatch(q -> q.required() && q.expired())) {
            draft.suspensionCauses.remove(SuspensionCause.QUALIFICATION_EXPIRED);
        }
    }

    private static void expire(Draft draft, VendorQualificationExpired e) {
        draft.qualifications.replaceAll(q -> q.qualificationId().equals(e.qualificationId())
                ? new QualificationView(q.qualificationId(), q.type(), q.number(), q.issuer(), q.validFrom(),
                q.validUntil(), q.required(), true, null)
                : q);
    }

    private static void putFinding(Draft draft, FindingView finding) {
        int existing = draft.findings.stream().map(FindingView::criterion).toList().indexOf(finding.criterion());
        if (existing >= 0) {
            draft.findings.set(existing, finding);
        } else {
            draft.findings.add(finding);
        }
    }

    private static void leavePool(Draft draft, VendorStatus status) {
        draft.status = status;
        draft.tier = null;
        draft.suspensionCauses.clear();
    }

    private static void sanction(Draft draft, String kind, String reason, List<String> evidenceRefs, Step step) {
        draft.sanctions.add(new SanctionView(kind, reason, Draft.frozen(evidenceRefs), step.at(), step.user()));
    }

    /** A mutable working copy of a {@link VendorDetail}, local to one step of the fold. */
    private static final class Draft {

        String vendorId;
        String legalName;
        String creditCode;
        String legalRepresentative;
        String address;
        List<Contact> contacts;
        Money registeredCapital;
        Integer foundingYear;
        Integer headcount;
        Set<VendorCategory> categories;
        VendorStatus status;
        VendorTier tier;
        Set<SuspensionCause> suspensionCauses;
        LocalDate admittedOn;
        LocalDate annualReviewDue;
        boolean annualReviewOverdue;
        LocalDate lastReviewedOn;
        AnnualReviewOutcome lastReviewOutcome;
        List<QualificationView> qualifications;
        List<FindingView> findings;
        List<String> rejectionReasons;
        List<SanctionView> sanctions;
        long version;
        Instant lastChangedAt;

        static Draft of(VendorDetail d) {
            Draft draft = new Draft();
            draft.vendorId = d.vendorId();
            draft.legalName = d.legalName();
            draft.creditCode = d.creditCode();
            draft.legalRepresentative = d.legalRepresentative();
            draft.address = d.address();
            draft.contacts = d.contacts();
            draft.registeredCapital = d.registeredCapital();
            draft.foundingYear = d.foundingYear();
            draft.headcount = d.headcount();
            draft.categories = new TreeSet<>(orEmpty(d.categories()));
            draft.status = d.status();
            draft.tier = d.tier();
            draft.suspensionCauses = new TreeSet<>(orEmpty(d.suspensionCauses()));
            draft.admittedOn = d.admittedOn();
            draft.annualReviewDue = d.annualReviewDue();
            draft.annualReviewOverdue = d.annualReviewOverdue();
            draft.lastReviewedOn = d.lastReviewedOn();
            draft.lastReviewOutcome = d.lastReviewOutcome();
            draft.qualifications = new ArrayList<>(orEmpty(d.qualifications()));
            draft.findings = new ArrayList<>(orEmpty(d.findings()));
            draft.rejectionReasons = new ArrayList<>(orEmpty(d.rejectionReasons()));
            draft.sanctions = new ArrayList<>(orEmpty(d.sanctions()));
            draft.version = d.version();
            draft.lastChangedAt = d.lastChangedAt();
            return draft;
        }

        VendorDetail freeze() {
            return new VendorDetail(vendorId, legalName, creditCode, legalRepresentative, address,
                    frozen(contacts), registeredCapital, foundingYear, headcount,
                    Collections.unmodifiableSet(new TreeSet<>(categories)), status, tier,
                    Collections.unmodifiableSet(new TreeSet<>(suspensionCauses)), admittedOn, annualReviewDue,
                    annualReviewOverdue, lastReviewedOn, lastReviewOutcome, frozen(qualifications),
                    frozen(findings), frozen(rejectionReasons), frozen(sanctions), version, lastChangedAt);
        }

        static <T> List<T> frozen(Collection<T> values) {
            return Collections.unmodifiableList(new ArrayList<>(orEmpty(values)));
        }

        private static <T> Collection<T> orEmpty(Collection<T> values) {
            return values == null ? List.of() : values;
        }
    }
}
