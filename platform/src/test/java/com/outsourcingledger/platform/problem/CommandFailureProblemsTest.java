package com.outsourcingledger.platform.problem;

import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a failed command reads to the client, as it arrives from either bus: the local one keeps the cause chain,
 * Axon Server's connector hands over a CommandExecutionException with the message (and the details a
 * refusal put there) only.
 */
class CommandFailureProblemsTest {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    @Test
    void aStreamConflictFromAxonServerIsAConflictNotAnInternalError() {
        CommandExecutionException overAxonServer = new CommandExecutionException(
                "OUT_OF_RANGE: [AXONIQ-2000] Invalid sequence number 0 for aggregate v-1, expected 16", null);
        var answer = advice.commandFailed(overAxonServer);
        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getBody().getProperties()).containsEntry("rule", "concurrent-modification");
    }

    @Test
    void aStreamConflictOnTheLocalBusIsAConflict() {
        CommandExecutionException local = new CommandExecutionException("failed",
                new ConcurrencyException("An event for aggregate [v-1] at sequence [3] was already inserted"));
        assertThat(advice.commandFailed(local).getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void aRefusalCrossesEitherBusAsItsDetails() {
        RuleViolation refused = new RuleViolation("vendor.not-admitted", Refusal.Kind.CONFLICT, "The vendor is not admitted");
        var answer = advice.commandFailed(new CommandExecutionException(refused.detail(), null, refused));
        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getBody().getProperties()).containsEntry("rule", "vendor.not-admitted");
    }

    @Test
    void anUnreachableAxonServerIs503WithRetryAfter() {
        for (String message : new String[]{"[AXONIQ-3001] Unable to connect to any Axon Server node",
                "[AXONIQ-2100] No leader for context default"}) {
            var answer = advice.commandFailed(new CommandExecutionException(message, null));
            assertThat(answer.getStatusCode().value()).as(message).isEqualTo(503);
            assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        }
        assertThat(advice.commandFailed(new CommandExecutionException("[AXONIQ-4004] concurrent", null))
                .getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void anythingElseStaysAnInternalError() {
        var answer = advice.commandFailed(new CommandExecutionException("INTERNAL: boom", null));
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(ProblemDetailsAdvice.isStreamConflict(new IllegalStateException("sequence"))).isFalse();
    }
}
