package com.outsourcingledger.command.process;

import com.outsourcingledger.api.incident.IncidentEvent.IncidentReported;
import com.outsourcingledger.api.incident.IncidentType;
import com.outsourcingledger.api.worker.WorkerCommand.RevokeAccessForIncident;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Carries an information leak to the workers involved (§14): each one's live access grants are revoked on the day the
 * leak was reported, naming the incident. A stateless component (the report decides everything), in its own
 * processing group; a redelivery finds nothing left to revoke, which the worker takes as nothing to do.
 */
@Component
@ProcessingGroup(IncidentConsequences.PROCESSING_GROUP)
class IncidentConsequences {

    static final String PROCESSING_GROUP = "incident-consequences";

    private final CommandGateway commands;
    private final Clock clock;

    IncidentConsequences(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @EventHandler
    void on(IncidentReported event, @Timestamp Instant reportedAt) {
        if (event.type() != IncidentType.INFORMATION_LEAK || event.workerIds() == null) {
            return;
        }
        LocalDate reportedOn = LocalDate.ofInstant(reportedAt, clock.getZone());
        for (String workerId : event.workerIds()) {
            ProcessCommands.send(commands, new RevokeAccessForIncident(workerId, event.incidentId(), reportedOn),
                    getClass(), "worker " + workerId + " of incident " + event.incidentId());
        }
    }
}
