package com.outsourcingledger.command.signal;

import com.outsourcingledger.api.refusal.RuleViolation;
import com.outsourcingledger.api.refusal.SignalRuleCodes;
import com.outsourcingledger.api.signal.ShamSignalCommand.RaiseShamSignal;
import com.outsourcingledger.api.signal.ShamSignalType;
import com.outsourcingledger.api.signal.SignalSource;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * How detection raises a signal: its id is derived from the type and the identifier of the event it was seen in
 * (and the contract, when one event concerns several), so a redelivered event raises nothing twice. A refusal is
 * logged (a duplicate quietly, anything else as a warning) and detection goes on; any other failure propagates and
 * the processor retries the event.
 */
final class SignalRaising {

    private SignalRaising() {
    }

    /**
     * A name-based UUID of the type, the event's identifier and, when one event concerns several contracts, the
     * contract: the same on every redelivery, and within the 64 characters every command identifier is held to
     * ({@code INSTRUCTION_NOT_TO_SITE_LEAD:} and an event's UUID are 65).
     */
    static String signalIdOf(ShamSignalType type, String eventId, String... contractIds) {
        String name = type.name() + ":" + eventId + (contractIds.length == 0 ? "" : ":" + String.join(":", contractIds));
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    static void raise(CommandGateway commands, String signalId, String contractId, ShamSignalType type,
                      String description, List<SignalSource> sources) {
        try {
            commands.sendAndWait(new RaiseShamSignal(signalId, contractId, type, description, sources));
        } catch (CommandExecutionException failure) {
            Object refusal = failure.getDetails().orElseThrow(() -> failure);
            boolean duplicate = refusal instanceof RuleViolation violation
                    && SignalRuleCodes.RAISE_ALREADY_RAISED.equals(violation.rule());
            if (duplicate) {
                LoggerFactory.getLogger(SignalRaising.class).debug("Signal {} was raised already", signalId);
            } else {
                LoggerFactory.getLogger(SignalRaising.class).warn("Signal {} ({}) on contract {} was not raised: {}",
                        signalId, type, contractId, refusal);
            }
        }
    }
}
