package com.outsourcingledger.query.audit.console;

import com.outsourcingledger.query.audit.chain.ProofBundle;
import com.outsourcingledger.query.audit.history.AuditHistoryController;
import com.outsourcingledger.query.audit.index.AuditIndex;
import com.outsourcingledger.query.audit.verification.AuditVerificationController;
import com.outsourcingledger.query.console.ConsolePage;
import jakarta.validation.constraints.Min;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.security.Principal;

/**
 * The explorer's downloads under the console's session: the same proof bundle and CSV export as
 * {@code /audit/{kind}/{id}/proof}, {@code /audit/{kind}/{id}/events} and {@code /audit/events?correlationId=}, whose
 * chain takes HTTP Basic (or JWT) only.
 */
@ConsolePage
@PreAuthorize("hasAnyRole('AUDIT','LEGAL','MANAGEMENT')")
class AuditDownloads {

    private final AuditHistoryController history;
    private final AuditVerificationController verification;

    AuditDownloads(AuditHistoryController history, AuditVerificationController verification) {
        this.history = history;
        this.verification = verification;
    }

    @GetMapping("/console/audit/{kind}/{id}/proof")
    @ResponseBody
    public ResponseEntity<ProofBundle> proof(@PathVariable String kind, @PathVariable String id, Principal caller) {
        ProofBundle bundle = verification.aggregateProof(kind, id, caller);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(kind + "-" + id + "-proof.json").build().toString())
                .body(bundle);
    }

    @GetMapping("/console/audit/{kind}/{id}/events.csv")
    @ResponseBody
    public ResponseEntity<String> csv(@PathVariable String kind, @PathVariable String id, Principal caller) {
        return history.historyCsv(kind, id, 0, AuditIndex.MAX_PAGE_SIZE, true, caller);
    }

    /** The first slice of a request's trail; the next one's {@code after} is in the {@code X-Next-After} header. */
    @GetMapping("/console/audit/requests/{correlationId}/events.csv")
    @ResponseBody
    public ResponseEntity<String> trailCsv(@PathVariable String correlationId,
                                           @RequestParam(defaultValue = "0") @Min(0) long after, Principal caller) {
        return history.trailCsv(correlationId, null, null, null, null, null, after, AuditIndex.MAX_PAGE_SIZE, true,
                caller);
    }
}
