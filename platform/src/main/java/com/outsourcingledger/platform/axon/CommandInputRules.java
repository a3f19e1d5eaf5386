package com.outsourcingledger.platform.axon;

import com.outsourcingledger.api.input.InputCheck;
import com.outsourcingledger.api.input.InputCheck.Problem;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.RequestRuleCodes;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.List;

/**
 * Checks every command against the input rules where it is handled, before its aggregate is loaded: whatever sent
 * it (an HTTP request, a saga, a deadline, another node through Axon Server), no text with control characters,
 * unbounded number or date beyond the calendar reaches an aggregate or an event.
 */
public final class CommandInputRules implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        List<Problem> problems = InputCheck.problems(unitOfWork.getMessage().getPayload());
        if (!problems.isEmpty()) {
            throw Refusal.invalid(RequestRuleCodes.REQUEST_INVALID, "The command has invalid fields: " + problems);
        }
        return chain.proceed();
    }
}
