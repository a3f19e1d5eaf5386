package com.outsourcingledger.query.audit.history;

import com.outsourcingledger.api.wire.AggregateKind;
import com.outsourcingledger.platform.problem.ResourceNotFoundException;
import com.outsourcingledger.query.audit.AuditedKind;
import com.outsourcingledger.query.audit.asof.StateHistory;
import com.outsourcingledger.query.audit.index.AuditIndex;
import com.outsourcingledger.query.audit.index.AuditedEvent;
import com.outsourcingledger.query.audit.index.TrailFilter;
import com.outsourcingledger.query.readmodel.PageSize;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Every event of one aggregate in sequence order, and cross-aggregate trails in log order, as JSON or as
 * CSV ({@code Accept: text/csv}); a payload the aggregate's read model keeps from the caller for now (another
 * panel member's score sheet) is left out.
 */
@RestController
@PreAuthorize("hasAnyRole('AUDIT','LEGAL','MANAGEMENT')")
public class AuditHistoryController {

    private final AuditIndex index;
    private final StateHistory states;

    AuditHistoryController(AuditIndex index, StateHistory states) {
        this.index = index;
        this.states = states;
    }

    @GetMapping(path = AuditedKind.PATH + "/events", produces = MediaType.APPLICATION_JSON_VALUE)
    public AuditedEvent.Page history(@PathVariable String kind, @PathVariable String id,
                                     @RequestParam(defaultValue = "0") @Min(0) int page,
                                     @RequestParam(defaultValue = "50") @PageSize(max = AuditIndex.MAX_PAGE_SIZE) int size,
                                     Principal caller) {
        AuditedKind audited = AuditedKind.of(kind);
        if (!index.aggregateTypeOf(id).map(audited.aggregateType::equals).orElse(false)) {
            throw new ResourceNotFoundException(audited.notFound, audited.resource, id);
        }
        AuditedEvent.Page history = index.history(id, page, size);
        return new AuditedEvent.Page(sealedFrom(caller, history.items()), history.page(), history.size(),
                history.totalItems());
    }

    @GetMapping(path = AuditedKind.PATH + "/events", produces = AuditCsv.MEDIA_TYPE)
    public ResponseEntity<String> historyCsv(@PathVariable String kind, @PathVariable String id,
                                             @RequestParam(defaultValue = "0") @Min(0) int page,
                                             @RequestParam(defaultValue = "1000")
                                             @PageSize(max = AuditIndex.MAX_PAGE_SIZE) int size,
                                             @RequestParam(defaultValue = "true") boolean bom, Principal caller) {
        return AuditCsv.export(kind + "-" + id + "-" + page, history(kind, id, page, size, caller).items(), bom);
    }

    @GetMapping(path = "/audit/events", produces = MediaType.APPLICATION_JSON_VALUE)
    public AuditedEvent.Trail trail(@RequestParam(required = false) String correlationId,
                                    @RequestParam(required = false) String user,
                                    @RequestParam(required = false) String type,
                                    @RequestParam(required = false) String aggregateType,
                                    @RequestParam(required = false) Instant from,
                                    @RequestParam(required = false) Instant to,
                                    @RequestParam(defaultValue = "0") @Min(0) long after,
                                    @RequestParam(defaultValue = "100") @PageSize(max = AuditIndex.MAX_PAGE_SIZE) int limit,
                                    Principal caller) {
        String storedType = aggregateType == null ? null
                : AggregateKind.fromWire("aggregateType", aggregateType).aggregateType();
        AuditedEvent.Trail trail = index.trail(new TrailFilter(correlationId, user, type, storedType, from, to),
                after, limit);
        return new AuditedEvent.Trail(sealedFrom(caller, trail.items()), trail.next());
    }

    @GetMapping(path = "/audit/events", produces = AuditCsv.MEDIA_TYPE)
    public ResponseEntity<String> trailCsv(@RequestParam(required = false) String correlationId,
                                           @RequestParam(required = false) String user,
                                           @RequestParam(required = false) String type,
                                           @RequestParam(required = false) String aggregateType,
                                           @RequestParam(required = false) Instant from,
                                           @RequestParam(required = false) Instant to,
                                           @RequestParam(defaultValue = "0") @Min(0) long after,
                                           @RequestParam(defaultValue = "1000")
                                           @PageSize(max = AuditIndex.MAX_PAGE_SIZE) int limit,
                                           @RequestParam(defaultValue = "true") boolean bom, Principal caller) {
        AuditedEvent.Trail trail = trail(correlationId, user, type, aggregateType, from, to, after, limit, caller);
        ResponseEntity<String> csv = AuditCsv.export("audit-trail-after-" + after, trail.items(), bom);
        return trail.next() == null ? csv
                : ResponseEntity.ok().headers(csv.getHeaders()).header("X-Next-After", trail.next().toString())
                .body(csv.getBody());
    }

    /** The events with the payloads the aggregates' read models keep from the caller for now left out. */
    private List<AuditedEvent> sealedFrom(Principal caller, List<AuditedEvent> events) {
        Set<String> sealed = states.sealedFrom(caller.getName(), events);
        return sealed.isEmpty() ? events
                : events.stream().map(e -> sealed.contains(e.eventId()) ? e.sealed() : e).toList();
    }
}
