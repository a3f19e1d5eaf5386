package com.outsourcingledger.command.vendor;

import com.outsourcingledger.api.refusal.VendorRuleCodes;
import com.outsourcingledger.api.vendor.RequiredDocuments;
import com.outsourcingledger.api.vendor.SuspensionCause;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorCommand.*;
import com.outsourcingledger.api.vendor.VendorEvent.*;
import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.api.vendor.VendorTier;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.command.vendor.VendorDeadlines.AnnualReviewDue;
import com.outsourcingledger.api.refusal.Refusal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.outsourcingledger.api.vendor.VendorStatus.*;
import static com.outsourcingledger.command.vendor.VendorRules.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

@Aggregate(cache = "vendorCache")
class Vendor {

    @AggregateIdentifier
    private String vendorId;
    private VendorStatus status;
    private VendorTier tier;
    private LocalDate annualReviewDue;
    private String registeredBy;
    private Set<VendorCategory> categories;
    private final Findings findings = new Findings();
    @AggregateMember
    private final Qualifications qualifications = new Qualifications(this);
    @AggregateMember
    private final PortalAccounts portalAccounts = new PortalAccounts(this);

    @CommandHandler
    Vendor(RegisterVendor command, CreditCodes creditCodes) {
        if (command.creditCode() == null) {
            throw Refusal.unprocessable(VendorRuleCodes.REGISTRATION_CREDIT_CODE_REQUIRED,
                    "A vendor is registered with its unified social credit code");
        }
        if (Refusal.isBlank(command.legalName())) {
            throw Refusal.unprocessable(VendorRuleCodes.REGISTRATION_LEGAL_NAME_REQUIRED,
                    "A vendor is registered with its legal name");
        }
        if (command.registeredCapital() != null && command.registeredCapital().amount().signum() < 0) {
            throw Refusal.unprocessable(VendorRuleCodes.REGISTRATION_NEGATIVE_CAPITAL,
                    "Registered capital cannot be negative");
        }
        creditCodes.claim(command.creditCode().value(), command.vendorId());
        apply(new VendorRegistered(command.vendorId(), command.legalName(), command.creditCode().value(),
                command.legalRepresentative(), command.address(), listOf(command.contacts()),
                command.registeredCapital(), command.foundingYear(), command.headcount(),
                command.categories() == null ? Set.of() : Set.copyOf(command.categories())));
    }

    @CommandHandler
    void handle(StartDueDiligence command, Clock clock) {
        requireStatus(VendorRuleCodes.DUE_DILIGENCE_BLACKLISTED, VendorRuleCodes.DUE_DILIGENCE_NOT_STARTABLE,
                vendorId, status, "due-diligence", REGISTERED, ELIMINATED);
        apply(new DueDiligenceStarted(vendorId, LocalDate.now(clock)));
    }

    @CommandHandler
    void handle(RecordDueDiligenceFinding command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department) {
        requireStatus(VendorRuleCodes.DUE_DILIGENCE_BLACKLISTED, VendorRuleCodes.DUE_DILIGENCE_NOT_UNDER_DUE_DILIGENCE,
                vendorId, status, "due-diligence", UNDER_DUE_DILIGENCE);
        if (command.criterion() == null || command.outcome() == null) {
            throw Refusal.unprocessable(VendorRuleCodes.DUE_DILIGENCE_FINDING_INCOMPLETE,
                    "A finding names its criterion and its outcome");
        }
        if (!command.criterion().examiner().name().equals(department)) {
            throw Refusal.forbidden(VendorRuleCodes.DUE_DILIGENCE_WRONG_DEPARTMENT,
                    command.criterion() + " is examined by " + command.criterion().examiner()
                            + "; a user of " + department + " may not record that finding");
        }
        findings.requireReasonToReexamine(command.criterion(), command.reexaminationReason());
        apply(new DueDiligenceFindingRecorded(vendorId, command.criterion(), command.outcome(), command.summary(),
                listOf(command.evidenceRefs()), command.reexaminationReason()));
    }

    @CommandHandler
    void handle(AdmitVendor command, @MetaDataValue(MetadataKeys.USER) String user, Clock clock,
                DeadlineManager deadlines) {
        requireStatus(VendorRuleCodes.ADMISSION_BLACKLISTED, VendorRuleCodes.ADMISSION_NOT_UNDER_DUE_DILIGENCE,
                vendorId, status, "admission", UNDER_DUE_DILIGENCE);
        Refusal.requireNotAuthor(VendorRuleCodes.ADMISSION_OWN_WORK, "admission", user,
                findings.examinersAnd(registeredBy));
        if (!findings.missing().isEmpty()) {
            throw Refusal.unprocessable(VendorRuleCodes.ADMISSION_CRITERIA_INCOMPLETE,
                    "Due diligence has no finding yet for " + findings.missing());
        }
        if (!findings.failed().isEmpty()) {
            throw Refusal.unprocessable(VendorRuleCodes.ADMISSION_CRITERION_FAILED,
                    "Due diligence failed " + findings.failed() + "; reject the admission instead");
        }
        if (!qualifications.expiredRequired().isEmpty()) {
            throw Refusal.unprocessable(VendorRuleCodes.ADMISSION_QUALIFICATION_EXPIRED,
                    "Required qualifications " + qualifications.expiredRequired() + " have expired; renew them first");
        }
        LocalDate admittedOn = LocalDate.now(clock);
        RequiredDocuments documents = qualifications.requireOnFile(categories, admittedOn);
        LocalDate reviewDue = admittedOn.plusMonths(12);
        apply(new VendorAdmitted(vendorId, admittedOn, command.tier() == null ? VendorTier.STANDARD : command.tier(),
                reviewDue, documents));
        VendorDeadlines.scheduleAnnualReview(deadlines, reviewDue, clock.getZone());
    }

    @CommandHandler
    void handle(RejectVendorAdmission command) {
        requireStatus(VendorRuleCodes.ADMISSION_REJECTION_BLACKLISTED,
                VendorRuleCodes.ADMISSION_REJECTION_NOT_UNDER_DUE_DILIGENCE,
                vendorId, status, "admission-rejection", UNDER_DUE_DILIGENCE);
        if (command.reasons() == null || command.reasons().isEmpty()
                || command.reasons().stream().anyMatch(Refusal::isBlank)) {
            throw Refusal.unprocessable(VendorRuleCodes.ADMISSION_REJECTION_REASONS_REQUIRED,
                    "A rejected admission states its reasons, none of them blank");
        }
        apply(new VendorAdmissionRejected(vendorId, List.copyOf(command.reasons()), findings.failed()));
    }

    @CommandHandler
    void handle(WarnVendor command) {
        requireStatus(VendorRuleCodes.WARNING_BLACKLISTED, VendorRuleCodes.WARNING_NOT_ADMITTED,
                vendorId, status, "warning", ADMITTED, SUSPENDED);
        requireReason(VendorRuleCodes.WARNING_REASON_REQUIRED, "warning", command.reason());
        requireEvidence(VendorRuleCodes.WARNING_EVIDENCE_REQUIRED, "warning", command.evidenceRefs());
        apply(new VendorWarned(vendorId, command.reason(), listOf(command.evidenceRefs())));
    }

    @CommandHandler
    void handle(SuspendVendor command) {
        requireStatus(VendorRuleCodes.SUSPENSION_BLACKLISTED, VendorRuleCodes.SUSPENSION_NOT_ADMITTED,
                vendorId, status, "suspension", ADMITTED);
        requireReason(VendorRuleCodes.SUSPENSION_REASON_REQUIRED, "suspension", command.reason());
        requireEvidence(VendorRuleCodes.SUSPENSION_EVIDENCE_REQUIRED, "suspension", command.evidenceRefs());
        apply(new VendorSuspended(vendorId, SuspensionCause.DECISION, command.reason(),
                listOf(command.evidenceRefs())));
    }

    @CommandHandler
    void handle(ReinstateVendor command) {
        requireStatus(VendorRuleCodes.REINSTATEMENT_BLACKLISTED, VendorRuleCodes.REINSTATEMENT_NOT_SUSPENDED,
                vendorId, status, "reinstatement", SUSPENDED);
        requireReason(VendorRuleCodes.REINSTATEMENT_REASON_REQUIRED, "reinstatement", command.reason());
        if (!qualifications.expiredRequired().isEmpty()) {
            throw Refusal.conflict(VendorRuleCodes.REINSTATEMENT_QUALIFICATION_EXPIRED,
                    "Vendor " + vendorId + " stays suspended while required qualifications "
                            + qualifications.expiredRequired() + " are expired; renew them first");
        }
        apply(new VendorReinstated(vendorId, command.reason()));
    }

    @CommandHandler
    void handle(EliminateVendor command, DeadlineManager deadlines, PortalCredentials credentials) {
        requireStatus(VendorRuleCodes.ELIMINATION_BLACKLISTED, VendorRuleCodes.ELIMINATION_NOT_ADMITTED,
                vendorId, status, "elimination", ADMITTED, SUSPENDED);
        requireReason(VendorRuleCodes.ELIMINATION_REASON_REQUIRED, "elimination", command.reason());
        requireEvidence(VendorRuleCodes.ELIMINATION_EVIDENCE_REQUIRED, "elimination", command.evidenceRefs());
        apply(new VendorEliminated(vendorId, command.reason(), listOf(command.evidenceRefs())));
        portalAccounts.closeAll("Vendor eliminated: " + command.reason(), credentials);
        deadlines.cancelAllWithinScope(VendorDeadlines.ANNUAL_REVIEW);
    }

    @CommandHandler
    void handle(BlacklistVendor command, DeadlineManager deadlines, PortalCredentials credentials) {
        requireNotBlacklisted(VendorRuleCodes.BLACKLISTING_BLACKLISTED, vendorId, status);
        requireReason(VendorRuleCodes.BLACKLISTING_REASON_REQUIRED, "blacklisting", command.reason());
        requireEvidence(VendorRuleCodes.BLACKLISTING_EVIDENCE_REQUIRED, "blacklisting", command.evidenceRefs());
        apply(new VendorBlacklisted(vendorId, command.reason(), listOf(command.evidenceRefs())));
        portalAccounts.closeAll("Vendor blacklisted: " + command.reason(), credentials);
        VendorDeadlines.cancelAll(deadlines, qualifications.ids());
    }

    @CommandHandler
    void handle(ChangeVendorTier command) {
        requireStatus(VendorRuleCodes.TIER_BLACKLISTED, VendorRuleCodes.TIER_NOT_ADMITTED,
                vendorId, status, "tier", ADMITTED, SUSPENDED);
        if (command.tier() == null) {
            throw Refusal.unprocessable(VendorRuleCodes.TIER_TIER_REQUIRED, "Name the new tier");
        }
        if (command.tier() == tier) {
            throw Refusal.conflict(VendorRuleCodes.TIER_UNCHANGED, "Vendor " + vendorId + " is already " + tier);
        }
        apply(new VendorTierChanged(vendorId, command.tier()));
    }

    @CommandHandler
    void handle(CompleteAnnualReview command, Clock clock, DeadlineManager deadlines) {
        requireStatus(VendorRuleCodes.ANNUAL_REVIEW_BLACKLISTED, VendorRuleCodes.ANNUAL_REVIEW_NOT_ADMITTED,
                vendorId, status, "annual-review", ADMITTED, SUSPENDED);
        if (command.outcome() == null) {
            throw Refusal.unprocessable(VendorRuleCodes.ANNUAL_REVIEW_OUTCOME_REQUIRED,
                    "An annual review states its outcome");
        }
        LocalDate reviewedOn = LocalDate.now(clock);
        LocalDate nextReviewDue = reviewedOn.plusMonths(12);
        apply(new AnnualReviewCompleted(vendorId, reviewedOn, command.outcome(), command.notes(), nextReviewDue));
        VendorDeadlines.scheduleAnnualReview(deadlines, nextReviewDue, clock.getZone());
    }

    @DeadlineHandler
    void handle(AnnualReviewDue deadline) {
        if ((status == ADMITTED || status == SUSPENDED) && deadline.dueOn().equals(annualReviewDue)) {
            apply(new AnnualReviewOverdue(vendorId, deadline.dueOn()));
        }
    }

    @EventSourcingHandler
    void on(VendorRegistered event, @MetaDataValue(MetadataKeys.USER) String user) {
        vendorId = event.vendorId();
        status = REGISTERED;
        registeredBy = user;
        categories = event.categories();
    }

    @EventSourcingHandler
    void on(DueDiligenceStarted event) {
        status = UNDER_DUE_DILIGENCE;
        findings.clear();
    }

    @EventSourcingHandler
    void on(DueDiligenceFindingRecorded event, @MetaDataValue(MetadataKeys.USER) String user) {
        findings.record(event.criterion(), event.outcome(), user);
    }

    @EventSourcingHandler
    void on(VendorAdmitted event) {
        status = ADMITTED;
        tier = event.tier();
        annualReviewDue = event.annualReviewDue();
    }

    @EventSourcingHandler
    void on(VendorAdmissionRejected event) {
        status = ADMISSION_REJECTED;
    }

    @EventSourcingHandler
    void on(VendorSuspended event) {
        status = SUSPENDED;
    }

    @EventSourcingHandler
    void on(VendorReinstated event) {
        status = ADMITTED;
    }

    @EventSourcingHandler
    void on(VendorEliminated event) {
        status = ELIMINATED;
        annualReviewDue = null;
    }

    @EventSourcingHandler
    void on(VendorBlacklisted event) {
        status = BLACKLISTED;
    }

    @EventSourcingHandler
    void on(VendorTierChanged event) {
        tier = event.tier();
    }

    @EventSourcingHandler
    void on(AnnualReviewCompleted event) {
        annualReviewDue = event.nextReviewDue();
    }

    String id() {
        return vendorId;
    }

    VendorStatus status() {
        return status;
    }

    Vendor() {
        // for Axon: the state is rebuilt from events
    }
}
