package com.outsourcingledger.platform.deadlines;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.context.SmartLifecycle;

/**
 * Starts polling for due deadlines once everything else, Axon included, has started (a deadline that is
 * already due fires right away and needs its aggregate's handlers), and stops before it. The deadline
 * manager's own start and stop hooks are Axon lifecycle handlers that a plain Spring bean never receives.
 */
final class DeadlineSchedulerLifecycle implements SmartLifecycle {

    private final Scheduler scheduler;
    private volatile boolean running;

    DeadlineSchedulerLifecycle(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void start() {
        scheduler.start();
        running = true;
    }

    @Override
    public void stop() {
        scheduler.stop();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
