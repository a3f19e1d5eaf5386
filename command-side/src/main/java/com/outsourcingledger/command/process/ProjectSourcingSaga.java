package com.outsourcingledger.command.process;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.outsourcingledger.api.project.ProjectCommand.AwardProject;
import com.outsourcingledger.api.project.ProjectCommand.CancelProjectSourcing;
import com.outsourcingledger.api.project.ProjectCommand.StartProjectSourcing;
import com.outsourcingledger.api.project.ProjectEvent.ProjectCancelled;
import com.outsourcingledger.api.sourcing.SourcingCommand.CancelSourcing;
import com.outsourcingledger.api.sourcing.SourcingEvent.SourcingAwarded;
import com.outsourcingledger.api.sourcing.SourcingEvent.SourcingCancelled;
import com.outsourcingledger.api.sourcing.SourcingEvent.SourcingOpened;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keeps the project's status in step with its sourcing, one saga per round: an opened sourcing puts the project
 * in SOURCING, the award makes it AWARDED, a cancelled round makes it ESTABLISHED again; a project cancelled in
 * SOURCING cancels the round it names. The two aggregates stay apart and talk only through these messages.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class ProjectSourcingSaga {

    private String projectId;
    private boolean projectCancelled;

    @Autowired
    private transient CommandGateway commands;

    @StartSaga
    @SagaEventHandler(associationProperty = "sourcingId")
    void on(SourcingOpened event) {
        projectId = event.projectId();
        send(new StartProjectSourcing(projectId, event.sourcingId()));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "sourcingId")
    void on(SourcingAwarded event) {
        send(new AwardProject(event.projectId(), event.sourcingId(), event.vendorId()));
    }

    /** Names the round under way when the project was cancelled in SOURCING; other cancellations name none. */
    @SagaEventHandler(associationProperty = "sourcingId")
    void on(ProjectCancelled event) {
        projectCancelled = true;
        send(new CancelSourcing(event.sourcingId(), "project cancelled: " + event.reason()));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "sourcingId")
    void on(SourcingCancelled event) {
        if (!projectCancelled) {
            send(new CancelProjectSourcing(event.projectId(), event.sourcingId(), event.reason()));
        }
    }

    private void send(Object command) {
        ProcessCommands.send(commands, command, getClass(), "project " + projectId);
    }
}
