package com.outsourcingledger.api.specialaudit;

import com.outsourcingledger.api.organization.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * The annual special audit of outsourcing (专项审计, §14), run by AUDIT with HR. The acting user and department travel
 * as metadata.
 */
public sealed interface SpecialAuditCommand {

    String auditId();

    /** AUDIT: the period examined and the scope ({@code vendorIds} empty for all outsourcing). */
    record OpenSpecialAudit(@TargetAggregateIdentifier String auditId, LocalDate periodFrom, LocalDate periodTo,
                            List<String> vendorIds, String scope) implements SpecialAuditCommand {
    }

    /** HR joins the audit it runs with AUDIT. */
    record JoinSpecialAudit(@TargetAggregateIdentifier String auditId) implements SpecialAuditCommand {
    }

    /**
     * AUDIT or HR asks for the checklist; the command side answers every {@link AuditControl} from the stored events
     * and records them with {@link RecordAuditChecklist}. Never typed in.
     */
    record GenerateAuditChecklist(@TargetAggregateIdentifier String auditId) implements SpecialAuditCommand {
    }

    /** Sent only by the checklist generator with what it computed; not an HTTP command. */
    record RecordAuditChecklist(@TargetAggregateIdentifier String auditId, List<ControlAnswer> answers,
                                long eventsExamined) implements SpecialAuditCommand {
    }

    /**
     * AUDIT or HR. {@code control} null for a finding outside the checklist. A finding naming a {@code contractId}
     * opens a rectification notice on it (trigger SPECIAL_AUDIT), else {@code owner} takes a corrective action.
     */
    record RecordAuditFinding(@TargetAggregateIdentifier String auditId, String findingId, AuditControl control,
                              FindingSeverity severity, String description, List<String> evidenceEventIds,
                              Department owner, LocalDate dueOn, String contractId)
            implements SpecialAuditCommand {
    }

    /** AUDIT, on the corrective action done; sent by the process when the finding's rectification is verified. */
    record ResolveAuditFinding(@TargetAggregateIdentifier String auditId, String findingId, String resolution)
            implements SpecialAuditCommand {
    }

    /** MANAGEMENT accepts an open finding. */
    record AcceptAuditFinding(@TargetAggregateIdentifier String auditId, String findingId, String reason)
            implements SpecialAuditCommand {
    }

    /** AUDIT and HR each sign the closing report; the second signature closes it, when no finding is open. */
    record SignSpecialAuditReport(@TargetAggregateIdentifier String auditId, String conclusion)
            implements SpecialAuditCommand {
    }
}
