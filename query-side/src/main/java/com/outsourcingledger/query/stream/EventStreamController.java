package com.outsourcingledger.query.stream;

import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.RequestRuleCodes;
import com.outsourcingledger.query.readmodel.PageSize;
import com.outsourcingledger.query.stream.delivery.EventFilter;
import com.outsourcingledger.query.stream.delivery.EventStreamService;
import com.outsourcingledger.query.stream.delivery.SseSubscription;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;

import java.util.List;

/** Every event as a CloudEvent, for integrators and auditors: live as server-sent events, or in pages. */
@RestController
@RequestMapping("/events")
@PreAuthorize("hasAnyRole('INTEGRATOR','AUDIT')")
class EventStreamController {

    private final EventStreamService events;

    EventStreamController(EventStreamService events) {
        this.events = events;
    }

    /**
     * Events after position {@code from} (or the Last-Event-ID a reconnecting client sends, which wins), then
     * live, in position order; {@code aggregateType} and {@code type} filter without changing positions.
     */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public ResponseEntity<ResponseBodyEmitter> stream(
            @RequestParam(defaultValue = "0") @Min(0) long from,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            @RequestParam(required = false) List<String> aggregateType,
            @RequestParam(required = false) List<String> type) {
        long after = lastEventId == null || lastEventId.isBlank() ? from : parsePosition(lastEventId);
        return ResponseEntity.ok()
                .contentType(SseSubscription.EVENT_STREAM)
                .header("Cache-Control", "no-cache")
                .header("X-Accel-Buffering", "no")
                .body(events.subscribe(after, EventFilter.of(aggregateType, type)));
    }

    /** At most {@code limit} events after position {@code after}; continue with {@code after=nextAfter}. */
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> page(@RequestParam(defaultValue = "0") @Min(0) long after,
                                       @RequestParam(defaultValue = "100") @PageSize(max = 1000) int limit,
                                       @RequestParam(required = false) List<String> aggregateType,
                                       @RequestParam(required = false) List<String> type) throws InterruptedException {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(events.page(after, limit, EventFilter.of(aggregateType, type)));
    }

    private static long parsePosition(String lastEventId) {
        try {
            long position = Long.parseLong(lastEventId.trim());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException notAPosition) {
            // answered below
        }
        throw Refusal.invalid(RequestRuleCodes.EVENT_STREAM_POSITION_INVALID,
                "Last-Event-ID must be a position: a whole number from 0 to " + Long.MAX_VALUE);
    }
}
