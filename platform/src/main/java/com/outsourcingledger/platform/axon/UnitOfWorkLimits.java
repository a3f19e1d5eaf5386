package com.outsourcingledger.platform.axon;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Bounds every unit of work of the command bus, the event processors and the deadline manager as Axon's transaction
 * timeouts do with their defaults: a warning with the thread's stack once it has run {@code warning}, again every
 * {@code warning}, and the thread interrupted once it has run {@code limit}. Axon 4.13's own
 * {@code UnitOfWorkTimeoutInterceptor} takes the whole stack trace of the thread and schedules a task for every unit of
 * work, even with no timeout set: about 2 % of a command's time on command-side's request threads. Here a unit of work
 * costs an entry in a set, and one watchdog thread looks at the running ones every second; the stack is taken only
 * when a warning is due. Axon's are switched off ({@code axon.timeout.enabled=false}).
 */
public final class UnitOfWorkLimits implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UnitOfWorkLimits.class);
    private static final String RESOURCE = UnitOfWorkLimits.class.getName();

    private final long warningNanos;
    private final long limitNanos;
    private final Set<Running> running = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("unit-of-work-limits").factory());

    public UnitOfWorkLimits(Duration warning, Duration limit) {
        this.warningNanos = warning.toNanos();
        this.limitNanos = limit.toNanos();
        watchdog.scheduleWithFixedDelay(this::check, 1, 1, TimeUnit.SECONDS);
    }

    /** For the handlers of {@code component}: registers the unit of work (the root, once) while it runs. */
    public <T extends Message<?>> MessageHandlerInterceptor<T> interceptor(String component) {
        return (unitOfWork, chain) -> {
            UnitOfWork<?> root = unitOfWork.root();
            if (!root.resources().containsKey(RESOURCE)) {
                Running entry = new Running(component, Thread.currentThread(), System.nanoTime());
                root.resources().put(RESOURCE, entry);
                running.add(entry);
                root.onCleanup(done -> finish(entry));
            }
            return chain.proceed();
        };
    }

    /** How many units of work are running now. */
    int running() {
        return running.size();
    }

    private void finish(Running entry) {
        running.remove(entry);
        if (entry.interrupted && entry.thread == Thread.currentThread()) {
            Thread.interrupted();
        }
    }

    void check() {
        long now = System.nanoTime();
        for (Running entry : running) {
            long age = now - entry.started;
            if (age >= limitNanos && !entry.interrupted) {
                entry.interrupted = true;
                log.warn("{} has run {} ms, over its limit of {} ms: interrupting thread {}", entry.component,
                        TimeUnit.NANOSECONDS.toMillis(age), TimeUnit.NANOSECONDS.toMillis(limitNanos),
                        entry.thread.getName());
                entry.thread.interrupt();
            } else if (age >= warningNanos * (entry.warnings + 1) && !entry.interrupted) {
                entry.warnings++;
                log.warn("{} has run {} ms on thread {}; it is interrupted at {} ms. At:\n{}", entry.component,
                        TimeUnit.NANOSECONDS.toMillis(age), entry.thread.getName(),
                        TimeUnit.NANOSECONDS.toMillis(limitNanos), Arrays.stream(entry.thread.getStackTrace())
                                .map(frame -> "\tat " + frame).collect(Collectors.joining("\n")));
            }
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }

    /** One running unit of work; compared by identity. */
    private static final class Running {
        final String component;
        final Thread thread;
        final long started;
        volatile int warnings;
        volatile boolean interrupted;

        Running(String component, Thread thread, long started) {
            this.component = component;
            this.thread = thread;
            this.started = started;
        }
    }
}
