package com.outsourcingledger.platform.web;

import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.platform.security.Actor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.EventMessage;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * A creation that a client may safely retry. The new aggregate's id is the one the body names, else the one the
 * Idempotency-Key header names (the same key from the same user always gives the same id; another user's same key
 * another id, so nobody is answered with someone else's creation), else a fresh one. A send that fails is a
 * repeat, answered as the first success was, when the stored state shows this very request already made: that is
 * decided from what is stored, whatever the failure says, because a stream conflict reaches the sender as a
 * different exception on each store (Axon Server's is a bare status). Each feature says what "this very request"
 * means for it; here it is also always the same user's, so another user repeating a body that names an id gets
 * the failure, never the first user's creation.
 */
public final class IdempotentCreation {

    private IdempotentCreation() {
    }

    /** {@code prefix} keeps one key from naming two kinds of aggregate, say {@code "vendor:"}. */
    public static String id(String prefix, String supplied, String idempotencyKey) {
        if (supplied != null && !supplied.isBlank()) {
            return supplied;
        }
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            String scope = Actor.current().map(actor -> actor.user().length() + ":" + actor.user() + ":").orElse("");
            return UUID.nameUUIDFromBytes((prefix + scope + idempotencyKey).getBytes(StandardCharsets.UTF_8))
                    .toString();
        }
        return UUID.randomUUID().toString();
    }

    public static void send(CommandGateway commands, EventStore events, String aggregateId, Object creation,
                            BooleanSupplier madeBefore) {
        try {
            commands.sendAndWait(creation);
        } catch (RuntimeException failure) {
            if (!madeBefore.getAsBoolean() || !madeByCaller(events, aggregateId)) {
                throw failure;
            }
        }
    }

    private static boolean madeByCaller(EventStore events, String aggregateId) {
        Optional<String> caller = Actor.current().map(Actor::user);
        return events.readEvents(aggregateId).asStream().findFirst()
                .map(first -> first.getMetaData().get(MetadataKeys.USER))
                .filter(user -> caller.filter(user::equals).isPresent())
                .isPresent();
    }

    /** The event that created the aggregate, for a feature that compares it with the request. */
    public static Optional<Object> firstEvent(EventStore events, String aggregateId) {
        return events.readEvents(aggregateId).asStream().findFirst().map(EventMessage::getPayload);
    }
}
