package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.RectificationTrigger;
import com.outsourcingledger.api.contract.ContractCommand.CorrectSlaMeasurement;
import com.outsourcingledger.api.contract.ContractCommand.DefineSla;
import com.outsourcingledger.api.contract.ContractCommand.RecordSlaMeasurement;
import com.outsourcingledger.api.contract.ContractCommand.RecordSlaReview;
import com.outsourcingledger.api.contract.ContractCommand.RemoveSla;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.contract.SlaMetric;
import com.outsourcingledger.api.contract.SlaPeriod;
import com.outsourcingledger.api.refusal.ContractRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.command.contract.ContractDeadlines.SlaReviewDeadline;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static com.outsourcingledger.api.contract.ContractStatus.*;
import static com.outsourcingledger.command.contract.ContractRules.requireStatus;
import static com.outsourcingledger.command.contract.ContractRules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The contract's SLA metrics and their measurements: breaches, penalties and the rectification they trigger;
 * and the periodic SLA review of a running contract, due every six months by default.
 */
class ContractSlas {

    /** A period of any term may be measured late, until the contract closes (DOMAIN §16). */
    private static final ContractStatus[] MEASURABLE = {ACTIVE, SUSPENDED, EXPIRED, TERMINATED};
    /** A rectification notice asks a vendor still serving to mend; an ended contract records breaches only. */
    private static final Set<ContractStatus> RUNNING = EnumSet.of(ACTIVE, SUSPENDED);

    private final Contract contract;
    private final SlaBook book = new SlaBook();
    private final SlaTerms terms = new SlaTerms();
    /** The last service day of a terminated contract: later periods were never served. */
    private LocalDate servedUntil;
    private LocalDate reviewDue;

    ContractSlas(Contract contract) {
        this.contract = contract;
    }

    @CommandHandler
    void handle(DefineSla command) {
        requireStatus(ContractRuleCodes.SLA_WRONG_STATUS, contract.id(), contract.status(), "sla", DRAFTING);
        ContractContents.checkMetric(command.metric());
        ContractContents.requireCurrency(ContractRuleCodes.SLA_CURRENCY_MISMATCH, contract.content(),
                command.metric().penaltyCapPerPeriod(), "penalty cap");
        if (book.metric(command.metric().metricId()).isPresent()) {
            throw Refusal.conflict(ContractRuleCodes.SLA_ALREADY_DEFINED,
                    "Contract " + contract.id() + " already has SLA metric " + command.metric().metricId());
        }
        apply(new SlaDefined(contract.id(), command.metric()));
    }

    @CommandHandler
    void handle(RemoveSla command) {
        requireStatus(ContractRuleCodes.SLA_WRONG_STATUS, contract.id(), contract.status(), "sla", DRAFTING);
        metric(command.metricId());
        apply(new SlaRemoved(contract.id(), command.metricId()));
    }

    @CommandHandler
    void handle(RecordSlaMeasurement command, Clock clock, ContractPolicy policy) {
        requireStatus(ContractRuleCodes.SLA_MEASUREMENT_WRONG_STATUS, contract.id(), contract.status(),
                "sla-measurement", MEASURABLE);
        SlaMetric metric = metric(command.metricId());
        SlaTerms.InForce term = SlaBook.requirePeriod(metric, command.period(), terms, clock);
        if (servedUntil != null && command.period().start().isAfter(servedUntil)) {
            throw Refusal.unprocessable(ContractRuleCodes.SLA_MEASUREMENT_PERIOD_OUTSIDE_TERM, "Period "
                    + command.period() + " begins after the contract's last service day, " + servedUntil);
        }
        if (command.value() == null) {
            throw Refusal.unprocessable(ContractRuleCodes.SLA_MEASUREMENT_VALUE_REQUIRED, "State the measured value");
        }
        if (book.measured(metric.metricId(), command.period()).isPresent()) {
            throw Refusal.conflict(ContractRuleCodes.SLA_MEASUREMENT_ALREADY_RECORDED,
                    metric.metricId() + " already has a measurement for " + command.period() + "; correct it instead");
        }
        SlaBook.Decision decision = SlaBook.decide(metric, command.value());
        apply(new SlaMeasurementRecorded(contract.id(), metric.metricId(), command.period().value(), command.value(),
                metric.target(), metric.direction(), decision.met()));
        if (!decision.met()) {
            breach(metric, command.period(), term, command.value(), decision, clock, policy);
        }
    }

    @CommandHandler
    void handle(CorrectSlaMeasurement command, Clock clock, ContractPolicy policy) {
        requireStatus(ContractRuleCodes.SLA_CORRECTION_WRONG_STATUS, contract.id(), contract.status(),
                "sla-correction", MEASURABLE);
        SlaMetric metric = metric(command.metricId());
        BigDecimal previous = book.measured(metric.metricId(), command.period())
                .orElseThrow(() -> Refusal.notFound(ContractRuleCodes.SLA_CORRECTION_NOT_MEASURED,
                        metric.metricId() + " has no measurement for " + command.period() + " to correct"));
        requireText(ContractRuleCodes.SLA_CORRECTION_REASON_REQUIRED, "sla-correction", "reason", command.reason());
        if (command.value() == null || command.value().compareTo(previous) == 0) {
            throw Refusal.unprocessable(ContractRuleCodes.SLA_CORRECTION_UNCHANGED,
                    "A correction states a value different from " + previous);
        }
        boolean wasBreached = book.breached(metric.metricId(), command.period());
        SlaBook.Decision decision = SlaBook.decide(metric, command.value());
        apply(new SlaMeasurementCorrected(contract.id(), metric.metricId(), command.period().value(), previous,
                command.value(), command.reason(), decision.met()));
        if (!decision.met()) {
            SlaTerms.InForce term = terms.of(command.period()).orElseGet(terms::current);
            breach(metric, command.period(), term, command.value(), decision, clock, policy);
        } else if (wasBreached) {
            apply(new SlaBreachWithdrawn(contract.id(), metric.metricId(), command.period().value(), command.reason()));
        }
    }

    @CommandHandler
    void handle(RecordSlaReview command, Clock clock, DeadlineManager deadlines, ContractPolicy policy) {
        requireStatus(ContractRuleCodes.SLA_REVIEW_WRONG_STATUS, contract.id(), contract.status(), "sla-review",
                ACTIVE, SUSPENDED);
        LocalDate today = LocalDate.now(clock);
        LocalDate next = today.plusMonths(policy.slaReviewMonths());
        apply(new SlaReviewed(contract.id(), today, command.notes(), next, policy.slaReviewMonths()));
        ContractDeadlines.scheduleSlaReview(deadlines, next, clock);
    }

    @DeadlineHandler(deadlineName = ContractDeadlines.SLA_REVIEW)
    void handle(SlaReviewDeadline deadline, Clock clock, DeadlineManager deadlines, ContractPolicy policy) {
        ContractStatus status = contract.status();
        if ((status == ACTIVE || status == SUSPENDED) && deadline.dueOn().equals(reviewDue)) {
            LocalDate next = deadline.dueOn().plusMonths(policy.slaReviewMonths());
            apply(new SlaReviewDue(contract.id(), deadline.dueOn(), next, policy.slaReviewMonths()));
            ContractDeadlines.scheduleSlaReview(deadlines, next, clock);
        }
    }

    SlaMetric metric(String metricId) {
        return book.metric(metricId).orElseThrow(() -> Refusal.notFound(ContractRuleCodes.SLA_NOT_FOUND,
                "Contract " + contract.id() + " has no SLA metric " + metricId));
    }

    boolean isEmpty() {
        return book.isEmpty();
    }

    /** The penalty caps a revision's new amount must share its currency with. */
    List<SlaMetric> metrics() {
        return book.metrics();
    }

    /**
     * Decides the breach by the term the period fell in, and the rectification notice as if the measurements had
     * arrived in order: one notice for a run of consecutive breaches, whichever of its periods came last.
     */
    private void breach(SlaMetric metric, SlaPeriod period, SlaTerms.InForce term, BigDecimal actual,
                        SlaBook.Decision decision, Clock clock, ContractPolicy policy) {
        String contractId = contract.id();
        var periodFee = SlaBook.periodFee(term.amount(), term.term(), period);
        apply(new SlaBreached(contractId, metric.metricId(), period.value(), metric.target(), actual,
                decision.shortfall(), periodFee, metric.penaltyPercent(), metric.penaltyCapPerPeriod(),
                SlaBook.penalty(metric, periodFee)));
        int consecutive = policy.consecutiveBreachesForRectification();
        Rectifications rectifications = contract.rectifications();
        if (!RUNNING.contains(contract.status())
                || rectifications.openFor(metric.metricId()) || rectifications.cites(metric.metricId(), period)) {
            return;
        }
        book.breachedRunThrough(metric.metricId(), period, consecutive).ifPresent(run -> {
            List<String> periods = run.stream().map(SlaPeriod::value).toList();
            LocalDate today = LocalDate.now(clock);
            int dueDays = policy.rectificationDays();
            apply(new RectificationNoticeIssued(contractId, contractId + "-rectification-" + (rectifications.count() + 1),
                    metric.metricId(), periods, "SLA " + metric.name() + " missed its target in " + consecutive
                    + " consecutive periods " + periods, today, today.plusDays(dueDays), true, consecutive, dueDays,
                    RectificationTrigger.SLA_BREACH, null, false, List.of()));
        });
    }

    @EventSourcingHandler
    void on(ContractTerminated event) {
        servedUntil = event.lastServiceDay();
    }

    @EventSourcingHandler
    void on(ContractDrafted event) {
        terms.drafted(event.term(), event.content().amount());
    }

    @EventSourcingHandler
    void on(ContractDraftRevised event) {
        terms.drafted(event.term(), event.content().amount());
    }

    @EventSourcingHandler
    void on(ContractAmended event) {
        terms.amended(event.content().amount());
        if (event.slas() != null) {
            metrics().forEach(m -> book.remove(m.metricId()));
            event.slas().forEach(book::define);
        }
    }

    @EventSourcingHandler
    void on(ContractRenewed event) {
        terms.renewed(event.term());
    }

    @EventSourcingHandler
    void on(ContractActivated event) {
        reviewDue = event.slaReviewDue();
    }

    @EventSourcingHandler
    void on(SlaReviewDue event) {
        reviewDue = event.nextDueOn();
    }

    @EventSourcingHandler
    void on(SlaReviewed event) {
        reviewDue = event.nextReviewDue();
    }

    @EventSourcingHandler
    void on(SlaDefined event) {
        book.define(event.metric());
    }

    @EventSourcingHandler
    void on(SlaRemoved event) {
        book.remove(event.metricId());
    }

    /** An amendment that sets the SLAs replaces them as a whole; measurements and breaches stay on record. */
    @EventSourcingHandler
    void on(SlaMeasurementRecorded event) {
        book.record(event.metricId(), event.period(), event.value());
    }

    @EventSourcingHandler
    void on(SlaMeasurementCorrected event) {
        book.record(event.metricId(), event.period(), event.value());
        if (event.met()) {
            book.withdraw(event.metricId(), event.period());
        }
    }

    @EventSourcingHandler
    void on(SlaBreached event) {
        book.breach(event.metricId(), event.period());
    }
}
