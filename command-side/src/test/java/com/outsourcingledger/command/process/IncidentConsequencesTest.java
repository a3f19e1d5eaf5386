package com.outsourcingledger.command.process;

import com.outsourcingledger.api.incident.IncidentEvent.IncidentReported;
import com.outsourcingledger.api.incident.IncidentType;
import com.outsourcingledger.api.incident.NotifiedParty;
import com.outsourcingledger.api.worker.WorkerCommand.RevokeAccessForIncident;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentConsequencesTest {

    private static final Instant OCCURRED = Instant.parse("2026-04-09T12:00:00Z");
    /** 2026-04-10 00:30 in Shanghai: the report's day is the client's, not UTC's. */
    private static final Instant REPORTED_AT = Instant.parse("2026-04-09T16:30:00Z");

    private RecordingCommandBus bus;
    private IncidentConsequences process;

    @BeforeEach
    void setUp() {
        bus = new RecordingCommandBus();
        process = new IncidentConsequences(DefaultCommandGateway.builder().commandBus(bus).build(),
                Clock.fixed(Instant.parse("2026-04-12T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
    }

    private static IncidentReported reported(IncidentType type, List<String> workerIds) {
        return new IncidentReported("incident-1", "contract-1", "vendor-1", type, false, OCCURRED, "x", workerIds,
                null, List.of(NotifiedParty.HR, NotifiedParty.LEGAL, NotifiedParty.VENDOR),
                OCCURRED.plusSeconds(86_400), 24);
    }

    private List<Object> sent() {
        return bus.getDispatchedCommands().stream().map(CommandMessage::getPayload).map(Object.class::cast).toList();
    }

    @Test
    void revokesTheAccessOfEveryWorkerInvolvedInALeakOnTheDayOfTheReport() {
        process.on(reported(IncidentType.INFORMATION_LEAK, List.of("worker-1", "worker-2")), REPORTED_AT);
        LocalDate reportedOn = LocalDate.of(2026, 4, 10);
        assertThat(sent()).containsExactly(new RevokeAccessForIncident("worker-1", "incident-1", reportedOn),
                new RevokeAccessForIncident("worker-2", "incident-1", reportedOn));
    }

    @Test
    void sendsNothingForAnyOtherType() {
        for (IncidentType type : IncidentType.values()) {
            if (type != IncidentType.INFORMATION_LEAK) {
                process.on(reported(type, List.of("worker-1")), REPORTED_AT);
            }
        }
        assertThat(sent()).isEmpty();
    }
}
