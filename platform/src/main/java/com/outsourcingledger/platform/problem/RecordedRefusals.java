package com.outsourcingledger.platform.problem;

import com.outsourcingledger.api.refusal.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;

/**
 * A refusal that is also a business fact to keep: the caller is refused, and the refused attempt stays on record
 * (an induction on company-level topics, §12, is evidence of the company training an outsourced worker). A thrown
 * {@code Refusal} rolls the unit of work back, and every event applied before it with it. So such a command handler
 * applies the event that records the attempt and then <em>returns</em> the refusal's {@link RuleViolation} as its
 * result: the unit of work commits. The bus that handles commands on this node ({@link ConflictTranslatingCommandBus},
 * after the commit) turns that result into the very failure {@link CommandFailureTranslator} makes of a thrown
 * refusal, a {@link CommandExecutionException} carrying the violation, so the sender answers with the same problem
 * details (rule and status) on either bus, and no controller needs to know which kind of refusal it met.
 */
public final class RecordedRefusals {

    private RecordedRefusals() {
    }

    /** A successful result whose payload is a {@link RuleViolation} becomes that refusal; any other stays as it is. */
    static <R> CommandResultMessage<R> asFailure(CommandResultMessage<R> result) {
        if (!result.isExceptional() && result.getPayload() instanceof RuleViolation violation) {
            return GenericCommandResultMessage.asCommandResultMessage(
                    new CommandExecutionException(violation.detail(), null, violation));
        }
        return result;
    }
}
