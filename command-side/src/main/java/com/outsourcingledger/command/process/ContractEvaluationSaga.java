package com.outsourcingledger.command.process;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.outsourcingledger.api.contract.ContractContent;
import com.outsourcingledger.api.contract.ContractEvaluationCadence;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.evaluation.EvaluationCadence;
import com.outsourcingledger.api.evaluation.EvaluationCommand;
import com.outsourcingledger.api.evaluation.EvaluationCommand.OpenEvaluationPeriod;
import com.outsourcingledger.api.evaluation.EvaluationPeriod;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Opens a contract's periodic evaluations (DOMAIN §9), one saga per contract: from activation on, while the contract
 * is ACTIVE or SUSPENDED, a durable deadline at the end of each evaluation period of the contract's cadence (the
 * first is the one containing the term's first day, so a contract activated after its term started is evaluated for
 * the periods already ended too, at once; one cut by the term's end ends with the term) opens that period,
 * pre-filled with the SLA compliance collected so far whose SLA period ends within it, so a late measurement that
 * arrives before the deadline counts. A renewal moves the term's end and so extends the schedule; a cadence changed
 * by amendment applies from the period after the one already scheduled. Expiry or termination opens the period
 * running then at once (the last one) and ends the process, as does closing or withdrawing the contract.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class ContractEvaluationSaga {

    static final String PERIOD_END = "evaluation-period-end";

    /** The deadline's payload names the period it opens, so a stale one (rescheduled since) changes nothing. */
    record PeriodEnd(String period) {
    }

    private String contractId;
    private String vendorId;
    private String projectId;
    private ContractEvaluationCadence cadence;
    private BigDecimal bonusPercent;
    private LocalDate termStart;
    private LocalDate termEnd;
    private String scheduled;
    private SlaComplianceBook compliance = new SlaComplianceBook();

    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient DeadlineManager deadlines;
    @Autowired
    private transient Clock clock;

    @StartSaga
    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractDrafted event) {
        contractId = event.contractId();
        vendorId = event.vendorId();
        projectId = event.projectId();
        termStart = event.term() == null ? null : event.term().start();
        termEnd = event.term() == null ? null : event.term().end();
        follow(event.content());
    }

    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractDraftRevised event) {
        termStart = event.term() == null ? termStart : event.term().start();
        termEnd = event.term() == null ? termEnd : event.term().end();
        follow(event.content());
    }

    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractAmended event) {
        if (event.content() != null) {
            follow(event.content());
        }
    }

    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractActivated event) {
        LocalDate first = termStart != null && termStart.isBefore(event.activatedOn()) ? termStart : event.activatedOn();
        schedule(EvaluationPeriod.containing(first, cadence()));
    }

    /** The schedule runs on to the new end: a period cut by the old end now closes at its own end. */
    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractRenewed event) {
        termEnd = event.term().end();
        if (scheduled != null) {
            schedule(EvaluationPeriod.of(scheduled));
        }
    }

    @SagaEventHandler(associationProperty = "contractId")
    void on(SlaMeasurementRecorded event) {
        compliance.record(event);
    }

    @SagaEventHandler(associationProperty = "contractId")
    void on(SlaMeasurementCorrected event) {
        compliance.record(event);
    }

    @SagaEventHandler(associationProperty = "contractId")
    void on(SlaBreached event) {
        compliance.record(event);
    }

    @SagaEventHandler(associationProperty = "contractId")
    void on(SlaBreachWithdrawn event) {
        compliance.record(event);
    }

    @DeadlineHandler(deadlineName = PERIOD_END)
    void on(PeriodEnd deadline) {
        if (!deadline.period().equals(scheduled)) {
            return;
        }
        EvaluationPeriod period = EvaluationPeriod.of(scheduled);
        openScheduled();
        if (termEnd != null && period.end().isBefore(termEnd)) {
            schedule(EvaluationPeriod.containing(period.end().plusDays(1), cadence()));
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractExpired event) {
        openScheduled();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractTerminated event) {
        openScheduled();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractClosed event) {
        openScheduled();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractDraftWithdrawn event) {
        deadlines.cancelAllWithinScope(PERIOD_END);
    }

    private void follow(ContractContent content) {
        if (content != null) {
            cadence = content.evaluationCadence();
            bonusPercent = content.bonusPercent();
        }
    }

    private EvaluationCadence cadence() {
        return EvaluationCadence.valueOf((cadence == null ? ContractEvaluationCadence.DEFAULT : cadence).name());
    }

    /** Due at the start of the day after the period's last day, or after the term's last day when that is earlier. */
    private void schedule(EvaluationPeriod period) {
        deadlines.cancelAllWithinScope(PERIOD_END);
        scheduled = period.value();
        LocalDate last = termEnd != null && termEnd.isBefore(period.end()) ? termEnd : period.end();
        Instant at = last.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Instant now = clock.instant();
        deadlines.schedule(at.isBefore(now) ? now : at, PERIOD_END, new PeriodEnd(scheduled));
    }

    private void openScheduled() {
        if (scheduled == null) {
            return;
        }
        EvaluationPeriod period = EvaluationPeriod.of(scheduled);
        scheduled = null;
        deadlines.cancelAllWithinScope(PERIOD_END);
        ProcessCommands.send(commands, new OpenEvaluationPeriod(EvaluationCommand.idOf(contractId, period), contractId,
                vendorId, projectId, period, bonusPercent, compliance.linesOf(period)), getClass(),
                "contract " + contractId + " period " + period);
    }
}
