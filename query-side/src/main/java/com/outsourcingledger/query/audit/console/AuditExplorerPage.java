package com.outsourcingledger.query.audit.console;

import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.RequestRuleCodes;
import com.outsourcingledger.query.audit.AuditedKind;
import com.outsourcingledger.query.audit.asof.AuditStateController;
import com.outsourcingledger.query.audit.asof.StateChange;
import com.outsourcingledger.query.audit.chain.VerificationReport;
import com.outsourcingledger.query.audit.history.AuditHistoryController;
import com.outsourcingledger.query.audit.index.AuditIndex;
import com.outsourcingledger.query.audit.index.AuditedEvent;
import com.outsourcingledger.query.audit.verification.AuditVerificationController;
import com.outsourcingledger.query.console.ConsolePage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The audit explorer for AUDIT, LEGAL and MANAGEMENT: an aggregate's history as a timeline, its state as of any
 * instant beside the live one, the diff between two instants, the verification result, and everything one request
 * caused. Every figure comes from the audit API's own controllers, so the page reads exactly what its user may read
 * through {@code /audit}, sealed payloads left out alike.
 */
@ConsolePage
@PreAuthorize("hasAnyRole('AUDIT','LEGAL','MANAGEMENT')")
class AuditExplorerPage {

    private final AuditHistoryController history;
    private final AuditStateController states;
    private final AuditVerificationController verification;
    private final Clock clock;

    AuditExplorerPage(AuditHistoryController history, AuditStateController states,
                      AuditVerificationController verification, Clock clock) {
        this.history = history;
        this.states = states;
        this.verification = verification;
        this.clock = clock;
    }

    /** The entity to explore, by kind and id, and the request to trace, by its id. */
    @GetMapping("/console/audit")
    public String pick(@RequestParam(required = false) String kind, @RequestParam(required = false) String id,
                       @RequestParam(required = false) String request, Model model) {
        if (request != null && !request.isBlank()) {
            return "redirect:/console/audit/requests/" + UriUtils.encodePathSegment(request.strip(), StandardCharsets.UTF_8);
        }
        if (kind != null && id != null && !id.isBlank()) {
            return "redirect:/console/audit/" + AuditedKind.of(kind).collection + "/"
                    + UriUtils.encodePathSegment(id.strip(), StandardCharsets.UTF_8);
        }
        model.addAttribute("kinds", Arrays.stream(AuditedKind.values()).map(k -> k.collection).toList());
        model.addAttribute("kind", kind == null ? AuditedKind.CONTRACTS.collection : kind);
        return "console/audit";
    }

    @GetMapping("/console/audit/{kind}/{id}")
    public String explore(@PathVariable String kind, @PathVariable String id,
                          @RequestParam(required = false) String at, @RequestParam(required = false) String atLocal,
                          @RequestParam(required = false) String from, @RequestParam(required = false) String fromLocal,
                          @RequestParam(required = false) String to, @RequestParam(required = false) String toLocal,
                          Principal caller, Model model) {
        AuditedKind audited = AuditedKind.of(kind);
        AuditedEvent.Page events = history.history(kind, id, 0, AuditIndex.MAX_PAGE_SIZE, caller);
        VerificationReport report = verification.verifyAggregate(kind, id);
        Timeline timeline = Timeline.of(events.items(), instant("at", at, atLocal), report);
        Instant now = clock.instant();
        StateChange.AsOf live = states.asOf(kind, id, now, caller);
        StateChange.AsOf asOf = timeline.at() == null ? live : states.asOf(kind, id, timeline.at(), caller);
        Instant diffFrom = orElse(instant("from", from, fromLocal), timeline.stepBefore());
        Instant diffTo = orElse(instant("to", to, toLocal), timeline.at());
        boolean diffable = diffFrom != null && diffTo != null && diffFrom.isBefore(diffTo);
        model.addAttribute("kind", audited.collection);
        model.addAttribute("id", id);
        model.addAttribute("total", events.totalItems());
        model.addAttribute("timeline", timeline);
        model.addAttribute("verification", report);
        model.addAttribute("now", now);
        model.addAttribute("asOf", asOf);
        model.addAttribute("state", StateRows.of(asOf.state(), live.state()));
        model.addAttribute("diffFrom", diffFrom);
        model.addAttribute("diffTo", diffTo);
        model.addAttribute("diffInvalid", diffFrom != null && diffTo != null && !diffable);
        model.addAttribute("changes", diffable ? StateRows.changes(states.diff(kind, id, diffFrom, diffTo, caller)) : null);
        return "console/audit-entity";
    }

    /** Everything one request caused, across aggregates, in log order. */
    @GetMapping("/console/audit/requests/{correlationId}")
    public String trail(@PathVariable String correlationId, @RequestParam(defaultValue = "0") long after,
                        Principal caller, Model model) {
        AuditedEvent.Trail trail = history.trail(correlationId, null, null, null, null, null, Math.max(0, after),
                AuditIndex.MAX_PAGE_SIZE, caller);
        model.addAttribute("correlationId", correlationId);
        model.addAttribute("trail", trail);
        model.addAttribute("kinds", Arrays.stream(AuditedKind.values())
                .collect(Collectors.toMap(k -> k.aggregateType, k -> k.collection)));
        return "console/audit-trail";
    }

    /**
     * An instant from the page's pickers: {@code name} as the browser's script sent it, in UTC; without the script,
     * the picker's local date-time read in the server's zone.
     */
    private Instant instant(String name, String iso, String local) {
        try {
            if (iso != null && !iso.isBlank()) {
                return Instant.parse(iso.strip());
            }
            if (local != null && !local.isBlank()) {
                return LocalDateTime.parse(local.strip()).atZone(clock.getZone()).toInstant();
            }
            return null;
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(RequestRuleCodes.REQUEST_INVALID,
                    "Parameter '" + name + "' is not an instant such as 2026-03-02T01:00:00Z");
        }
    }

    private static Instant orElse(Instant chosen, Instant otherwise) {
        return chosen != null ? chosen : otherwise;
    }
}
