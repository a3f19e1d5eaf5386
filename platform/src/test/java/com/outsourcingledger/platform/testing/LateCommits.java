package com.outsourcingledger.platform.testing;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.vendor.Contact;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorEvent.VendorRegistered;
import com.outsourcingledger.api.wire.MetadataKeys;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent writers on the JDBC event store, and deliberately late commits: a slow transaction takes a position,
 * sleeps while the writers commit higher ones, then commits. JDBC store only: overtaking commits and gaps in the
 * global index are how that store numbers events, and the writers append through its storage engine.
 */
public final class LateCommits {

    /** {@code slowTransactions} start after {@code slowStart}, the n-th sleeping {@code slowPause + n * pauseStep}. */
    public record Plan(int writers, int eventsPerWriter, int slowTransactions, Duration slowStart, Duration slowPause,
                       Duration pauseStep) {

        public int events() {
            return writers * eventsPerWriter + slowTransactions;
        }
    }

    private final EventStorageEngine engine;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    public LateCommits(ApplicationContext app) {
        this.engine = app.getBean(EventStorageEngine.class);
        this.transactions = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        this.jdbc = JdbcClient.create(app.getBean(DataSource.class));
    }

    public Run start(Plan plan) {
        return new Run(plan);
    }

    /** The writers at work; {@link #await()} waits for them all. */
    public final class Run {

        private final ExecutorService threads;
        private final List<Future<?>> work = new ArrayList<>();
        private final List<String> late = new ArrayList<>();
        private final AtomicInteger overtaken = new AtomicInteger();

        private Run(Plan plan) {
            threads = Executors.newFixedThreadPool(plan.writers() + plan.slowTransactions());
            for (int w = 0; w < plan.writers(); w++) {
                work.add(threads.submit(() -> {
                    for (int i = 0; i < plan.eventsPerWriter(); i++) {
                        transactions.executeWithoutResult(tx -> engine.appendEvents(registered()));
                        sleep(Duration.ofMillis(15));
                    }
                }));
            }
            for (int s = 0; s < plan.slowTransactions(); s++) {
                Duration pause = plan.slowPause().plus(plan.pauseStep().multipliedBy(s));
                work.add(threads.submit(() -> {
                    sleep(plan.slowStart());
                    transactions.executeWithoutResult(tx -> slowly(pause));
                }));
            }
        }

        private void slowly(Duration pause) {
            GenericDomainEventMessage<VendorRegistered> slow = registered();
            engine.appendEvents(slow);
            long position = positionOf(slow.getIdentifier());
            sleep(pause);
            if (committedAbove(position)) {
                overtaken.incrementAndGet();
                synchronized (late) {
                    late.add(slow.getIdentifier());
                }
            }
        }

        /** Waits for every writer; returns the ids of the events whose transactions committed after higher positions had. */
        public List<String> await() throws Exception {
            for (Future<?> done : work) {
                done.get();
            }
            threads.close();
            synchronized (late) {
                return List.copyOf(late);
            }
        }

        /** How many slow transactions other writers overtook. */
        public int overtaken() {
            return overtaken.get();
        }
    }

    /** Appends an event in a transaction that then rolls back, leaving a gap; returns the position it took. */
    public long rollBackAnInsert() {
        long[] position = new long[1];
        try {
            transactions.executeWithoutResult(tx -> {
                GenericDomainEventMessage<VendorRegistered> doomed = registered();
                engine.appendEvents(doomed);
                position[0] = positionOf(doomed.getIdentifier());
                throw new IllegalStateException("rolled back on purpose");
            });
        } catch (IllegalStateException expected) {
            return position[0];
        }
        throw new AssertionError("the transaction should have rolled back");
    }

    /** The global index an insert took, seen by the transaction that made it. */
    private long positionOf(String eventIdentifier) {
        return jdbc.sql("SELECT globalIndex FROM domainevententry WHERE eventIdentifier = :id")
                .param("id", eventIdentifier).query(Long.class).single();
    }

    /** Asked on another connection, outside the slow transaction. */
    private boolean committedAbove(long position) {
        return CompletableFuture.supplyAsync(() -> jdbc.sql("SELECT count(*) FROM domainevententry WHERE globalIndex > :p")
                .param("p", position).query(Long.class).single()).join() > 0;
    }

    private static GenericDomainEventMessage<VendorRegistered> registered() {
        String vendorId = UUID.randomUUID().toString();
        VendorRegistered event = new VendorRegistered(vendorId, "并发写入测试有限公司", "91310000MA1FL0000X", "张三",
                "上海市", List.of(new Contact("李四", "经理", "13800000000", "li@example.com")), Money.cny("1000000"),
                2015, 50, Set.of(VendorCategory.IT));
        return new GenericDomainEventMessage<>("Vendor", vendorId, 0, event,
                MetaData.with(MetadataKeys.USER, "hr").and(MetadataKeys.DEPARTMENT, "HR"));
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
