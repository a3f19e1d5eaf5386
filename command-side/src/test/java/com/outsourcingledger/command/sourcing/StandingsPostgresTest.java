package com.outsourcingledger.command.sourcing;

import com.outsourcingledger.api.project.ProjectEvent;
import com.outsourcingledger.api.project.ProjectEvent.ProjectSourcingStarted;
import com.outsourcingledger.api.project.ProjectStatus;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.platform.testing.PostgresForTests;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import static com.outsourcingledger.command.sourcing.SourcingSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sourcing's project claims on PostgreSQL, and the project read from its stream. */
class StandingsPostgresTest {

    private static DataSource dataSource;
    private EmbeddedEventStore eventStore;
    private EventStoreProjectStandings projects;

    @BeforeAll
    static void migratedDatabase() {
        dataSource = PostgresForTests.migratedDataSource("command-side");
    }

    @BeforeEach
    void setUp() {
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        projects = new EventStoreProjectStandings(eventStore, dataSource);
    }

    @Test
    void readsTheProjectsStatusAuthorsAndScopeFromItsOwnStream() {
        ProjectEvent[] history = establishedProject();
        for (int i = 0; i < history.length; i++) {
            eventStore.publish(new GenericDomainEventMessage<>("Project", PROJECT_ID, i, history[i]));
        }
        ProjectStanding standing = projects.find(PROJECT_ID).orElseThrow();
        assertThat(standing.status()).isEqualTo(ProjectStatus.ESTABLISHED);
        assertThat(standing.authors()).containsExactly("business");
        assertThat(standing.scope()).isEqualTo(scope());

        eventStore.publish(new GenericDomainEventMessage<>("Project", PROJECT_ID, history.length,
                new ProjectSourcingStarted(PROJECT_ID, SOURCING_ID)));
        assertThat(projects.find(PROJECT_ID).orElseThrow().status()).isEqualTo(ProjectStatus.SOURCING);
        assertThat(projects.find("project-9")).isEmpty();
    }

    @Test
    void claimsAProjectForOneSourcingOnly() {
        projects.claim("project-claimed", "s1", null);
        projects.claim("project-claimed", "s1", null);
        assertThatThrownBy(() -> projects.claim("project-claimed", "s2", null))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.rule()).isEqualTo("sourcing.open.project-already-sourcing"));
    }

    @Test
    void aNewRoundTakesTheClaimOverFromTheCancelledOneOnlyOnce() {
        projects.claim("project-rounds", "s1", null);
        projects.claim("project-rounds", "s2", "s1");
        projects.claim("project-rounds", "s2", "s1");
        assertThatThrownBy(() -> projects.claim("project-rounds", "s3", "s1"))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.rule()).isEqualTo("sourcing.open.project-already-sourcing"));
    }
}
