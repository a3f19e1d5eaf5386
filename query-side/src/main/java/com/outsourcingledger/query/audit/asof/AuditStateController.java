package com.outsourcingledger.query.audit.asof;

import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.RequestRuleCodes;
import com.outsourcingledger.query.audit.AuditedKind;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.Instant;

/**
 * The state of an aggregate as of a past instant, and the field-level changes between two instants, without
 * what the aggregate's read model seals from the caller now (see {@link com.outsourcingledger.query.readmodel.ViewFold}).
 */
@RestController
@PreAuthorize("hasAnyRole('AUDIT','LEGAL','MANAGEMENT')")
public class AuditStateController {

    private final StateHistory states;

    AuditStateController(StateHistory states) {
        this.states = states;
    }

    @GetMapping(AuditedKind.PATH + "/state")
    public StateChange.AsOf asOf(@PathVariable String kind, @PathVariable String id,
                                 @RequestParam(required = false) Instant at, Principal caller) {
        return states.asOf(AuditedKind.of(kind), id, required("at", at), caller.getName());
    }

    @GetMapping(AuditedKind.PATH + "/diff")
    public StateChange.Diff diff(@PathVariable String kind, @PathVariable String id,
                                 @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                                 Principal caller) {
        return states.diff(AuditedKind.of(kind), id, required("from", from), required("to", to), caller.getName());
    }

    private static Instant required(String parameter, Instant instant) {
        if (instant == null) {
            throw Refusal.invalid(RequestRuleCodes.REQUEST_INVALID,
                    "Parameter '" + parameter + "' is required: an instant such as 2026-03-02T01:00:00Z");
        }
        return instant;
    }
}
