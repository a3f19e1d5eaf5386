package com.outsourcingledger.platform.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UnitOfWorkLimitsTest {

    private static Object run(MessageHandlerInterceptor<CommandMessage<?>> interceptor,
                              MessageHandler<CommandMessage<?>> handler) throws Exception {
        UnitOfWork<CommandMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(
                GenericCommandMessage.asCommandMessage("a command"));
        return unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork, List.of(interceptor),
                handler).proceed()).getPayload();
    }

    @Test
    void aUnitOfWorkIsWatchedWhileItRunsAndForgottenWhenItEnds() throws Exception {
        try (UnitOfWorkLimits limits = new UnitOfWorkLimits(Duration.ofSeconds(10), Duration.ofSeconds(60))) {
            int[] seen = new int[1];
            Object result = run(limits.interceptor("command bus"), command -> {
                seen[0] = limits.running();
                return "handled";
            });
            assertThat(result).isEqualTo("handled");
            assertThat(seen[0]).isEqualTo(1);
            assertThat(limits.running()).isZero();
        }
    }

    @Test
    void aUnitOfWorkOverItsLimitIsInterruptedAndItsThreadLeftClear() throws Exception {
        try (UnitOfWorkLimits limits = new UnitOfWorkLimits(Duration.ofMillis(100), Duration.ofMillis(300))) {
            long started = System.nanoTime();
            Object result = run(limits.interceptor("command bus"), command -> {
                try {
                    Thread.sleep(10_000);
                    return "slept";
                } catch (InterruptedException e) {
                    return "interrupted";
                }
            });
            assertThat(result).isEqualTo("interrupted");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
            assertThat(limits.running()).isZero();
        }
    }
}
