package com.outsourcingledger.system;

import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of the JDBC event store itself (its table, its transactions, the database under it), skipped when the
 * tests run against an external Axon Server ({@code -Dledger.it.axonserver}, docs/axon-server.md).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@DisabledIfSystemProperty(named = LedgerSystem.AXON_SERVER, matches = ".+",
        disabledReason = "about the JDBC event store, and the events are on Axon Server")
@interface JdbcStoreOnly {
}
