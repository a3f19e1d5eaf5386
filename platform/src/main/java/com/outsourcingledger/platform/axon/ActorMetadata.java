package com.outsourcingledger.platform.axon;

import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.platform.security.Actor;
import com.outsourcingledger.platform.web.RequestIds;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Stamps every command sent on behalf of a user with who sent it, their department (a vendor user has none: its
 * vendor instead) and the request's correlation id. Commands that already carry them (sent by sagas or tests) keep theirs.
 */
final class ActorMetadata implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> added = new HashMap<>();
            Actor.current().ifPresent(actor -> {
                added.put(MetadataKeys.USER, actor.user());
                if (actor.department() != null) {
                    added.put(MetadataKeys.DEPARTMENT, actor.department().name());
                }
                if (actor.vendorId() != null) {
                    added.put(MetadataKeys.VENDOR, actor.vendorId());
                }
            });
            String requestId = RequestIds.current();
            if (requestId != null) {
                added.put(MetadataKeys.CORRELATION_ID, requestId);
            }
            added.keySet().removeAll(command.getMetaData().keySet());
            return added.isEmpty() ? command : command.andMetaData(added);
        };
    }
}
