package com.outsourcingledger.command.process;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.outsourcingledger.api.project.ProjectCommand.AwardProject;
import com.outsourcingledger.api.project.ProjectCommand.StartProjectSourcing;
import com.outsourcingledger.api.sourcing.SourcingEvent.SourcingAwarded;
import com.outsourcingledger.api.sourcing.SourcingEvent.SourcingOpened;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keeps the project's status in step with its sourcing: an opened sourcing puts the project in SOURCING, the
 * award makes it AWARDED. The two aggregates stay apart and talk only through these messages.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class ProjectSourcingSaga {

    private String projectId;

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

    private void send(Object command) {
        ProcessCommands.send(commands, command, getClass(), "project " + projectId);
    }
}
