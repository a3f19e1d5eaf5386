package com.outsourcingledger.platform.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.OptionalLong;

/**
 * Around every event a processor handles (per segment: the tracking processor names the batch's segment in the
 * unit of work): passes the events an operator skipped, records in
 * {@link ProcessorFailures} the event a handler cannot apply (or the batch whose commit failed) and clears it once
 * a batch past it commits, and marks the batch {@linkplain #ONE_EVENT_AT_A_TIME one event at a time} while its
 * processor has a failure it has not passed. Handler errors must propagate (a {@code PropagatingErrorHandler}) for
 * a failure to be seen at its event; the batch's rollback sees the rest.
 */
public final class EventHandlingGuard implements MessageHandlerInterceptor<EventMessage<?>> {

    /** Unit-of-work resource present while a processor must write each event at once instead of per batch. */
    public static final String ONE_EVENT_AT_A_TIME = "ledger.one-event-at-a-time";

    private static final Logger log = LoggerFactory.getLogger(EventHandlingGuard.class);

    private final String processor;
    private final ProcessorFailures failures;
    private final SkippedEvents skipped;
    private final String watching;
    private final String segmentKey;

    public EventHandlingGuard(String processor, ProcessorFailures failures, SkippedEvents skipped) {
        this.processor = processor;
        this.failures = failures;
        this.skipped = skipped;
        this.watching = "ledger.guarded." + processor;
        this.segmentKey = "Processor[" + processor + "]/SegmentId";
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        EventMessage<?> event = unitOfWork.getMessage();
        UnitOfWork<?> root = unitOfWork.root();
        int segment = root.resources().get(segmentKey) instanceof Integer id ? id : 0;
        if (!root.resources().containsKey(watching)) {
            root.resources().put(watching, Boolean.TRUE);
            if (failures.oneEventAtATime(processor, segment)) {
                root.resources().put(ONE_EVENT_AT_A_TIME, Boolean.TRUE);
            }
            root.afterCommit(u -> lastPosition(u).ifPresent(last -> failures.passed(processor, segment, last)));
            root.onRollback(u -> failures.failedBatch(processor, segment, position(firstOf(u)),
                    u.getExecutionResult() != null && u.getExecutionResult().isExceptionResult()
                            ? u.getExecutionResult().getExceptionResult()
                            : new IllegalStateException("the batch was rolled back")));
        }
        // After the batch hooks: a batch of nothing but a skipped event must still clear the failure it passes.
        if (skipped.isSkipped(processor, event.getIdentifier())) {
            log.warn("{} skips event {} ({}) at {}, as an operator decided", processor, event.getIdentifier(),
                    event.getPayloadType().getSimpleName(), position(event));
            return null;
        }
        try {
            return chain.proceed();
        } catch (Exception | Error e) {
            failures.failedAt(processor, segment, event.getIdentifier(), event.getPayloadType().getName(), position(event), e);
            throw e;
        }
    }

    private static Message<?> firstOf(UnitOfWork<?> unitOfWork) {
        List<? extends Message<?>> messages = unitOfWork instanceof BatchingUnitOfWork<?> batch
                ? batch.getMessages() : List.of(unitOfWork.getMessage());
        return messages.isEmpty() ? null : messages.get(0);
    }

    private static OptionalLong lastPosition(UnitOfWork<?> unitOfWork) {
        List<? extends Message<?>> messages = unitOfWork instanceof BatchingUnitOfWork<?> batch
                ? batch.getMessages() : List.of(unitOfWork.getMessage());
        Long last = messages.isEmpty() ? null : position(messages.get(messages.size() - 1));
        return last == null ? OptionalLong.empty() : OptionalLong.of(last);
    }

    private static Long position(Message<?> message) {
        if (message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            return tracked.trackingToken() == null ? null : GlobalPositions.positionOf(tracked.trackingToken());
        }
        return null;
    }
}
