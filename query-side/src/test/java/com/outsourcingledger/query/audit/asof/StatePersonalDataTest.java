package com.outsourcingledger.query.audit.asof;

import com.outsourcingledger.api.privacy.PersonalData;
import com.outsourcingledger.api.privacy.SealedPersonalData;
import com.outsourcingledger.api.worker.WorkerEvent.WorkerFilingSubmitted;
import com.outsourcingledger.api.worker.WorkerEvent.WorkerPersonalDataErased;
import com.outsourcingledger.api.worker.WorkerProofs;
import com.outsourcingledger.query.audit.AuditedKind;
import com.outsourcingledger.query.privacy.PersonalDataForTests;
import com.outsourcingledger.query.privacy.PersonalDataRendering;
import com.outsourcingledger.query.readmodel.ViewFold;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The state as of an instant and the diff show a view's sealed personal data as every response does: opened, or
 * erased once the key is gone, at every instant. A stand-in fold under the Vendor kind keeps a worker card, so that
 * this needs no worker read model.
 */
class StatePersonalDataTest {

    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");
    private static final PersonalData ZHANG = new PersonalData("张伟", "110101199003078515", "+86 138 0013 8000");
    private static final PersonalDataRendering RENDERING = PersonalDataForTests.RENDERING;
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final StateHistory states = new StateHistory(store, List.of(new CardFold()),
            Clock.fixed(T0, ZoneOffset.UTC), RENDERING);

    record Card(String workerId, SealedPersonalData personalData, boolean erasureRecorded) {
    }

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void theStateAndTheDiffShowPersonalDataOpenedThenErasedAtEveryInstant() {
        String worker = "w-" + UUID.randomUUID();
        SealedPersonalData sealed = PersonalDataForTests.VAULT.seal(worker, ZHANG);
        publish(worker, 0, new WorkerFilingSubmitted(worker, "c-1", "v-1", sealed,
                new WorkerProofs("LC-1", "SI-1", "2026-11", "CP-1")));

        JsonNode before = shown(states.asOf(AuditedKind.VENDORS, worker, T0.plusSeconds(60), "audit"));
        assertThat(before.path("state").path("personalData").path("name").asString()).isEqualTo("张伟");
        assertThat(states.diff(AuditedKind.VENDORS, worker, T0.minusSeconds(60), T0.plusSeconds(60), "audit").changes())
                .filteredOn(change -> change.path().equals("personalData.idNumber")).singleElement()
                .satisfies(change -> assertThat(change.after().asString()).isEqualTo("110101199003078515"));

        PersonalDataForTests.VAULT.erase(worker);
        publish(worker, 1, new WorkerPersonalDataErased(worker, "retention over"));

        JsonNode asOfThen = shown(states.asOf(AuditedKind.VENDORS, worker, T0.plusSeconds(60), "audit"));
        StateChange.Diff diff = states.diff(AuditedKind.VENDORS, worker, T0.minusSeconds(60), T0.plusSeconds(7200),
                "audit");
        assertThat(asOfThen.path("state").path("personalData").path("erased").asBoolean()).isTrue();
        assertThat(asOfThen.toString()).doesNotContain("张伟", sealed.ciphertext());
        assertThat(diff.changes()).extracting(StateChange::path)
                .contains("personalData.erased", "erasureRecorded").doesNotContain("personalData.name");
        assertThat(RENDERING.outwardMapper().writeValueAsString(diff)).doesNotContain("张伟", sealed.ciphertext());
    }

    /** As a response writes it: the HTTP mapper carries the same module as the outward mapper. */
    private static JsonNode shown(StateChange.AsOf asOf) {
        return RENDERING.outwardMapper().valueToTree(asOf);
    }

    private void publish(String worker, long sequence, Object event) {
        store.publish(new GenericDomainEventMessage<>("Vendor", worker, sequence, event, MetaData.emptyInstance(),
                UUID.randomUUID().toString(), T0.plusSeconds(3600 * sequence)));
    }

    private static final class CardFold implements ViewFold<Card> {

        @Override
        public String aggregateType() {
            return "Vendor";
        }

        @Override
        public Class<Card> viewType() {
            return Card.class;
        }

        @Override
        public Card evolve(Card current, Object event, Step step) {
            return switch (event) {
                case WorkerFilingSubmitted e -> new Card(e.workerId(), e.personalData(), false);
                case WorkerPersonalDataErased e -> new Card(current.workerId(), current.personalData(), true);
                default -> current;
            };
        }
    }
}
