package com.outsourcingledger.platform.problem;

import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.RequestRuleCodes;
import com.outsourcingledger.api.refusal.RuleViolation;
import com.outsourcingledger.api.wire.AggregateKind;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;

import java.util.Arrays;
import java.util.Optional;

/**
 * Turns a refused command into a {@link CommandExecutionException} whose details survive the trip back to
 * the sender, whether the command bus is local or Axon Server.
 */
public final class CommandFailureTranslator implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (Refusal e) {
            throw new CommandExecutionException(e.getMessage(), e, e.toRuleViolation());
        } catch (AggregateNotFoundException e) {
            RuleViolation notFound = new RuleViolation(RequestRuleCodes.RESOURCE_NOT_FOUND, Refusal.Kind.NOT_FOUND,
                    "No " + resourceOf(unitOfWork.getMessage().getPayloadType()) + " with id "
                            + e.getAggregateIdentifier());
            throw new CommandExecutionException(notFound.detail(), null, notFound);
        }
    }

    /** The resource a command family acts on, by its public name: {@code SourcingCommand.X} acts on a sourcing. */
    static String resourceOf(Class<?> command) {
        return Arrays.stream(command.getInterfaces())
                .map(family -> family.getSimpleName().replaceFirst("Command$", ""))
                .map(AggregateKind::ofAggregateType)
                .flatMap(Optional::stream)
                .map(AggregateKind::resource)
                .findFirst()
                .orElse("resource");
    }
}
