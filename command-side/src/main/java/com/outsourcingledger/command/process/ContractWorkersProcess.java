package com.outsourcingledger.command.process;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.outsourcingledger.api.contract.ContractCommand.RecordWorkerAccessRevoked;
import com.outsourcingledger.api.contract.ContractEvent.ContractExpired;
import com.outsourcingledger.api.contract.ContractEvent.ContractTerminated;
import com.outsourcingledger.api.worker.WorkerCommand.StartOffboarding;
import com.outsourcingledger.api.worker.WorkerEvent.WorkerExited;
import com.outsourcingledger.api.worker.WorkerEvent.WorkerFilingSubmitted;
import com.outsourcingledger.api.worker.WorkerEvent.WorkerWithdrawn;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The workers of one contract at its end, one saga per contract from its first filing: when the contract expires or
 * is terminated, every worker not yet exited or withdrawn starts offboarding with the contract's last service day
 * (each worker's own durable deadline then raises what is still held at the end of that day); once the last one has
 * exited, the contract's exit step "access revoked" is recorded from the workers, late when any revocation or return
 * was late. A contract that never had a worker keeps the step typed in by HR.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class ContractWorkersProcess {

    private String contractId;
    private Set<String> serving = new TreeSet<>();
    private LocalDate lastServiceDay;
    private LocalDate lastExit;
    private boolean late;

    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient Clock clock;

    @StartSaga
    @SagaEventHandler(associationProperty = "contractId")
    void on(WorkerFilingSubmitted event) {
        contractId = event.contractId();
        serving.add(event.workerId());
        SagaLifecycle.associateWith("workerId", event.workerId());
    }

    @SagaEventHandler(associationProperty = "workerId")
    void on(WorkerWithdrawn event) {
        serving.remove(event.workerId());
        recordIfAllExited();
    }

    @SagaEventHandler(associationProperty = "contractId")
    void on(WorkerExited event) {
        serving.remove(event.workerId());
        late |= event.late();
        lastExit = lastExit == null || event.exitedOn().isAfter(lastExit) ? event.exitedOn() : lastExit;
        recordIfAllExited();
    }

    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractExpired event) {
        end(event.endDate(), "Contract " + contractId + " expired");
    }

    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractTerminated event) {
        end(event.lastServiceDay(), "Contract " + contractId + " terminated (" + event.reason() + ")");
    }

    private void end(LocalDate last, String reason) {
        lastServiceDay = last;
        for (String workerId : List.copyOf(serving)) {
            ProcessCommands.send(commands, new StartOffboarding(workerId, last, reason), getClass(),
                    "worker " + workerId + " of contract " + contractId);
        }
        recordIfAllExited();
    }

    /**
     * The step's date decides its lateness on the contract: after the last service day exactly when a worker's
     * revocation or return was late, else the last exit, never after the last service day nor today.
     */
    private void recordIfAllExited() {
        if (lastServiceDay == null || !serving.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate revokedOn;
        if (late) {
            LocalDate afterLastDay = lastServiceDay.plusDays(1);
            revokedOn = lastExit != null && lastExit.isAfter(afterLastDay) ? lastExit : afterLastDay;
        } else {
            revokedOn = lastExit != null && lastExit.isBefore(lastServiceDay) ? lastExit : lastServiceDay;
        }
        revokedOn = revokedOn.isAfter(today) ? today : revokedOn;
        ProcessCommands.send(commands, new RecordWorkerAccessRevoked(contractId, revokedOn, "Derived from the exit"
                + " of every worker of the contract" + (late ? "; at least one revocation or return was late" : "")),
                getClass(), "contract " + contractId);
        SagaLifecycle.end();
    }
}
