package com.outsourcingledger.command.process;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * How every process sends a command: waiting for each, so its steps land in order (CONTRACTED before ACTIVE,
 * a flag before its clearing). A refusal is logged with the rule it names and the process goes on: the target
 * aggregate's own state decides, and a redelivered event must not stop the processor on a step already taken.
 * Any other failure (a store unreachable, a timeout) is not a decision: it propagates, and the processor retries
 * the event with back-off rather than lose the step.
 */
final class ProcessCommands {

    private ProcessCommands() {
    }

    static void send(CommandGateway commands, Object command, Class<?> process, String subject) {
        attempt(commands, command, process, subject);
    }

    /** As {@link #send}, for a process whose next step depends on it: the refusal, or empty when taken. */
    static Optional<Object> attempt(CommandGateway commands, Object command, Class<?> process, String subject) {
        try {
            commands.sendAndWait(command);
            return Optional.empty();
        } catch (CommandExecutionException failure) {
            Object refusal = failure.getDetails().orElseThrow(() -> failure);
            LoggerFactory.getLogger(process).warn("{} for {} was not taken: {}",
                    command.getClass().getSimpleName(), subject, refusal);
            return Optional.of(refusal);
        }
    }
}
