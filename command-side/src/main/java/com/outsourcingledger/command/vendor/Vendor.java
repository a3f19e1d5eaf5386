package com.outsourcingledger.command.vendor;

import com.outsourcingledger.api.vendor.SuspensionCause;
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

@Aggregate
class Vendor {

    @AggregateIdentifier
    private String vendorId;
    private VendorStatus status;
    private VendorTier tier;
    private LocalDate annualReviewDue;
    private final Findings findings = new Findings();
    @AggregateMember
    private final Qualifications qualifications = new Qualifications(this);

    @CommandHandler
    Vendor(RegisterVendor command, CreditCodes creditCodes) {
        if (command.creditCode() == null) {
            throw Refusal.unprocessable("vendor.registration.credit-code-required",
                    "A vendor is registered with its unified social credit code");
        }
        if (Refusal.isBlank(command.legalName())) {
            throw Refusal.unprocessable("vendor.registration.legal-name-required",
                    "A vendor is registered with its legal name");
        }
        if (command.registeredCapital() != null && command.registeredCapital().amount().signum() < 0) {
            throw Refusal.unprocessable("vendor.registration.negative-capital",
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
        requireStatus(vendorId, status, "due-diligence", "not-startable", REGISTERED, ELIMINATED);
        apply(new DueDiligenceStarted(vendorId, LocalDate.now(clock)));
    }

    @CommandHandler
    void handle(RecordDueDiligenceFinding command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department) {
        requireStatus(vendorId, status, "due-diligence", "not-under-due-diligence", UNDER_DUE_DILIGENCE);
        if (command.criterion() == null || command.outcome() == null) {
            throw Refusal.unprocessable("vendor.due-diligence.finding-incomplete",
                    "A finding names its criterion and its outcome");
        }
        if (!command.criterion().examiner().name().equals(department)) {
            throw Refusal.forbidden("vendor.due-diligence.wrong-department",
                    command.criterion() + " is examined by " + command.criterion().examiner()
                            + "; a user of " + department + " may not record that finding");
        }
        apply(new DueDiligenceFindingRecorded(vendorId, command.criterion(), command.outcome(), command.summary(),
                listOf(command.evidenceRefs())));
    }

    @CommandHandler
    void handle(AdmitVendor command, Clock clock, DeadlineManager deadlines) {
        requireStatus(vendorId, status, "admission", "not-under-due-diligence", UNDER_DUE_DILIGENCE);
        if (!findings.missing().isEmpty()) {
            throw Refusal.unprocessable("vendor.admission.criteria-incomplete",
                    "Due diligence has no finding yet for " + findings.missing());
        }
        if (!findings.failed().isEmpty()) {
            throw Refusal.unprocessable("vendor.admission.criterion-failed",
                    "Due diligence failed " + findings.failed() + "; reject the admission instead");
        }
        if (!qualifications.expiredRequired().isEmpty()) {
            throw Refusal.unprocessable("vendor.admission.qualification-expired",
                    "Required qualifications " + qualifications.expiredRequired() + " have expired; renew them first");
        }
        LocalDate admittedOn = LocalDate.now(clock);
        LocalDate reviewDue = admittedOn.plusMonths(12);
        apply(new VendorAdmitted(vendorId, admittedOn, command.tier() == null ? VendorTier.STANDARD : command.tier(),
                reviewDue));
        VendorDeadlines.scheduleAnnualReview(deadlines, reviewDue, clock.getZone());
    }

    @CommandHandler
    void handle(RejectVendorAdmission command) {
        requireStatus(vendorId, status, "admission-rejection", "not-under-due-diligence", UNDER_DUE_DILIGENCE);
        if (command.reasons() == null || command.reasons().isEmpty()
                || command.reasons().stream().anyMatch(Refusal::isBlank)) {
            throw Refusal.unprocessable("vendor.admission-rejection.reasons-required",
                    "A rejected admission states its reasons, none of them blank");
        }
        apply(new VendorAdmissionRejected(vendorId, List.copyOf(command.reasons()), findings.failed()));
    }

    @CommandHandler
    void handle(WarnVendor command) {
        requireStatus(vendorId, status, "warning", "not-admitted", ADMITTED, SUSPENDED);
        requireReason("warning", command.reason());
        apply(new VendorWarned(vendorId, command.reason(), listOf(command.evidenceRefs())));
    }

    @CommandHandler
    void handle(SuspendVendor command) {
        requireStatus(vendorId, status, "suspension", "not-admitted", ADMITTED);
        requireReason("suspension", command.reason());
        apply(new VendorSuspended(vendorId, SuspensionCause.DECISION, command.reason(),
                listOf(command.evidenceRefs())));
    }

    @CommandHandler
    void handle(ReinstateVendor command) {
        requireStatus(vendorId, status, "reinstatement", "not-suspended", SUSPENDED);
        requireReason("reinstatement", command.reason());
        if (!qualifications.expiredRequired().isEmpty()) {
            throw Refusal.conflict("vendor.reinstatement.qualification-expired",
                    "Vendor " + vendorId + " stays suspended while required qualifications "
                            + qualifications.expiredRequired() + " are expired; renew them first");
        }
        apply(new VendorReinstated(vendorId, command.reason()));
    }

    @CommandHandler
    void handle(EliminateVendor command, DeadlineManager deadlines) {
        requireStatus(vendorId, status, "elimination", "not-admitted", ADMITTED, SUSPENDED);
        requireReason("elimination", command.reason());
        apply(new VendorEliminated(vendorId, command.reason(), listOf(command.evidenceRefs())));
        deadlines.cancelAllWithinScope(VendorDeadlines.ANNUAL_REVIEW);
    }

    @CommandHandler
    void handle(BlacklistVendor command, DeadlineManager deadlines) {
        requireNotBlacklisted(vendorId, status, "blacklisting");
        requireReason("blacklisting", command.reason());
        apply(new VendorBlacklisted(vendorId, command.reason(), listOf(command.evidenceRefs())));
        VendorDeadlines.cancelAll(deadlines, qualifications.ids());
    }

    @CommandHandler
    void handle(ChangeVendorTier command) {
        requireStatus(vendorId, status, "tier", "not-admitted", ADMITTED, SUSPENDED);
        if (command.tier() == null) {
            throw Refusal.unprocessable("vendor.tier.tier-required", "Name the new tier");
        }
        if (command.tier() == tier) {
            throw Refusal.conflict("vendor.tier.unchanged", "Vendor " + vendorId + " is already " + tier);
        }
        apply(new VendorTierChanged(vendorId, command.tier()));
    }

    @CommandHandler
    void handle(CompleteAnnualReview command, Clock clock, DeadlineManager deadlines) {
        requireStatus(vendorId, status, "annual-review", "not-admitted", ADMITTED, SUSPENDED);
        if (command.outcome() == null) {
            throw Refusal.unprocessable("vendor.annual-review.outcome-required",
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
    void on(VendorRegistered event) {
        vendorId = event.vendorId();
        status = REGISTERED;
    }

    @EventSourcingHandler
    void on(DueDiligenceStarted event) {
        status = UNDER_DUE_DILIGENCE;
        findings.clear();
    }

    @EventSourcingHandler
    void on(DueDiligenceFindingRecorded event) {
        findings.record(event.criterion(), event.outcome());
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
