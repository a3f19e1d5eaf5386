package com.outsourcingledger.command.worker;

import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.RuleViolation;
import com.outsourcingledger.api.refusal.WorkerRuleCodes;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.api.worker.WorkerCommand.*;
import com.outsourcingledger.api.worker.WorkerEvent.*;
import com.outsourcingledger.api.worker.WorkerProofs;
import com.outsourcingledger.api.worker.WorkerStatus;
import com.outsourcingledger.command.VendorScope;
import com.outsourcingledger.command.lookup.ContractFacts;
import com.outsourcingledger.command.lookup.ContractWorkers;
import com.outsourcingledger.command.lookup.SettlementContracts;
import com.outsourcingledger.command.worker.WorkerDeadlines.RevocationDue;
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
import java.util.HashSet;
import java.util.Set;

import static com.outsourcingledger.api.worker.WorkerStatus.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One outsourced worker of one contract (§12): the vendor's filing, verified or rejected by HR (never by whoever
 * filed it); once FILED, induction on the site topics only (a company-level one refused, and kept on record), its
 * social-insurance proof renewed and watched ({@link SocialInsuranceCover}), a badge and email suffix, access grants
 * and assets ({@link WorkerHoldings}); the vendor may withdraw a worker who holds nothing; offboarding ends in the
 * exit once nothing is held, and a durable deadline at the end of the last service day raises what is still held.
 * The personal data is sealed under the worker's own key ({@link WorkerKeys}) before any event holds it; erasure
 * destroys the key.
 */
@Aggregate(cache = "workerCache")
class Worker {

    static final WorkerStatus[] SERVING = {FILED, INDUCTED, ACTIVE};

    @AggregateIdentifier
    private String workerId;
    private String contractId;
    private String vendorId;
    private WorkerStatus status;
    private WorkerProofs proofs;
    private LocalDate lastServiceDay;
    private boolean erased;
    private final Set<String> filers = new HashSet<>();
    @AggregateMember
    private final WorkerHoldings holdings = new WorkerHoldings(this);
    @AggregateMember
    private final SocialInsuranceCover socialInsurance = new SocialInsuranceCover(this);

    @CommandHandler
    Worker(FileWorker command, @MetaDataValue(MetadataKeys.VENDOR) String vendor, SettlementContracts contracts,
           ContractWorkers workers, WorkerKeys keys) {
        WorkerRules.requireVendorUser(vendor);
        ContractFacts facts = WorkerRules.requireContractInForce(contracts, command.contractId());
        VendorScope.requireOwn(facts.vendorId(), vendor);
        WorkerRules.requirePersonalData(command.personalData());
        WorkerRules.requireProofs(command.proofs());
        workers.enlist(command.workerId(), facts.contractId());
        apply(new WorkerFilingSubmitted(command.workerId(), facts.contractId(), facts.vendorId(),
                keys.seal(command.workerId(), command.personalData()), command.proofs()));
    }

    @CommandHandler
    void handle(ResubmitWorkerFiling command, @MetaDataValue(MetadataKeys.VENDOR) String vendor,
                SettlementContracts contracts) {
        WorkerRules.requireVendorUser(vendor);
        VendorScope.requireOwn(vendorId, vendor);
        requireStatus(WorkerRuleCodes.RESUBMISSION_WRONG_STATUS, "resubmission", FILING_REJECTED);
        WorkerRules.requireContractInForce(contracts, contractId);
        WorkerRules.requireProofs(command.proofs());
        apply(new WorkerFilingResubmitted(workerId, command.proofs()));
    }

    @CommandHandler
    void handle(VerifyWorkerFiling command, @MetaDataValue(MetadataKeys.USER) String user, Clock clock,
                DeadlineManager deadlines, WorkerPolicy policy) {
        requireStatus(WorkerRuleCodes.VERIFICATION_WRONG_STATUS, "verification", PROPOSED);
        Refusal.requireNotAuthor(WorkerRuleCodes.VERIFICATION_OWN_FILING, "verification", user, filers);
        apply(new WorkerFiled(workerId, contractId, vendorId, proofs, command.notes()));
        socialInsurance.watch(clock, deadlines, policy);
    }

    @CommandHandler
    void handle(RejectWorkerFiling command, @MetaDataValue(MetadataKeys.USER) String user) {
        requireStatus(WorkerRuleCodes.REJECTION_WRONG_STATUS, "rejection", PROPOSED);
        Refusal.requireNotAuthor(WorkerRuleCodes.REJECTION_OWN_FILING, "rejection", user, filers);
        Refusal.requireText(WorkerRuleCodes.REJECTION_REASONS_REQUIRED, command.reasons(),
                "A rejected filing says why, so the vendor can resubmit it");
        apply(new WorkerFilingRejected(workerId, command.reasons()));
    }

    /**
     * A company-level topic is refused and the refused attempt kept on record, as evidence of the company training
     * an outsourced worker (§13): the refusal is returned, not thrown, so the event commits (see the platform's
     * {@code RecordedRefusals}).
     */
    @CommandHandler
    RuleViolation handle(InductWorker command, Clock clock) {
        requireStatus(WorkerRuleCodes.INDUCTION_WRONG_STATUS, "induction", SERVING);
        var topics = WorkerRules.requireTopics(command.topics());
        var disallowed = WorkerRules.disallowed(topics);
        if (!disallowed.isEmpty()) {
            apply(new WorkerInductionRefused(workerId, contractId, vendorId, topics, disallowed));
            return WorkerRules.topicsNotAllowed(disallowed).toRuleViolation();
        }
        LocalDate inductedOn = WorkerRules.requirePast(WorkerRuleCodes.INDUCTION_DATE_IN_FUTURE, command.inductedOn(),
                LocalDate.now(clock), "induction");
        apply(new WorkerInducted(workerId, inductedOn, topics));
        return null;
    }

    @CommandHandler
    void handle(IssueBadge command, BadgeNumbers badges) {
        requireStatus(WorkerRuleCodes.BADGE_WRONG_STATUS, "a badge", INDUCTED, ACTIVE);
        Refusal.requireText(WorkerRuleCodes.BADGE_NUMBER_REQUIRED, command.badgeNumber(), "A badge has its number");
        Refusal.requireText(WorkerRuleCodes.BADGE_EMAIL_SUFFIX_REQUIRED, command.emailSuffix(),
                "An outsourced worker's mailbox carries the distinct suffix that marks it as the vendor's");
        badges.claim(command.badgeNumber(), workerId);
        apply(new WorkerBadgeIssued(workerId, command.badgeNumber(), command.emailSuffix()));
    }

    @CommandHandler
    void handle(WithdrawWorker command, @MetaDataValue(MetadataKeys.VENDOR) String vendor) {
        VendorScope.requireOwn(vendorId, vendor);
        requireStatus(WorkerRuleCodes.WITHDRAWAL_WRONG_STATUS, "withdrawal", PROPOSED, FILING_REJECTED, FILED,
                INDUCTED, ACTIVE);
        Refusal.requireText(WorkerRuleCodes.WITHDRAWAL_REASON_REQUIRED, command.reason(),
                "A withdrawal says why the vendor replaces the worker");
        if (!holdings.empty()) {
            throw Refusal.conflict(WorkerRuleCodes.WITHDRAWAL_STILL_HOLDING, "Worker " + workerId + " still holds "
                    + holdings.held() + "; a worker holding access or assets leaves by offboarding");
        }
        apply(new WorkerWithdrawn(workerId, command.reason()));
    }

    /** A worker holding nothing exits at once; otherwise the exit follows the last revocation or return. */
    @CommandHandler
    void handle(StartOffboarding command, Clock clock, DeadlineManager deadlines) {
        requireStatus(WorkerRuleCodes.OFFBOARDING_WRONG_STATUS, "offboarding", PROPOSED, FILING_REJECTED, FILED,
                INDUCTED, ACTIVE);
        if (command.lastServiceDay() == null) {
            throw Refusal.unprocessable(WorkerRuleCodes.OFFBOARDING_LAST_SERVICE_DAY_REQUIRED,
                    "Offboarding names the worker's last service day");
        }
        apply(new WorkerOffboardingStarted(workerId, contractId, command.lastServiceDay(), command.reason()));
        if (holdings.empty()) {
            apply(new WorkerExited(workerId, contractId, LocalDate.now(clock), false));
        } else {
            WorkerDeadlines.scheduleRevocationDue(deadlines, command.lastServiceDay(), clock);
        }
    }

    @DeadlineHandler(deadlineName = WorkerDeadlines.REVOCATION_DUE)
    void handle(RevocationDue deadline) {
        if (status == OFFBOARDING && !holdings.empty() && deadline.lastServiceDay().equals(lastServiceDay)) {
            apply(new AccessRevocationOverdue(workerId, contractId, lastServiceDay, holdings.liveGrants(),
                    holdings.heldAssets()));
        }
    }

    @CommandHandler
    void handle(EraseWorkerPersonalData command, WorkerKeys keys) {
        Refusal.requireText(WorkerRuleCodes.ERASURE_REASON_REQUIRED, command.reason(),
                "An erasure of personal data states its reason");
        if (erased) {
            throw Refusal.conflict(WorkerRuleCodes.ERASURE_ALREADY_ERASED,
                    "Worker " + workerId + "'s personal data is already erased");
        }
        keys.destroy(workerId);
        apply(new WorkerPersonalDataErased(workerId, command.reason()));
    }

    /** Called once a revocation or return left nothing held: during offboarding, that is the exit. */
    void exitIfDone(LocalDate on) {
        if (status == OFFBOARDING && holdings.empty()) {
            apply(new WorkerExited(workerId, contractId, on, holdings.late()));
        }
    }

    void requireStatus(String rule, String act, WorkerStatus... allowed) {
        Refusal.requireStatus(rule, "Worker " + workerId, status, act, allowed);
    }

    LocalDate lastServiceDay() {
        return lastServiceDay;
    }

    String contractId() {
        return contractId;
    }

    String workerId() {
        return workerId;
    }

    String vendorId() {
        return vendorId;
    }

    WorkerStatus status() {
        return status;
    }

    @EventSourcingHandler
    void on(WorkerFilingSubmitted event, @MetaDataValue(MetadataKeys.USER) String user) {
        workerId = event.workerId();
        contractId = event.contractId();
        vendorId = event.vendorId();
        proofs = event.proofs();
        status = PROPOSED;
        filed(user);
    }

    @EventSourcingHandler
    void on(WorkerFilingResubmitted event, @MetaDataValue(MetadataKeys.USER) String user) {
        proofs = event.proofs();
        status = PROPOSED;
        filed(user);
    }

    private void filed(String user) {
        if (user != null) {
            filers.add(user);
        }
    }

    @EventSourcingHandler
    void on(WorkerFiled event) {
        status = FILED;
    }

    @EventSourcingHandler
    void on(WorkerFilingRejected event) {
        status = FILING_REJECTED;
    }

    @EventSourcingHandler
    void on(WorkerInducted event) {
        if (status == FILED) {
            status = INDUCTED;
        }
    }

    @EventSourcingHandler
    void on(WorkerBadgeIssued event) {
        status = ACTIVE;
    }

    @EventSourcingHandler
    void on(WorkerWithdrawn event) {
        status = WITHDRAWN;
    }

    @EventSourcingHandler
    void on(WorkerOffboardingStarted event) {
        status = OFFBOARDING;
        lastServiceDay = event.lastServiceDay();
    }

    @EventSourcingHandler
    void on(WorkerExited event) {
        status = EXITED;
    }

    @EventSourcingHandler
    void on(WorkerPersonalDataErased event) {
        erased = true;
    }

    Worker() {
        // for Axon: the state is rebuilt from events
    }
}
