package com.outsourcingledger.platform.deadlines;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

class LedgerDeadlineManagerTest {

    private final LedgerDeadlineManager deadlines = new LedgerDeadlineManager(DbSchedulerDeadlineManager.builder()
            .scheduler(mock(Scheduler.class))
            .scopeAwareProvider(scope -> java.util.stream.Stream.empty())
            .serializer(com.outsourcingledger.api.wire.EventWireFormat.serializer())
            .startScheduler(false)
            .stopScheduler(false));

    /** The command's unit of work commits although the deadline it cancels is executing at that moment. */
    @Test
    void aCancellationMeetingAnExecutingDeadlineLetsTheCommandCommit() {
        UnitOfWork<?> command = DefaultUnitOfWork.startAndGet(null);
        AtomicBoolean attempted = new AtomicBoolean();
        deadlines.runOnPrepareCommitOrNow(() -> {
            attempted.set(true);
            throw new TaskInstanceCurrentlyExecutingException("AxonDeadline", "f1b00a1e");
        });

        command.commit();

        assertThat(attempted).isTrue();
        assertThat(command.isRolledBack()).isFalse();
    }

    @Test
    void anyOtherFailureStillFailsTheCommand() {
        UnitOfWork<?> command = DefaultUnitOfWork.startAndGet(null);
        deadlines.runOnPrepareCommitOrNow(() -> {
            throw new IllegalStateException("database gone");
        });

        assertThatThrownBy(command::commit).isInstanceOf(IllegalStateException.class);
    }
}
