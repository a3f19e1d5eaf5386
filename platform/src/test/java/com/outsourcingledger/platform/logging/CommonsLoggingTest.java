package com.outsourcingledger.platform.logging;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring logs through commons-logging, often as {@code logger.debug(LogMessage.of(() -> ...))} with no level check
 * first. commons-logging 1.3's own SLF4J adapter turns every such message into text before SLF4J checks the level
 * (Spring Security's "Authorizing method invocation ..." was built twice per request, about 1 % of a request's time);
 * the platform names its Log4j API adapter instead ({@code META-INF/services/org.apache.commons.logging.LogFactory}),
 * which asks first, and Log4j's API reaches logback through SLF4J as before.
 */
class CommonsLoggingTest {

    @Test
    void aMessageBelowTheLevelIsNeverTurnedIntoText() {
        Log log = LogFactory.getLog(CommonsLoggingTest.class);
        AtomicInteger rendered = new AtomicInteger();
        Object message = new Object() {
            @Override
            public String toString() {
                rendered.incrementAndGet();
                return "rendered";
            }
        };

        log.trace(message);

        assertThat(log.isTraceEnabled()).isFalse();
        assertThat(rendered).hasValue(0);
        assertThat(LogFactory.getFactory().getClass().getName())
                .isEqualTo("org.apache.commons.logging.impl.Log4jApiLogFactory");
    }
}
