package com.outsourcingledger.command.signal;

import com.outsourcingledger.api.signal.ShamSignalCommand.RaiseShamSignal;
import com.outsourcingledger.api.signal.ShamSignalType;
import com.outsourcingledger.api.signal.SignalSource;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * How detection raises a signal: its id is the type and the identifier of the event it was seen in (and the contract,
 * when one event concerns several), so a redelivered event raises nothing twice. A refusal (the signal already
 * raised, the contract unknown) is logged and detection goes on; any other failure propagates and the processor
 * retries the event.
 */
final class SignalRaising {

    private SignalRaising() {
    }

    static String signalIdOf(ShamSignalType type, String eventId) {
        return type.name() + ":" + eventId;
    }

    static void raise(CommandGateway commands, String signalId, String contractId, ShamSignalType type,
                      String description, List<SignalSource> sources) {
        try {
            commands.sendAndWait(new RaiseShamSignal(signalId, contractId, type, description, sources));
        } catch (CommandExecutionException failure) {
            Object refusal = failure.getDetails().orElseThrow(() -> failure);
            LoggerFactory.getLogger(SignalRaising.class).info("Signal {} on contract {} was not raised: {}",
                    signalId, contractId, refusal);
        }
    }
}
