package com.outsourcingledger.query.audit.console;

import com.outsourcingledger.query.audit.chain.ProofBundle;
import com.outsourcingledger.query.audit.history.AuditHistoryController;
import com.outsourcingledger.query.audit.index.AuditIndex;
import com.outsourcingledger.query.audit.verification.AuditVerificationController;
import com.outsourcingledger.query.console.ConsolePage;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import java.security.Principal;

/**
 * The explorer's downloads under the console's session: the same proof bundle and CSV export as
 * {@code /audit/{kind}/{id}/proof} and {@code /audit/{kind}/{id}/events}, whose chain takes HTTP Basic only.
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
}
