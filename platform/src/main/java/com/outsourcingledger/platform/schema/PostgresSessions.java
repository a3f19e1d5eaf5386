package com.outsourcingledger.platform.schema;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Every PostgreSQL session plans each statement with its actual parameters, and the driver sends a JDBC batch of
 * inserts as multi-row inserts. The read model tables are emptied
 * and refilled by a rebuild; a generic plan cached while a table was nearly empty (a sequential scan) stays in use
 * until the next ANALYZE while the table grows, which made a rebuild's batched upserts a hundred times slower.
 * A configured {@code connection-init-sql} or {@code reWriteBatchedInserts} is left alone.
 */
public class PostgresSessions implements BeanPostProcessor {

    static final String CUSTOM_PLANS = "SET plan_cache_mode = force_custom_plan";
    private static final String REWRITE_INSERTS = "reWriteBatchedInserts";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (!(bean instanceof HikariDataSource pool) || pool.getJdbcUrl() == null
                || !pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            return bean;
        }
        if (pool.getConnectionInitSql() == null) {
            pool.setConnectionInitSql(CUSTOM_PLANS);
        }
        if (!pool.getJdbcUrl().contains(REWRITE_INSERTS) && !pool.getDataSourceProperties().containsKey(REWRITE_INSERTS)) {
            pool.addDataSourceProperty(REWRITE_INSERTS, "true");
        }
        return bean;
    }
}
