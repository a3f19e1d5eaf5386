package com.outsourcingledger.platform.axon;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Recognises a unique-key violation by its SQLSTATE (23505 on PostgreSQL and H2). Axon's
 * JdbcSQLErrorCodesResolver looks only for SQLIntegrityConstraintViolationException, which the PostgreSQL
 * driver never throws, so two concurrent appends to one aggregate would surface as a failure instead of a
 * concurrency conflict.
 */
final class UniqueViolations implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
