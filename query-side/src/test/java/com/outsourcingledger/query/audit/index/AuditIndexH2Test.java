package com.outsourcingledger.query.audit.index;

import com.outsourcingledger.api.vendor.VendorEvent;
import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.query.audit.AuditProperties;
import com.outsourcingledger.query.audit.AuditedLedger;
import com.outsourcingledger.query.audit.chain.AuditProof;
import com.outsourcingledger.query.audit.chain.Checkpoint;
import com.outsourcingledger.query.audit.chain.IndexedEvent;
import com.outsourcingledger.query.privacy.PersonalDataForTests;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.TreeSet;

import static com.outsourcingledger.query.audit.AuditedLedger.ALPHA;
import static com.outsourcingledger.query.audit.AuditedLedger.at;
import static org.assertj.core.api.Assertions.assertThat;

/** The audit index's SQL on H2 in PostgreSQL mode, the embedded default's database, fed by its handler. */
class AuditIndexH2Test {

    private DataSource dataSource;
    private AuditIndex index;
    private Checkpoints checkpoints;
    private AuditIndexProjection projection;

    @BeforeEach
    void migrate() throws Exception {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:audit-index;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/query-side").cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/query-side").load().migrate();
        String key = Base64.getEncoder().encodeToString(
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded());
        AuditProperties properties = new AuditProperties(key, null, 2);
        index = new AuditIndex(dataSource, PersonalDataForTests.RENDERING);
        checkpoints = new Checkpoints(dataSource, new CheckpointSigner(properties),
                Clock.system(ZoneId.of("Asia/Shanghai")));
        projection = new AuditIndexProjection(index, checkpoints, EventWireFormat.serializer(), properties);
    }

    @Test
    void indexesChainsAndAnswersHistoryAndTrailsOnH2() {
        for (int i = 0; i < ALPHA.size(); i++) {
            deliver(i, 10L + i);
        }
        deliver(1, 11L);

        List<IndexedEvent> chain = index.chainAfter(0, 100);
        assertThat(chain).extracting(IndexedEvent::globalPosition).containsExactly(10L, 11L, 12L, 13L, 14L);
        assertThat(chain.get(1).logChain()).isEqualTo(AuditProof.logLink(chain.get(0).logChain(), 11,
                chain.get(1).eventDigest()));
        assertThat(chain.get(1).aggregateChain()).isEqualTo(AuditProof.aggregateLink(chain.get(0).aggregateChain(),
                chain.get(1).eventDigest()));
        assertThat(index.history("v-alpha", 1, 2).items()).extracting(AuditedEvent::sequenceNumber).containsExactly(2L, 3L);
        assertThat(index.trail(new TrailFilter("req-3", null, null, null, null, null), 0, 10).items())
                .extracting(AuditedEvent::eventId).containsExactly("e-2", "e-3");
        assertThat(index.trail(new TrailFilter(null, null, null, "Vendor", at(1), at(3)), 0, 10).items())
                .extracting(AuditedEvent::type).containsExactly("QualificationAdded", "DueDiligenceStarted");
        assertThat(checkpoints.between(0, 100)).extracting(Checkpoint::index).containsExactly(2L, 4L);
        assertThat(checkpoints.between(0, 100)).allMatch(checkpoints::signedByUs);
    }

    @Test
    void recordsAnEventThatCommittedLateAtTheGapItFills() {
        deliver(0, new GapAwareTrackingToken(10, List.of()));
        deliver(1, new GapAwareTrackingToken(12, List.of(11L)));
        deliver(2, new GapAwareTrackingToken(12, List.of()));

        assertThat(index.chainAfter(0, 100)).extracting(IndexedEvent::globalPosition).containsExactly(10L, 12L, 11L);
        assertThat(index.received()).isEqualTo(new ReceivedPositions(12, new TreeSet<>()));
    }

    @Test
    void anIndexRecordedBeforeItsPositionsWereKeptTakesThemFromItsRows() {
        deliver(0, new GapAwareTrackingToken(10, List.of()));
        deliver(1, new GapAwareTrackingToken(12, List.of(11L)));
        JdbcClient.create(dataSource).sql("DELETE FROM audit_received_positions").update();

        deliver(2, new GapAwareTrackingToken(12, List.of()));

        assertThat(index.chainAfter(0, 100)).extracting(IndexedEvent::globalPosition).containsExactly(10L, 12L, 11L);
    }

    @Test
    void chainsEachAggregateOnItsLastEventWhetherOrNotItsFirstIsIndexed() {
        for (int i = 0; i < ALPHA.size(); i++) {
            deliver("v-alpha", i, i, 10L + 2 * i);
            if (i >= 2) {
                deliver("v-late", i, i, 11L + 2 * i);
            }
        }

        for (String aggregate : List.of("v-alpha", "v-late")) {
            List<IndexedEvent> events = index.chainAfter(0, 100).stream()
                    .filter(e -> e.event().aggregateId().equals(aggregate)).toList();
            for (int i = 1; i < events.size(); i++) {
                assertThat(events.get(i).aggregateChain()).as("%s, event %d", aggregate, i).isEqualTo(
                        AuditProof.aggregateLink(events.get(i - 1).aggregateChain(), events.get(i).eventDigest()));
            }
            assertThat(index.lastChainsOf(List.of(aggregate))).containsEntry(aggregate, events.getLast().aggregateChain());
        }
    }

    private void deliver(String aggregateId, int i, long sequence, long position) {
        VendorEvent event = ALPHA.get(i);
        projection.on(event, new GenericDomainEventMessage<>("Vendor", aggregateId, sequence, event,
                MetaData.with(MetadataKeys.USER, "hr"), aggregateId + "-e-" + i, at(i)),
                new GlobalSequenceTrackingToken(position - 1));
    }

    /** As Axon Server hands it out: a zero-based global index, which the index numbers from 1. */
    private void deliver(int i, long position) {
        deliver(i, new GlobalSequenceTrackingToken(position - 1));
    }

    private void deliver(int i, TrackingToken token) {
        VendorEvent event = ALPHA.get(i);
        MetaData metadata = MetaData.with(MetadataKeys.USER, AuditedLedger.USERS.get(i))
                .and(MetadataKeys.CORRELATION_ID, AuditedLedger.REQUESTS.get(i));
        projection.on(event, new GenericDomainEventMessage<>("Vendor", "v-alpha", i, event, metadata, "e-" + i, at(i)),
                token);
    }
}
