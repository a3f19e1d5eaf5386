package com.outsourcingledger.platform.deadlines;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.outsourcingledger.platform.LedgerProperties;
import com.outsourcingledger.platform.axon.UnitOfWorkLimits;
import com.outsourcingledger.platform.schema.SchemaMigrations;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;
import java.util.List;

/**
 * Durable deadlines: stored in the database (db-scheduler), so they survive restarts, and scheduled in the
 * transaction of the command that sets them. Only the app that holds the aggregates and sagas may import
 * this: every scheduler polling the table executes whatever is due, and an app without the deadline's
 * aggregate would consume it and drop it.
 */
@Configuration(proxyBeanMethods = false)
public class DurableDeadlines {

    @Bean(destroyMethod = "")
    Scheduler deadlineScheduler(DataSource dataSource, ObjectProvider<DbSchedulerDeadlineManager> deadlineManager,
                                LedgerProperties properties, SchemaMigrations migrated) {
        Task<?> deadlines = DbSchedulerDeadlineManager.binaryTask(deadlineManager::getObject);
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), List.of(deadlines))
                .tableName("scheduled_tasks")
                .pollingInterval(properties.deadlinePoll())
                .threads(2)
                .build();
    }

    @Bean
    DeadlineSchedulerLifecycle deadlineSchedulerLifecycle(Scheduler deadlineScheduler) {
        return new DeadlineSchedulerLifecycle(deadlineScheduler);
    }

    @Bean(destroyMethod = "")
    DbSchedulerDeadlineManager deadlineManager(Scheduler deadlineScheduler,
                                               @Lazy org.axonframework.config.Configuration axon,
                                               Serializer serializer, TransactionManager axonTransactionManager,
                                               List<CorrelationDataProvider> correlationDataProviders,
                                               UnitOfWorkLimits limits) {
        DbSchedulerDeadlineManager deadlineManager = new LedgerDeadlineManager(DbSchedulerDeadlineManager.builder()
                .scheduler(deadlineScheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(serializer)
                .transactionManager(axonTransactionManager)
                .useBinaryPojo(true)
                .startScheduler(false)
                .stopScheduler(false));
        deadlineManager.registerHandlerInterceptor(limits.interceptor("deadline manager"));
        deadlineManager.registerHandlerInterceptor(new DeadlineMetadata(correlationDataProviders));
        return deadlineManager;
    }
}
