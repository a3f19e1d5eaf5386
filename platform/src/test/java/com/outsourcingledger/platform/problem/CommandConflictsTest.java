package com.outsourcingledger.platform.problem;

import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.RuleViolation;
import com.outsourcingledger.api.wire.EventWireFormat;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stream conflict found when a command's unit of work commits reaches the sender as a rule violation in the
 * failure's details, which is all that crosses Axon Server: the same answer on both buses.
 */
class CommandConflictsTest {

    @Test
    void aStreamCreatedTwiceIsAlreadyExistsOnEitherStore() {
        assertThat(detailsOf(new AggregateStreamCreationException("Cannot reuse aggregate identifier [v-1]")))
                .extracting(RuleViolation::rule, RuleViolation::kind)
                .containsExactly("resource.already-exists", Refusal.Kind.CONFLICT);
        assertThat(detailsOf(new RuntimeException(
                "OUT_OF_RANGE: [AXONIQ-2000] Invalid sequence number 0 for aggregate v-1, expected 16")))
                .extracting(RuleViolation::rule).isEqualTo("resource.already-exists");
    }

    @Test
    void aConcurrentAppendIsAConcurrentModificationOnEitherStore() {
        assertThat(detailsOf(new ConcurrencyException("An event for aggregate [v-1] at sequence [3] was already inserted")))
                .extracting(RuleViolation::rule).isEqualTo("concurrent-modification");
        assertThat(detailsOf(new RuntimeException(
                "OUT_OF_RANGE: [AXONIQ-2000] Invalid sequence number 4 for aggregate v-1, expected 5")))
                .extracting(RuleViolation::rule).isEqualTo("concurrent-modification");
    }

    @Test
    void otherFailuresAndRefusalsPassUnchanged() {
        CommandResultMessage<Object> bug = GenericCommandResultMessage.asCommandResultMessage(new IllegalStateException("bug"));
        assertThat(ConflictTranslatingCommandBus.translate(bug)).isSameAs(bug);
        RuleViolation refused = new RuleViolation("vendor.warning.not-admitted", Refusal.Kind.CONFLICT, "not admitted");
        CommandResultMessage<Object> refusal = GenericCommandResultMessage.asCommandResultMessage(
                new CommandExecutionException("not admitted", new ConcurrencyException("x"), refused));
        assertThat(ConflictTranslatingCommandBus.translate(refusal)).isSameAs(refusal);
    }

    /** Through a real bus: the conflict is thrown when the unit of work commits, after every interceptor returned. */
    @Test
    void aConflictAtCommitReachesTheSenderAsDetails() throws Exception {
        SimpleCommandBus local = SimpleCommandBus.builder().build();
        local.registerHandlerInterceptor(new CommandFailureTranslator());
        local.subscribe(String.class.getName(), command -> {
            CurrentUnitOfWork.get().onPrepareCommit(u -> {
                throw new ConcurrencyException("An event for aggregate [v-1] at sequence [0] was already inserted");
            });
            return null;
        });
        ConflictTranslatingCommandBus bus = new ConflictTranslatingCommandBus(local);
        CompletableFuture<CommandResultMessage<?>> answer = new CompletableFuture<>();
        bus.dispatch(GenericCommandMessage.asCommandMessage("register"), (command, result) -> answer.complete(result));

        Throwable failure = answer.get(5, TimeUnit.SECONDS).exceptionResult();
        assertThat(failure).isInstanceOf(CommandExecutionException.class);
        assertThat(((CommandExecutionException) failure).getDetails()).get()
                .isEqualTo(new RuleViolation("concurrent-modification", Refusal.Kind.CONFLICT,
                        "The resource was changed by another request at the same time; reload it and retry"));
    }

    /** What Axon Server carries of a failure is its message and its details, serialized with the ledger's serializer. */
    @Test
    void detailsSurviveTheWireFormat() {
        Serializer serializer = EventWireFormat.serializer();
        RuleViolation violation = new RuleViolation("resource.already-exists", Refusal.Kind.CONFLICT, "exists");
        SerializedObject<byte[]> wire = serializer.serialize(violation, byte[].class);
        assertThat(serializer.<byte[], RuleViolation>deserialize(wire)).isEqualTo(violation);
    }

    private static RuleViolation detailsOf(Throwable failure) {
        CommandResultMessage<Object> translated = ConflictTranslatingCommandBus.translate(
                GenericCommandResultMessage.asCommandResultMessage(failure));
        return (RuleViolation) ((CommandExecutionException) translated.exceptionResult()).getDetails().orElseThrow();
    }
}
