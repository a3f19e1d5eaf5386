package com.outsourcingledger.query.audit.verification;

import com.outsourcingledger.platform.eventlog.StoreReader;
import com.outsourcingledger.platform.problem.ResourceNotFoundException;
import com.outsourcingledger.query.audit.AuditedKind;
import com.outsourcingledger.query.audit.chain.AuditProof;
import com.outsourcingledger.query.audit.chain.Checkpoint;
import com.outsourcingledger.query.audit.chain.IndexedEvent;
import com.outsourcingledger.query.audit.chain.StoredEvent;
import com.outsourcingledger.query.audit.chain.VerificationReport;
import com.outsourcingledger.query.audit.chain.VerificationReport.Divergence;
import com.outsourcingledger.query.audit.index.AuditIndex;
import com.outsourcingledger.query.audit.index.Checkpoints;
import com.outsourcingledger.query.audit.index.ReceivedPositions;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Recomputes the chains from the event store itself, read through Axon's {@link EventStore} API (so the
 * JDBC store and Axon Server alike), and compares them with what the audit index recorded when each event
 * was first seen and with the signed checkpoints. The first divergent event is reported.
 */
@Component
class Verification {

    private static final int BATCH = 500;

    private final EventStore eventStore;
    private final StoreReader storeReader;
    private final AuditIndex index;
    private final Checkpoints checkpoints;
    private final Serializer serializer;
    private final Clock clock;

    Verification(EventStore eventStore, StoreReader storeReader, AuditIndex index, Checkpoints checkpoints,
                 @Qualifier("eventSerializer") Serializer serializer, Clock clock) {
        this.eventStore = eventStore;
        this.storeReader = storeReader;
        this.index = index;
        this.checkpoints = checkpoints;
        this.serializer = serializer;
        this.clock = clock;
    }

    /**
     * Checks the rows recorded when it starts against the store as read after that: what the index had received
     * then had committed before the store is read, so every such event is there to be found. An event of the store
     * the index has not received yet is pending, not tampering.
     */
    VerificationReport verifyLog() {
        Map<Long, Checkpoint> kept = new TreeMap<>();
        checkpoints.between(0, Long.MAX_VALUE).forEach(c -> kept.put(c.index(), c));
        ReceivedPositions received = index.received();
        long recordedHead = index.head().map(IndexedEvent::chainIndex).orElse(0L);
        TreeMap<Long, StoredEvent> readAhead = new TreeMap<>();
        String chain = AuditProof.GENESIS;
        long checked = 0;
        long checkpointsChecked = 0;
        IndexedEvent last = null;
        try (Stream<? extends TrackedEventMessage<?>> log = storeReader.wholeLog()) {
            Iterator<? extends TrackedEventMessage<?>> store = log.iterator();
            ReceivedPositions read = ReceivedPositions.NOTHING;
            for (List<IndexedEvent> batch = index.chainAfter(0, BATCH); !batch.isEmpty() && checked < recordedHead;
                 batch = index.chainAfter(batch.getLast().chainIndex(), BATCH)) {
                for (IndexedEvent row : batch) {
                    if (row.chainIndex() > recordedHead) {
                        break;
                    }
                    while (read.head() < row.globalPosition() && store.hasNext()) {
                        TrackedEventMessage<?> message = store.next();
                        ReceivedPositions before = read;
                        read = ReceivedPositions.of(message.trackingToken());
                        readAhead.put(before.positionOf(read), StoredEvent.of(message, serializer));
                    }
                    Divergence divergence = compare(row, readAhead.remove(row.globalPosition()));
                    String expected = AuditProof.logLink(chain, row.globalPosition(), row.eventDigest());
                    if (divergence == null && !expected.equals(row.logChain())) {
                        divergence = Divergence.of("INDEX_ALTERED", row, List.of("logChain"),
                                "the recorded log chain is " + row.logChain() + ", recomputed " + expected);
                    }
                    Checkpoint checkpoint = kept.remove(row.chainIndex());
                    if (divergence == null && checkpoint != null) {
                        checkpointsChecked++;
                        divergence = checkCheckpoint(checkpoint, row, expected);
                    }
                    if (divergence != null) {
                        return report(AuditProof.LOG_SCOPE, checked, checkpointsChecked, 0, last, divergence);
                    }
                    chain = expected;
                    last = row;
                    checked++;
                }
            }
            Unrecorded unrecorded = new Unrecorded(received);
            readAhead.forEach(unrecorded::add);
            while (store.hasNext()) {
                TrackedEventMessage<?> message = store.next();
                ReceivedPositions before = read;
                read = ReceivedPositions.of(message.trackingToken());
                unrecorded.add(before.positionOf(read), StoredEvent.of(message, serializer));
            }
            Divergence trailing = unrecorded.first != null ? unrecorded.first : beyondTheIndex(kept);
            return report(AuditProof.LOG_SCOPE, checked, checkpointsChecked, unrecorded.pending, last, trailing);
        }
    }

    /**
     * Stored events without a row: pending while the index has not received them, UNEXPECTED once it has (it
     * records everything it receives, so the event was put into the store afterwards).
     */
    private static final class Unrecorded {
        private final ReceivedPositions received;
        private Divergence first;
        private long pending;

        Unrecorded(ReceivedPositions received) {
            this.received = received;
        }

        void add(long position, StoredEvent e) {
            if (!received.covers(position)) {
                pending++;
            } else if (first == null || first.globalPosition() > position) {
                first = new Divergence("UNEXPECTED", null, position, e.eventId(), e.aggregateType(), e.aggregateId(),
                        e.sequenceNumber(), List.of(), "the store holds an event at position " + position
                        + " that was never recorded");
            }
        }
    }

    VerificationReport verifyAggregate(AuditedKind kind, String aggregateId) {
        List<IndexedEvent> rows = index.ofAggregate(aggregateId);
        if (rows.isEmpty() || !kind.aggregateType.equals(rows.getFirst().event().aggregateType())) {
            throw new ResourceNotFoundException(kind.notFound, kind.resource, aggregateId);
        }
        TreeMap<Long, StoredEvent> store = new TreeMap<>();
        DomainEventStream stream = eventStore.readEvents(aggregateId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            store.put(message.getSequenceNumber(), StoredEvent.of(message, serializer));
        }
        String scope = AuditProof.aggregateScope(kind.aggregateType, aggregateId);
        String chain = AuditProof.GENESIS;
        IndexedEvent last = null;
        long checked = 0;
        for (IndexedEvent row : rows) {
            Divergence divergence = compare(row, store.remove(row.event().sequenceNumber()));
            String expected = AuditProof.aggregateLink(chain, row.eventDigest());
            if (divergence == null && !expected.equals(row.aggregateChain())) {
                divergence = Divergence.of("INDEX_ALTERED", row, List.of("aggregateChain"),
                        "the recorded aggregate chain is " + row.aggregateChain() + ", recomputed " + expected);
            }
            if (divergence != null) {
                return report(scope, checked, 0, 0, divergence, last == null ? null : last.event().sequenceNumber(),
                        last == null ? null : last.aggregateChain());
            }
            chain = expected;
            last = row;
            checked++;
        }
        long lastSequence = last.event().sequenceNumber();
        Divergence unexpected = store.headMap(lastSequence, false).values().stream().findFirst()
                .map(e -> new Divergence("UNEXPECTED", null, null, e.eventId(), e.aggregateType(), e.aggregateId(),
                        e.sequenceNumber(), List.of(), "the store holds an event at sequence " + e.sequenceNumber()
                        + " that was never recorded"))
                .orElse(null);
        return report(scope, checked, 0, store.tailMap(lastSequence, false).size(), unexpected, lastSequence, chain);
    }

    /** Compares what the store holds at a recorded event's place with what was recorded there. */
    private static Divergence compare(IndexedEvent row, StoredEvent stored) {
        if (stored == null) {
            return Divergence.of("MISSING", row, List.of(), "the event store no longer holds this event");
        }
        if (!stored.eventId().equals(row.event().eventId())) {
            return Divergence.of("MOVED", row, List.of("eventId"), "its place in the store holds event "
                    + stored.eventId() + " instead");
        }
        if (!stored.digest().equals(row.eventDigest())) {
            return Divergence.of("ALTERED", row, row.event().differences(stored), "the stored event hashes to "
                    + stored.digest() + ", recorded " + row.eventDigest());
        }
        if (!row.event().digest().equals(row.eventDigest())) {
            return Divergence.of("INDEX_ALTERED", row, List.of("eventDigest"),
                    "the audit index's copy of the event no longer matches its recorded digest");
        }
        return null;
    }

    private Divergence checkCheckpoint(Checkpoint checkpoint, IndexedEvent row, String chain) {
        if (!checkpoints.signedByUs(checkpoint)) {
            return Divergence.of("CHECKPOINT_MISMATCH", row, List.of("signature"),
                    "the checkpoint at index " + checkpoint.index() + " is not signed by the audit key");
        }
        if (!checkpoint.chainHash().equals(chain) || checkpoint.position() != row.globalPosition()) {
            return Divergence.of("CHECKPOINT_MISMATCH", row, List.of("chainHash"), "the checkpoint signed at "
                    + checkpoint.signedAt() + " says " + checkpoint.chainHash() + ", the chain is " + chain);
        }
        return null;
    }

    /** A kept checkpoint beyond the last recorded event: recorded events were removed. */
    private static Divergence beyondTheIndex(Map<Long, Checkpoint> unmatched) {
        return unmatched.values().stream().findFirst()
                .map(c -> new Divergence("CHECKPOINT_MISMATCH", c.index(), c.position(), null, null, null, null,
                        List.of("chainIndex"), "a checkpoint was signed at index " + c.index()
                        + " but the audit index ends before it: recorded events were removed"))
                .orElse(null);
    }

    private VerificationReport report(String scope, long checked, long checkpointsChecked, long pending,
                                      IndexedEvent last, Divergence divergence) {
        return report(scope, checked, checkpointsChecked, pending, divergence,
                last == null ? null : last.chainIndex(), last == null ? null : last.logChain());
    }

    private VerificationReport report(String scope, long checked, long checkpointsChecked, long pending,
                                      Divergence divergence, Long headIndex, String headChainHash) {
        return new VerificationReport(scope, divergence == null ? VerificationReport.INTACT : VerificationReport.TAMPERED,
                clock.instant(), checked, checkpointsChecked, pending, headIndex, headChainHash, divergence);
    }
}
