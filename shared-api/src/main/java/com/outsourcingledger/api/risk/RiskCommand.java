package com.outsourcingledger.api.risk;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * The risk register (§14): a risk on a vendor, contract or project, assessed, responded to and reviewed by the
 * department that owns its category. The acting user and department travel as metadata.
 */
public sealed interface RiskCommand {

    String riskId();

    /** Any internal department. */
    record IdentifyRisk(@TargetAggregateIdentifier String riskId, RiskSubjectKind subjectKind, String subjectId,
                        RiskCategory category, String title, String description) implements RiskCommand {
    }

    /**
     * Sent by the suggestion process from the event {@code sourceEventId} (its identifier in the store); the risk's
     * id is derived from the source, so an event delivered twice suggests once.
     */
    record SuggestRisk(@TargetAggregateIdentifier String riskId, RiskSubjectKind subjectKind, String subjectId,
                       RiskCategory category, String title, String description, RiskSuggestionSource source,
                       String sourceEventId) implements RiskCommand {
    }

    /** The owner department: a suggestion that is not a risk. */
    record DismissRiskSuggestion(@TargetAggregateIdentifier String riskId, String reason) implements RiskCommand {
    }

    /** The owner department; {@code likelihood} and {@code impact} on 1–5. Also takes up a suggestion. */
    record AssessRisk(@TargetAggregateIdentifier String riskId, Integer likelihood, Integer impact, String rationale)
            implements RiskCommand {
    }

    /**
     * The owner department, after an assessment. {@code reviewBy} null means the policy's longest interval
     * (12 months); a later one is refused. ACCEPT only for a LOW risk.
     */
    record PlanRiskResponse(@TargetAggregateIdentifier String riskId, RiskResponseStrategy strategy, String controls,
                            LocalDate reviewBy) implements RiskCommand {
    }

    /** The owner department's periodic re-assessment: the level again, the response kept or changed, the next review. */
    record ReviewRisk(@TargetAggregateIdentifier String riskId, Integer likelihood, Integer impact,
                      RiskResponseStrategy strategy, String controls, LocalDate nextReviewBy, String notes)
            implements RiskCommand {
    }

    /** MANAGEMENT's direction on a HIGH risk escalated to it. */
    record AcknowledgeRiskEscalation(@TargetAggregateIdentifier String riskId, String direction)
            implements RiskCommand {
    }

    /** The owner department. */
    record CloseRisk(@TargetAggregateIdentifier String riskId, String reason) implements RiskCommand {
    }
}
