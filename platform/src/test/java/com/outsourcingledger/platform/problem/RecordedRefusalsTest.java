package com.outsourcingledger.platform.problem;

import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** A refusal a handler returns to keep its event on record commits, then reaches the sender as a thrown one would. */
class RecordedRefusalsTest {

    private static final RuleViolation REFUSED = new RuleViolation("worker.induction.topic-not-allowed",
            Refusal.Kind.UNPROCESSABLE, "company-level topics");

    @Test
    void aReturnedRuleViolationReachesTheSenderAsTheRefusalAfterTheUnitOfWorkCommitted() throws Exception {
        AtomicBoolean committed = new AtomicBoolean();
        SimpleCommandBus local = SimpleCommandBus.builder().build();
        local.registerHandlerInterceptor(new CommandFailureTranslator());
        local.subscribe(String.class.getName(), command -> {
            CurrentUnitOfWork.get().afterCommit(u -> committed.set(true));
            return REFUSED;
        });
        CompletableFuture<CommandResultMessage<?>> answer = new CompletableFuture<>();
        new ConflictTranslatingCommandBus(local).dispatch(GenericCommandMessage.asCommandMessage("induct"),
                (command, result) -> answer.complete(result));

        Throwable failure = answer.get(5, TimeUnit.SECONDS).exceptionResult();
        assertThat(committed).isTrue();
        assertThat(failure).isInstanceOf(CommandExecutionException.class).hasMessage("company-level topics");
        assertThat(((CommandExecutionException) failure).getDetails()).contains(REFUSED);
    }

    @Test
    void otherResultsPassUnchanged() {
        CommandResultMessage<Object> created = GenericCommandResultMessage.asCommandResultMessage("worker-1");
        CommandResultMessage<Object> empty = GenericCommandResultMessage.asCommandResultMessage((Object) null);

        assertThat(RecordedRefusals.asFailure(created)).isSameAs(created);
        assertThat(RecordedRefusals.asFailure(empty)).isSameAs(empty);
    }
}
