package com.outsourcingledger.api.worker;

import com.outsourcingledger.api.privacy.PersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything that can be asked of an outsourced worker of one contract. By omission there is no command to recruit,
 * interview, pay, schedule, discipline, reward, appraise, assign tasks to or move a worker: those are the vendor's
 * (the four no-directs of §12). The acting user, department and, for a vendor user, vendor travel as metadata.
 */
public sealed interface WorkerCommand {

    String workerId();

    /** The vendor user's filing; the personal data is sealed under the worker's own key before any event holds it. */
    record FileWorker(@TargetAggregateIdentifier String workerId, String contractId, PersonalData personalData,
                      WorkerProofs proofs) implements WorkerCommand {
    }

    record ResubmitWorkerFiling(@TargetAggregateIdentifier String workerId, WorkerProofs proofs)
            implements WorkerCommand {
    }

    record VerifyWorkerFiling(@TargetAggregateIdentifier String workerId, String notes) implements WorkerCommand {
    }

    record RejectWorkerFiling(@TargetAggregateIdentifier String workerId, String reasons) implements WorkerCommand {
    }

    record InductWorker(@TargetAggregateIdentifier String workerId, LocalDate inductedOn, List<InductionTopic> topics)
            implements WorkerCommand {
    }

    record IssueBadge(@TargetAggregateIdentifier String workerId, String badgeNumber, String emailSuffix)
            implements WorkerCommand {
    }

    record RequestAccess(@TargetAggregateIdentifier String workerId, String grantId, AccessResourceType resourceType,
                         String resource, String scope, String justification) implements WorkerCommand {
    }

    /** By BUSINESS or HR, never the requester. */
    record ApproveAccess(@TargetAggregateIdentifier String workerId, String grantId) implements WorkerCommand {
    }

    record RejectAccess(@TargetAggregateIdentifier String workerId, String grantId, String reasons)
            implements WorkerCommand {
    }

    record ChangeAccess(@TargetAggregateIdentifier String workerId, String grantId, String scope,
                        String justification) implements WorkerCommand {
    }

    record RevokeAccess(@TargetAggregateIdentifier String workerId, String grantId, LocalDate revokedOn, String notes)
            implements WorkerCommand {
    }

    record IssueAsset(@TargetAggregateIdentifier String workerId, String assetId, String description)
            implements WorkerCommand {
    }

    record ReturnAsset(@TargetAggregateIdentifier String workerId, String assetId, LocalDate returnedOn)
            implements WorkerCommand {
    }

    /** The vendor replaces a worker who has not exited. */
    record WithdrawWorker(@TargetAggregateIdentifier String workerId, String reason) implements WorkerCommand {
    }

    /** Sent by the contract's ending (or by BUSINESS for one worker): the last day the worker may serve. */
    record StartOffboarding(@TargetAggregateIdentifier String workerId, LocalDate lastServiceDay, String reason)
            implements WorkerCommand {
    }

    /** HR, with a reason: destroys the worker's key, so every copy of the personal data reads as erased. */
    record EraseWorkerPersonalData(@TargetAggregateIdentifier String workerId, String reason)
            implements WorkerCommand {
    }

    /** The vendor user: a newer social-insurance proof for the worker, covering {@code month} ({@code 2026-05}). */
    record RenewSocialInsuranceProof(@TargetAggregateIdentifier String workerId, String reference, String month)
            implements WorkerCommand {
    }

    /**
     * Sent by the incident process for each worker involved in an INFORMATION_LEAK: every live grant revoked on the
     * day, each revocation naming the incident.
     */
    record RevokeAccessForIncident(@TargetAggregateIdentifier String workerId, String incidentId, LocalDate revokedOn)
            implements WorkerCommand {
    }
}
