package com.outsourcingledger.api.refusal;

/**
 * The serializable form of a {@link Refusal}: what crosses a command bus (local or Axon Server) as the details of
 * a failed command, so the sender can answer with the rule, whichever node handled the command.
 */
public record RuleViolation(String rule, Refusal.Kind kind, String detail) {
}
