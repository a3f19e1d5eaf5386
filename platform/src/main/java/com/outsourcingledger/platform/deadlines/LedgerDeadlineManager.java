package com.outsourcingledger.platform.deadlines;

import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Axon's db-scheduler deadline manager, but a cancellation that meets the deadline executing at that moment leaves
 * it be instead of failing the command: db-scheduler refuses to cancel a picked execution, and without this a
 * termination arriving while, say, the contract's expiry reminder fires answered 500. The executing deadline runs
 * against the aggregate as it finds it (every deadline handler checks the state it acts on), and if it commits
 * first the command meets an ordinary conflict.
 */
final class LedgerDeadlineManager extends DbSchedulerDeadlineManager {

    private static final Logger log = LoggerFactory.getLogger(LedgerDeadlineManager.class);

    LedgerDeadlineManager(Builder builder) {
        super(builder);
    }

    @Override
    protected void runOnPrepareCommitOrNow(Runnable task) {
        super.runOnPrepareCommitOrNow(() -> {
            try {
                task.run();
            } catch (TaskInstanceCurrentlyExecutingException e) {
                log.debug("A deadline being cancelled is executing now; it runs against the current state", e);
            }
        });
    }
}
