package com.outsourcingledger.platform.web;

import com.outsourcingledger.api.wire.MetadataKeys;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class IdempotentCreationTest {

    private static final IllegalStateException CONFLICT = new IllegalStateException("stream exists");

    @Test
    void takesTheIdTheBodyNames() {
        assertThat(IdempotentCreation.id("vendor:", "vendor-1", "key-1")).isEqualTo("vendor-1");
    }

    @Test
    void derivesTheSameIdFromTheSameKeyForOneKindOfAggregate() {
        String id = IdempotentCreation.id("vendor:", null, "key-1");

        assertThat(id).isEqualTo(UUID.nameUUIDFromBytes("vendor:key-1".getBytes(StandardCharsets.UTF_8)).toString())
                .isEqualTo(IdempotentCreation.id("vendor:", " ", "key-1"))
                .isNotEqualTo(IdempotentCreation.id("project:", null, "key-1"));
    }

    @Test
    void derivesAnotherIdFromTheSameKeyForAnotherUser() {
        String hrs = as("hr", () -> IdempotentCreation.id("vendor:", null, "key-1"));
        String procurements = as("procurement", () -> IdempotentCreation.id("vendor:", null, "key-1"));

        assertThat(hrs).isNotEqualTo(procurements)
                .isEqualTo(as("hr", () -> IdempotentCreation.id("vendor:", null, "key-1")))
                .isNotEqualTo(IdempotentCreation.id("vendor:", null, "key-1"));
    }

    @AfterEach
    void forgetTheUser() {
        SecurityContextHolder.clearContext();
    }

    private static <T> T as(String user, java.util.function.Supplier<T> id) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user, "n/a", AuthorityUtils.createAuthorityList("ROLE_HR")));
        try {
            return id.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void givesAFreshIdWhenNeitherBodyNorKeyNamesOne() {
        assertThat(IdempotentCreation.id("vendor:", null, null)).isNotEqualTo(IdempotentCreation.id("vendor:", "", " "));
    }

    @Test
    void answersARepeatedRequestAsItsFirstSuccess() {
        EventStore events = createdBy("hr");
        assertThatCode(() -> as("hr", () -> send(events, true))).doesNotThrowAnyException();
    }

    @Test
    void passesOnAFailureWhenTheRequestWasNotMadeBefore() {
        EventStore events = createdBy("hr");
        assertThatThrownBy(() -> as("hr", () -> send(events, false))).isSameAs(CONFLICT);
    }

    @Test
    void passesOnAFailureWhenAnotherUserMadeTheFirstRequest() {
        EventStore events = createdBy("hr");
        assertThatThrownBy(() -> as("procurement", () -> send(events, true))).isSameAs(CONFLICT);
    }

    private static boolean send(EventStore events, boolean madeBefore) {
        IdempotentCreation.send(refusing(), events, "a-1", "create", () -> madeBefore);
        return true;
    }

    private static EventStore createdBy(String user) {
        EventStore events = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        events.publish(new GenericDomainEventMessage<>("Thing", "a-1", 0, "created",
                MetaData.with(MetadataKeys.USER, user)));
        return events;
    }

    private static CommandGateway refusing() {
        CommandGateway commands = mock(CommandGateway.class);
        when(commands.sendAndWait(any())).thenThrow(CONFLICT);
        return commands;
    }
}
