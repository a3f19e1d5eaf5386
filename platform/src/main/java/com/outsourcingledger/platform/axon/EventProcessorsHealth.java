package com.outsourcingledger.platform.axon;

import com.outsourcingledger.platform.axon.ProcessorFailures.Failure;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports each event processor: running, caught up, position per segment, and any error. DOWN while a processor
 * is in error or one of its segments has not passed an event it failed to apply, naming the processor, the
 * segment, the event, its position and the error; a stuck processor is never reported caught up. Readiness is not affected: the other read models
 * keep serving.
 */
public final class EventProcessorsHealth implements HealthIndicator {

    private final EventProcessingConfiguration eventProcessing;
    private final ProcessorFailures failures;

    public EventProcessorsHealth(EventProcessingConfiguration eventProcessing, ProcessorFailures failures) {
        this.eventProcessing = eventProcessing;
        this.failures = failures;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up();
        eventProcessing.eventProcessors().forEach((name, processor) -> {
            List<Failure> stuck = failures.of(name);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("running", processor.isRunning());
            details.put("error", processor.isError());
            boolean down = processor.isError() || !stuck.isEmpty();
            if (processor instanceof StreamingEventProcessor streaming) {
                Map<String, Object> segments = new LinkedHashMap<>();
                for (var entry : streaming.processingStatus().entrySet()) {
                    EventTrackerStatus status = entry.getValue();
                    boolean segmentStuck = stuck.stream().anyMatch(f -> f.segment() == entry.getKey());
                    segments.put(String.valueOf(entry.getKey()), segment(status, segmentStuck));
                    down |= status.isErrorState();
                }
                details.put("segments", segments);
            }
            if (!stuck.isEmpty()) {
                details.put("failures", stuck.stream().map(EventProcessorsHealth::failure).toList());
            }
            if (down) {
                health.down();
            }
            health.withDetail(name, details);
        });
        return health.build();
    }

    private static Map<String, Object> segment(EventTrackerStatus status, boolean stuck) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("caughtUp", status.isCaughtUp() && !stuck && !status.isErrorState());
        details.put("replaying", status.isReplaying());
        if (status.getTrackingToken() != null) {
            details.put("position", GlobalPositions.positionOf(status.getTrackingToken()));
        }
        if (status.isErrorState()) {
            details.put("error", String.valueOf(status.getError()));
        }
        return details;
    }

    private static Map<String, Object> failure(Failure failure) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("segment", failure.segment());
        details.put("eventId", failure.eventId() == null ? "not yet known: retrying one event at a time"
                : failure.eventId());
        if (failure.eventType() != null) {
            details.put("eventType", failure.eventType());
        }
        if (failure.position() != null) {
            details.put("position", failure.position());
        }
        details.put("error", failure.error());
        details.put("since", failure.since().toString());
        details.put("wayOut", "fix the cause and let it retry, or skip the event: POST /admin/projections/"
                + failure.processor() + "/skips");
        return details;
    }
}
