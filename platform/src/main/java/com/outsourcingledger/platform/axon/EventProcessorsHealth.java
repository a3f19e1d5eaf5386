package com.outsourcingledger.platform.axon;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reports each event processor: running, caught up, position per segment, and any error; DOWN on an error. */
public final class EventProcessorsHealth implements HealthIndicator {

    private final EventProcessingConfiguration eventProcessing;

    public EventProcessorsHealth(EventProcessingConfiguration eventProcessing) {
        this.eventProcessing = eventProcessing;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up();
        eventProcessing.eventProcessors().forEach((name, processor) -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("running", processor.isRunning());
            details.put("error", processor.isError());
            if (processor instanceof StreamingEventProcessor streaming) {
                Map<String, Object> segments = new LinkedHashMap<>();
                streaming.processingStatus().forEach((segment, status) -> segments.put(String.valueOf(segment),
                        segment(status)));
                details.put("segments", segments);
            }
            if (processor.isError()) {
                health.down();
            }
            health.withDetail(name, details);
        });
        return health.build();
    }

    private static Map<String, Object> segment(EventTrackerStatus status) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("caughtUp", status.isCaughtUp());
        details.put("replaying", status.isReplaying());
        status.getCurrentPosition().ifPresent(position -> details.put("position", position));
        if (status.isErrorState()) {
            details.put("error", String.valueOf(status.getError()));
        }
        return details;
    }
}
