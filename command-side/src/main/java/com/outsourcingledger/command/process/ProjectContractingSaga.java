package com.outsourcingledger.command.process;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.outsourcingledger.api.contract.ContractCommand.DraftContractFromAward;
import com.outsourcingledger.api.contract.ContractCommand.WithdrawContractDraft;
import com.outsourcingledger.api.contract.ContractEvent.ContractActivated;
import com.outsourcingledger.api.contract.ContractEvent.ContractClosed;
import com.outsourcingledger.api.contract.ContractEvent.ContractDraftWithdrawn;
import com.outsourcingledger.api.contract.ContractEvent.ContractDrafted;
import com.outsourcingledger.api.contract.ContractEvent.ContractSigned;
import com.outsourcingledger.api.contract.ContractEvent.RenewalDecided;
import com.outsourcingledger.api.contract.RenewalDecision;
import com.outsourcingledger.api.project.ProjectCommand.CloseProject;
import com.outsourcingledger.api.project.ProjectCommand.MarkProjectActive;
import com.outsourcingledger.api.project.ProjectCommand.MarkProjectContracted;
import com.outsourcingledger.api.project.ProjectCommand.OpenProjectRetender;
import com.outsourcingledger.api.project.ProjectEvent.ProjectAwarded;
import com.outsourcingledger.api.project.ProjectEvent.ProjectCancelled;
import com.outsourcingledger.api.project.ProjectScope;
import com.outsourcingledger.api.sourcing.SourcingEvent.SourcingAwarded;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Ties a project to its contracts, one saga per project: the award drafts the contract with the awarded
 * vendor once the project has taken the award (a project cancelled meanwhile refuses it, and nothing is
 * drafted; a project cancelled later gets its unsigned drafts withdrawn and the process ends); the first
 * signed contract makes the project CONTRACTED, the first active one ACTIVE, and once every contract drafted
 * for the project is CLOSED or withdrawn, at least one of them CLOSED, the project closes. Contracts drafted by
 * hand with the project's id count as much as the award's. A RETENDER renewal decision opens the project to a
 * new sourcing round, whose award drafts the next contract the same way.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class ProjectContractingSaga {

    private String projectId;
    private Set<String> contracts = new TreeSet<>();
    private Set<String> closed = new TreeSet<>();
    private Set<String> withdrawn = new TreeSet<>();
    private Set<String> signed = new TreeSet<>();
    private Award award;

    @Autowired
    private transient CommandGateway commands;

    /** The same award always names the same contract, so a redelivered award cannot draft a second one. */
    static String contractIdFor(String sourcingId) {
        return UUID.nameUUIDFromBytes(("award:" + sourcingId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @StartSaga
    @SagaEventHandler(associationProperty = "projectId")
    void on(SourcingAwarded event) {
        projectId = event.projectId();
        award = new Award(event.sourcingId(), event.vendorId(), event.scope());
    }

    @SagaEventHandler(associationProperty = "projectId")
    void on(ProjectAwarded event) {
        if (award == null || !award.sourcingId().equals(event.sourcingId())) {
            return;
        }
        String contractId = contractIdFor(award.sourcingId());
        if (follow(contractId)) {
            send(new DraftContractFromAward(contractId, projectId, award.sourcingId(), award.vendorId(), award.scope()));
        }
    }

    /**
     * A cancelled project (only one no contract of which was signed may be) has nothing left to tie: every
     * draft of it not yet signed, closed or withdrawn is withdrawn, and the process ends.
     */
    @SagaEventHandler(associationProperty = "projectId")
    void on(ProjectCancelled event) {
        String reason = "Project " + projectId + " was cancelled: " + event.reason();
        contracts.stream()
                .filter(c -> !signed.contains(c) && !closed.contains(c) && !withdrawn.contains(c))
                .toList()
                .forEach(c -> send(new WithdrawContractDraft(c, reason)));
        SagaLifecycle.end();
    }

    /** A contract drafted on its own, outside any project, has no project to move. */
    @StartSaga
    @SagaEventHandler(associationProperty = "projectId")
    void on(ContractDrafted event) {
        if (event.projectId() == null) {
            SagaLifecycle.end();
            return;
        }
        projectId = event.projectId();
        follow(event.contractId());
    }

    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractSigned event) {
        signed.add(event.contractId());
        send(new MarkProjectContracted(projectId, event.contractId()));
    }

    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractActivated event) {
        send(new MarkProjectActive(projectId, event.contractId()));
    }

    /** RETENDER: the project may open a new sourcing round while this contract runs out. */
    @SagaEventHandler(associationProperty = "contractId")
    void on(RenewalDecided event) {
        if (event.decision() == RenewalDecision.RETENDER) {
            send(new OpenProjectRetender(projectId, event.contractId()));
        }
    }

    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractClosed event) {
        if (closed.add(event.contractId())) {
            closeWhenDone();
        }
    }

    /** A withdrawn draft counts as closed; a project whose every draft was withdrawn waits for a new one. */
    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractDraftWithdrawn event) {
        if (withdrawn.add(event.contractId())) {
            closeWhenDone();
        }
    }

    private void closeWhenDone() {
        if (!closed.isEmpty() && contracts.stream().allMatch(c -> closed.contains(c) || withdrawn.contains(c))) {
            send(new CloseProject(projectId));
            SagaLifecycle.end();
        }
    }

    private boolean follow(String contractId) {
        if (!contracts.add(contractId)) {
            return false;
        }
        SagaLifecycle.associateWith("contractId", contractId);
        return true;
    }

    /** The award notice, kept until the project takes the award. */
    record Award(String sourcingId, String vendorId, ProjectScope scope) {
    }

    private void send(Object command) {
        ProcessCommands.send(commands, command, getClass(), "project " + projectId);
    }
}
