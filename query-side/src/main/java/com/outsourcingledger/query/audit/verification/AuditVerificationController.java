package com.outsourcingledger.query.audit.verification;

import com.outsourcingledger.api.refusal.AuditRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.query.audit.AuditedKind;
import com.outsourcingledger.query.audit.chain.Checkpoint;
import com.outsourcingledger.query.audit.chain.ProofBundle;
import com.outsourcingledger.query.audit.chain.VerificationReport;
import com.outsourcingledger.query.audit.index.AuditIndex;
import com.outsourcingledger.query.audit.index.Checkpoints;
import com.outsourcingledger.query.readmodel.PageSize;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;

/** Tamper evidence: verification against the event store, signed checkpoints and exportable proofs. */
@RestController
@PreAuthorize("hasAnyRole('AUDIT','LEGAL','MANAGEMENT')")
public class AuditVerificationController {

    private final Verification verification;
    private final Checkpoints checkpoints;
    private final ProofBundles proofs;
    private final AuditIndex index;

    AuditVerificationController(Verification verification, Checkpoints checkpoints, ProofBundles proofs,
                                AuditIndex index) {
        this.verification = verification;
        this.checkpoints = checkpoints;
        this.proofs = proofs;
        this.index = index;
    }

    @GetMapping("/audit/verification")
    public VerificationReport verifyLog() {
        return verification.verifyLog();
    }

    @GetMapping(AuditedKind.PATH + "/verification")
    public VerificationReport verifyAggregate(@PathVariable String kind, @PathVariable String id) {
        return verification.verifyAggregate(AuditedKind.of(kind), id);
    }

    @GetMapping("/audit/checkpoints")
    public List<Checkpoint> checkpoints(@RequestParam(defaultValue = "0") @Min(0) int page,
                                        @RequestParam(defaultValue = "50") @PageSize(max = AuditIndex.MAX_PAGE_SIZE) int size) {
        return checkpoints.page(page, size);
    }

    /** Signs the log's current head; the auditor keeps the answer to check later proofs against it. */
    @PostMapping("/audit/checkpoints")
    public ResponseEntity<Checkpoint> checkpoint() {
        Checkpoint checkpoint = checkpoints.keep(index.head().orElseThrow(() -> Refusal.conflict(
                AuditRuleCodes.CHECKPOINT_EMPTY_LOG, "No event has been recorded yet")));
        return ResponseEntity.created(URI.create("/audit/checkpoints/" + checkpoint.index())).body(checkpoint);
    }

    @GetMapping("/audit/checkpoints/{index}")
    public Checkpoint checkpoint(@PathVariable long index) {
        return checkpoints.at(index).orElseThrow(() -> Refusal.notFound(AuditRuleCodes.CHECKPOINT_NOT_FOUND,
                "No checkpoint at chain index " + index));
    }

    @GetMapping("/audit/signing-key")
    public Map<String, String> signingKey() {
        return Map.of("algorithm", "Ed25519", "format", "X.509 SubjectPublicKeyInfo, base64",
                "publicKey", checkpoints.publicKey());
    }

    @GetMapping("/audit/proof")
    public ProofBundle logProof(@RequestParam(defaultValue = "1") @Min(1) long from,
                                @RequestParam(required = false) Long to, Principal caller) {
        return proofs.log(from, to, caller.getName());
    }

    @GetMapping(AuditedKind.PATH + "/proof")
    public ProofBundle aggregateProof(@PathVariable String kind, @PathVariable String id, Principal caller) {
        return proofs.aggregate(AuditedKind.of(kind), id, caller.getName());
    }
}
