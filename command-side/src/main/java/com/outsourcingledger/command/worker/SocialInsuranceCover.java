package com.outsourcingledger.command.worker;

import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.WorkerRuleCodes;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.api.worker.WorkerCommand.RenewSocialInsuranceProof;
import com.outsourcingledger.api.worker.WorkerEvent.*;
import com.outsourcingledger.api.worker.WorkerStatus;
import com.outsourcingledger.command.VendorScope;
import com.outsourcingledger.command.worker.WorkerDeadlines.ProofLapse;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Set;

import static com.outsourcingledger.api.worker.WorkerStatus.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The month the worker's social insurance is proven for (§12, §13): filed with the worker, renewed by the vendor's
 * own user with a month no older, watched from the verification on by a durable deadline that raises
 * {@code SocialInsuranceProofLapsed} once when the latest month falls more than the policy's grace behind while the
 * worker still serves. Each renewal moves the deadline; after the exit or a withdrawal it raises nothing.
 */
class SocialInsuranceCover {

    /** A worker serves, and is watched, from the verification until the exit. */
    static final Set<WorkerStatus> COVERED = Set.of(FILED, INDUCTED, ACTIVE, OFFBOARDING);

    private final Worker worker;
    private String coveredMonth;
    private String lapsedMonth;

    SocialInsuranceCover(Worker worker) {
        this.worker = worker;
    }

    @CommandHandler
    void handle(RenewSocialInsuranceProof command, @MetaDataValue(MetadataKeys.VENDOR) String vendor, Clock clock,
                DeadlineManager deadlines, WorkerPolicy policy) {
        WorkerRules.requireVendorUser(WorkerRuleCodes.SOCIAL_INSURANCE_RENEWAL_NOT_A_VENDOR_USER, vendor);
        VendorScope.requireOwn(worker.vendorId(), vendor);
        worker.requireStatus(WorkerRuleCodes.SOCIAL_INSURANCE_RENEWAL_WRONG_STATUS,
                "a social-insurance proof renewal", COVERED.toArray(WorkerStatus[]::new));
        Refusal.requireText(WorkerRuleCodes.SOCIAL_INSURANCE_RENEWAL_REFERENCE_REQUIRED, command.reference(),
                "A renewed social-insurance proof names the document (社保缴纳证明)");
        YearMonth month = WorkerRules.requireMonth(WorkerRuleCodes.SOCIAL_INSURANCE_RENEWAL_INVALID_MONTH,
                command.month());
        YearMonth current = covered();
        if (current != null && month.isBefore(current)) {
            throw Refusal.unprocessable(WorkerRuleCodes.SOCIAL_INSURANCE_RENEWAL_MONTH_BEFORE_CURRENT, "Worker "
                    + worker.workerId() + "'s social insurance is proven up to " + current + "; " + month
                    + " is older");
        }
        apply(new WorkerSocialInsuranceProofRenewed(worker.workerId(), worker.contractId(), command.reference(),
                month.toString()));
        watch(clock, deadlines, policy);
    }

    /** Schedules the lapse of the latest proof: once the worker is verified, and again on each renewal. */
    void watch(Clock clock, DeadlineManager deadlines, WorkerPolicy policy) {
        YearMonth current = covered();
        if (current != null) {
            WorkerDeadlines.scheduleProofLapse(deadlines, current, policy.socialInsuranceGraceMonths(), clock);
        }
    }

    @DeadlineHandler(deadlineName = WorkerDeadlines.PROOF_LAPSE)
    void handle(ProofLapse deadline) {
        if (COVERED.contains(worker.status()) && deadline.coveredMonth().equals(coveredMonth)
                && !deadline.coveredMonth().equals(lapsedMonth)) {
            apply(new SocialInsuranceProofLapsed(worker.workerId(), worker.contractId(), worker.vendorId(),
                    coveredMonth, deadline.lapsesOn(), deadline.graceMonths()));
        }
    }

    /** The latest coverage month; null for a stored month that no longer reads as one. */
    private YearMonth covered() {
        try {
            return coveredMonth == null ? null : YearMonth.parse(coveredMonth);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @EventSourcingHandler
    void on(WorkerFilingSubmitted event) {
        coveredMonth = event.proofs() == null ? null : event.proofs().socialInsuranceMonth();
    }

    @EventSourcingHandler
    void on(WorkerFilingResubmitted event) {
        coveredMonth = event.proofs() == null ? null : event.proofs().socialInsuranceMonth();
    }

    @EventSourcingHandler
    void on(WorkerSocialInsuranceProofRenewed event) {
        coveredMonth = event.month();
    }

    @EventSourcingHandler
    void on(SocialInsuranceProofLapsed event) {
        lapsedMonth = event.lastCoveredMonth();
    }
}
