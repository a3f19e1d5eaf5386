package com.outsourcingledger.platform.problem;

import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.RequestRuleCodes;
import com.outsourcingledger.api.refusal.RuleViolation;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The bus that handles commands on this node (the local segment, under Axon Server too), with one change: a
 * command whose events could not be appended because another command appended first reports that as data, a
 * {@link CommandExecutionException} whose details are a {@link RuleViolation}. Such a conflict surfaces when the
 * unit of work commits, after every handler interceptor has returned, so {@link CommandFailureTranslator} cannot
 * see it; and over Axon Server only a failure's message and details reach the sender, whose cause chain would
 * otherwise say nothing. So the sender answers 409 the same way on both buses. It also reports a refusal a handler
 * kept on record, returned rather than thrown ({@link RecordedRefusals}), as that refusal.
 */
public final class ConflictTranslatingCommandBus implements CommandBus {

    static final String ALREADY_EXISTS = RequestRuleCodes.RESOURCE_ALREADY_EXISTS;
    static final String CONCURRENT_MODIFICATION = RequestRuleCodes.CONCURRENT_MODIFICATION;
    /** Axon Server's SequenceNumberCache: a stream's first event was appended again. */
    private static final Pattern SEQUENCE_ZERO = Pattern.compile("Invalid sequence number 0 for aggregate");

    private final CommandBus delegate;

    public ConflictTranslatingCommandBus(CommandBus delegate) {
        this.delegate = delegate;
    }

    @Override
    public <C> void dispatch(CommandMessage<C> command) {
        delegate.dispatch(command);
    }

    @Override
    public <C, R> void dispatch(CommandMessage<C> command, CommandCallback<? super C, ? super R> callback) {
        delegate.<C, R>dispatch(command, (message, result) -> callback.onResult(message, translate(result)));
    }

    @Override
    public Registration subscribe(String commandName, MessageHandler<? super CommandMessage<?>> handler) {
        return delegate.subscribe(commandName, handler);
    }

    @Override
    public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super CommandMessage<?>> interceptor) {
        return delegate.registerHandlerInterceptor(interceptor);
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super CommandMessage<?>> interceptor) {
        return delegate.registerDispatchInterceptor(interceptor);
    }

    public CommandBus delegate() {
        return delegate;
    }

    static <R> CommandResultMessage<R> translate(CommandResultMessage<R> result) {
        if (!result.isExceptional()) {
            return RecordedRefusals.asFailure(result);
        }
        Throwable failure = result.exceptionResult();
        if (failure instanceof CommandExecutionException execution && execution.getDetails().isPresent()) {
            return result;
        }
        return conflict(failure).<CommandResultMessage<R>>map(violation -> GenericCommandResultMessage
                        .asCommandResultMessage(new CommandExecutionException(violation.detail(), failure, violation)))
                .orElse(result);
    }

    /** The conflict a failure reports, when it reports one: a stream created twice, or appended to concurrently. */
    static Optional<RuleViolation> conflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof AggregateStreamCreationException || SEQUENCE_ZERO.matcher(message).find()) {
                return Optional.of(new RuleViolation(ALREADY_EXISTS, Refusal.Kind.CONFLICT,
                        "A resource with this id already exists; retry with the same id only to repeat the same request"));
            }
            if (cause instanceof ConcurrencyException || ProblemDetailsAdvice.isStreamConflict(cause)) {
                return Optional.of(new RuleViolation(CONCURRENT_MODIFICATION, Refusal.Kind.CONFLICT,
                        "The resource was changed by another request at the same time; reload it and retry"));
            }
        }
        return Optional.empty();
    }
}
