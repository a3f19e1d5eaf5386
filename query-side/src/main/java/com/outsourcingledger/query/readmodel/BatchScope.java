package com.outsourcingledger.query.readmodel;

import com.outsourcingledger.platform.axon.EventHandlingGuard;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One object per batch of events a tracking processor hands a projection in one transaction: created by the
 * batch's first event, written out just before the transaction commits, so a projection reads and writes once
 * per batch instead of once per event. Outside a unit of work (a test calling a handler) there is no batch, nor
 * while the processor retries past a failure one event at a time ({@link EventHandlingGuard#ONE_EVENT_AT_A_TIME}),
 * so that the event it cannot apply fails by itself and is named.
 */
public final class BatchScope {

    private BatchScope() {
    }

    /** The batch's object under {@code key}; empty outside a unit of work and while writing one event at a time. */
    public static <T> Optional<T> current(String key, Function<UnitOfWork<?>, T> create, Consumer<T> beforeCommit) {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        if (root.resources().containsKey(EventHandlingGuard.ONE_EVENT_AT_A_TIME)) {
            return Optional.empty();
        }
        return Optional.of(root.getOrComputeResource(key, k -> {
            T created = create.apply(root);
            root.onPrepareCommit(u -> beforeCommit.accept(created));
            return created;
        }));
    }

    /**
     * The aggregates of the batch's events of one family (e.g. {@code VendorEvent}), in order of first appearance,
     * read from the stored payload type without deserializing a payload.
     */
    public static Set<String> aggregates(UnitOfWork<?> root, Class<?> family) {
        Set<String> ids = new LinkedHashSet<>();
        List<? extends org.axonframework.messaging.Message<?>> messages = root instanceof BatchingUnitOfWork<?> batch
                ? batch.getMessages() : List.of(root.getMessage());
        for (var message : messages) {
            if (message instanceof DomainEventMessage<?> event && family.isAssignableFrom(event.getPayloadType())) {
                ids.add(event.getAggregateIdentifier());
            }
        }
        return ids;
    }
}
