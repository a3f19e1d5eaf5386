package com.outsourcingledger.query.audit;

import com.outsourcingledger.platform.problem.ResourceNotFoundException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * Every event of one aggregate in sequence order, and cross-aggregate trails in log order, as JSON or as
 * CSV ({@code Accept: text/csv}).
 */
@RestController
@PreAuthorize("hasAnyRole('AUDIT','LEGAL','MANAGEMENT')")
class AuditHistoryController {

    private final AuditIndex index;

    AuditHistoryController(AuditIndex index) {
        this.index = index;
    }

    @GetMapping(path = AuditedKind.PATH + "/events", produces = MediaType.APPLICATION_JSON_VALUE)
    public AuditedEvent.Page history(@PathVariable String kind, @PathVariable String id,
                                     @RequestParam(defaultValue = "0") @Min(0) int page,
                                     @RequestParam(defaultValue = "50") @Min(1) @Max(AuditIndex.MAX_PAGE_SIZE) int size) {
        AuditedKind audited = AuditedKind.of(kind);
        if (!index.aggregateTypeOf(id).map(audited.aggregateType::equals).orElse(false)) {
            throw new ResourceNotFoundException(audited.resource, id);
        }
        return index.history(id, page, size);
    }

    @GetMapping(path = AuditedKind.PATH + "/events", produces = AuditCsv.MEDIA_TYPE)
    public ResponseEntity<String> historyCsv(@PathVariable String kind, @PathVariable String id,
                                             @RequestParam(defaultValue = "0") @Min(0) int page,
                                             @RequestParam(defaultValue = "1000") @Min(1)
                                             @Max(AuditIndex.MAX_PAGE_SIZE) int size) {
        return AuditCsv.export(kind + "-" + id + "-" + page, history(kind, id, page, size).items());
    }

    @GetMapping(path = "/audit/events", produces = MediaType.APPLICATION_JSON_VALUE)
    public AuditedEvent.Trail trail(@RequestParam(required = false) String correlationId,
                                    @RequestParam(required = false) String user,
                                    @RequestParam(required = false) String type,
                                    @RequestParam(required = false) String aggregateType,
                                    @RequestParam(required = false) Instant from,
                                    @RequestParam(required = false) Instant to,
                                    @RequestParam(defaultValue = "0") @Min(0) long after,
                                    @RequestParam(defaultValue = "100") @Min(1) @Max(AuditIndex.MAX_PAGE_SIZE) int limit) {
        return index.trail(new TrailFilter(correlationId, user, type, aggregateType, from, to), after, limit);
    }

    @GetMapping(path = "/audit/events", produces = AuditCsv.MEDIA_TYPE)
    public ResponseEntity<String> trailCsv(@RequestParam(required = false) String correlationId,
                                           @RequestParam(required = false) String user,
                                           @RequestParam(required = false) String type,
                                           @RequestParam(required = false) String aggregateType,
                                           @RequestParam(required = false) Instant from,
                                           @RequestParam(required = false) Instant to,
                                           @RequestParam(defaultValue = "0") @Min(0) long after,
                                           @RequestParam(defaultValue = "1000") @Min(1)
                                           @Max(AuditIndex.MAX_PAGE_SIZE) int limit) {
        AuditedEvent.Trail trail = trail(correlationId, user, type, aggregateType, from, to, after, limit);
        ResponseEntity<String> csv = AuditCsv.export("audit-trail-after-" + after, trail.items());
        return trail.next() == null ? csv
                : ResponseEntity.ok().headers(csv.getHeaders()).header("X-Next-After", trail.next().toString())
                .body(csv.getBody());
    }
}
