package com.outsourcingledger.platform.problem;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure during a store outage need not carry a connection error in its cause chain (a driver, pool, or Axon
 * wrapper may say it any way it likes); seen in CI as a 500 for a command sent while PostgreSQL refused
 * connections. Whatever its shape, a failure while a store the ledger needs is unreachable is a 503 with
 * Retry-After; the same failure with every store reachable is a bug and stays a 500.
 */
class StoreOutageProblemsTest {

    private static final StoreProbe DATABASE_DOWN = () -> Optional.of("the database");
    private static final StoreProbe DATABASE_UP = Optional::empty;

    @Test
    void aFailureOfAnyShapeWhileAStoreIsUnreachableIs503WithRetryAfter() {
        ProblemDetailsAdvice advice = new ProblemDetailsAdvice(List.of(DATABASE_UP, DATABASE_DOWN));
        var answer = advice.unexpected(new IllegalStateException("the driver said something unexpected"));
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(answer.getBody().getProperties()).containsEntry("rule", "service.unavailable");
    }

    @Test
    void theSameFailureWithEveryStoreReachableIsAnInternalError() {
        ProblemDetailsAdvice advice = new ProblemDetailsAdvice(List.of(DATABASE_UP));
        var answer = advice.unexpected(new IllegalStateException("the driver said something unexpected"));
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().getProperties()).containsEntry("rule", "internal-error");
    }
}
