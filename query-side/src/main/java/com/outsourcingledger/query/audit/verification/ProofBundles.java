package com.outsourcingledger.query.audit.verification;

import com.outsourcingledger.api.refusal.AuditRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.platform.problem.ResourceNotFoundException;
import com.outsourcingledger.query.audit.AuditedKind;
import com.outsourcingledger.query.audit.asof.StateHistory;
import com.outsourcingledger.query.audit.chain.AuditProof;
import com.outsourcingledger.query.audit.chain.Checkpoint;
import com.outsourcingledger.query.audit.chain.IndexedEvent;
import com.outsourcingledger.query.audit.chain.ProofBundle;
import com.outsourcingledger.query.audit.index.AuditIndex;
import com.outsourcingledger.query.audit.index.Checkpoints;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Exports proof bundles from the audit index, i.e. history as it was first recorded: with the kept
 * checkpoints in range and, unless one is kept there, a checkpoint signed now over the last event (not
 * kept: exporting changes nothing), and the online verification against the event store beside it. Refused
 * to a reader from whom a read model keeps some of the payloads for now.
 */
@Component
class ProofBundles {

    static final int MAX_EVENTS = 50_000;

    private final AuditIndex index;
    private final Checkpoints checkpoints;
    private final Verification verification;
    private final StateHistory states;

    ProofBundles(AuditIndex index, Checkpoints checkpoints, Verification verification, StateHistory states) {
        this.index = index;
        this.checkpoints = checkpoints;
        this.verification = verification;
        this.states = states;
    }

    /** The log from chain index {@code from} to {@code to} (default: the head), with the kept checkpoints in it. */
    ProofBundle log(long from, Long to, String reader) {
        IndexedEvent head = index.head().orElseThrow(() -> Refusal.conflict(AuditRuleCodes.PROOF_EMPTY_LOG,
                "No event has been recorded yet"));
        long last = to == null ? head.chainIndex() : Math.min(to, head.chainIndex());
        if (from < 1 || from > last || last - from + 1 > MAX_EVENTS) {
            throw Refusal.unprocessable(AuditRuleCodes.PROOF_RANGE, "A log proof covers chain indexes 1 to "
                    + head.chainIndex() + ", at most " + MAX_EVENTS + " at a time, with 'from' not after 'to'");
        }
        String anchor = from == 1 ? AuditProof.GENESIS : index.at(from - 1).orElseThrow().logChain();
        List<ProofBundle.Event> events = new ArrayList<>();
        IndexedEvent lastRow = null;
        for (long cursor = from - 1; cursor < last; ) {
            List<IndexedEvent> batch = index.chainAfter(cursor, 1000);
            if (batch.isEmpty()) {
                break;
            }
            for (IndexedEvent row : batch) {
                if (row.chainIndex() <= last) {
                    events.add(ProofBundle.Event.of(row.chainIndex(), row, row.logChain()));
                    lastRow = row;
                }
            }
            cursor = batch.getLast().chainIndex();
        }
        refuseSealed(reader, events.stream().collect(Collectors.toMap(ProofBundle.Event::aggregateId,
                ProofBundle.Event::aggregateType, (a, b) -> a, LinkedHashMap::new)));
        List<Checkpoint> signed = new ArrayList<>(checkpoints.between(from, last));
        if (signed.isEmpty() || signed.getLast().index() != last) {
            signed.add(checkpoints.sign(AuditProof.LOG_SCOPE, last, lastRow.globalPosition(), lastRow.logChain()));
        }
        return new ProofBundle(AuditProof.BUNDLE_FORMAT, AuditProof.LOG_SCOPE, checkpoints.publicKey(),
                new ProofBundle.Anchor(from - 1, anchor), events, signed, verification.verifyLog());
    }

    /** One aggregate's whole history, with a checkpoint of its chain signed now. */
    ProofBundle aggregate(AuditedKind kind, String aggregateId, String reader) {
        List<IndexedEvent> rows = index.ofAggregate(aggregateId);
        if (rows.isEmpty() || !kind.aggregateType.equals(rows.getFirst().event().aggregateType())) {
            throw new ResourceNotFoundException(kind.notFound, kind.resource, aggregateId);
        }
        refuseSealed(reader, Map.of(aggregateId, kind.aggregateType));
        String scope = AuditProof.aggregateScope(kind.aggregateType, aggregateId);
        List<ProofBundle.Event> events = rows.stream()
                .map(row -> ProofBundle.Event.of(row.event().sequenceNumber(), row, row.aggregateChain()))
                .toList();
        IndexedEvent last = rows.getLast();
        Checkpoint checkpoint = checkpoints.sign(scope, last.event().sequenceNumber(), last.globalPosition(),
                last.aggregateChain());
        return new ProofBundle(AuditProof.BUNDLE_FORMAT, scope, checkpoints.publicKey(),
                new ProofBundle.Anchor(-1, AuditProof.GENESIS), events, List.of(checkpoint),
                verification.verifyAggregate(kind, aggregateId));
    }

    /**
     * A bundle holds every payload verbatim (its digests depend on them), so it cannot leave out what a read
     * model keeps from the reader for now: it is refused instead.
     */
    private void refuseSealed(String reader, Map<String, String> aggregates) {
        if (!states.sealedFrom(reader, aggregates).isEmpty()) {
            throw Refusal.forbidden(AuditRuleCodes.PROOF_SEALED,
                    "The proof holds other panel members' score sheets, kept from you until yours are all in");
        }
    }
}
