package com.outsourcingledger.api.worker;

import com.outsourcingledger.api.privacy.SealedPersonalData;
import com.outsourcingledger.api.wire.AddedLater;

import java.time.LocalDate;
import java.util.List;

/**
 * What happened to one outsourced worker of one contract (§12). Personal data appears only sealed. Stored type
 * names are forever: evolve with {@code @Revision} and upcasters or {@code @AddedLater}, never by moving or renaming.
 */
public sealed interface WorkerEvent {

    String workerId();

    /** The vendor's filing, waiting for HR (PROPOSED). */
    record WorkerFilingSubmitted(String workerId, String contractId, String vendorId,
                                 SealedPersonalData personalData, WorkerProofs proofs) implements WorkerEvent {
    }

    record WorkerFilingResubmitted(String workerId, WorkerProofs proofs) implements WorkerEvent {
    }

    /** HR verified the filing: the worker is FILED, the first state in which anything may be given to them. */
    record WorkerFiled(String workerId, String contractId, String vendorId, WorkerProofs proofs, String notes)
            implements WorkerEvent {
    }

    record WorkerFilingRejected(String workerId, String reasons) implements WorkerEvent {
    }

    record WorkerInducted(String workerId, LocalDate inductedOn, List<InductionTopic> topics) implements WorkerEvent {
    }

    /** A distinct badge number and email suffix: the worker is ACTIVE. */
    record WorkerBadgeIssued(String workerId, String badgeNumber, String emailSuffix) implements WorkerEvent {
    }

    record AccessRequested(String workerId, String grantId, AccessResourceType resourceType, String resource,
                           String scope, String justification) implements WorkerEvent {
    }

    record AccessGranted(String workerId, String contractId, String grantId, AccessResourceType resourceType,
                         String resource, String scope) implements WorkerEvent {
    }

    record AccessRequestRejected(String workerId, String grantId, String reasons) implements WorkerEvent {
    }

    record AccessChanged(String workerId, String grantId, String scope, String justification) implements WorkerEvent {
    }

    /** {@code late}: revoked after the last service day, a violation on record rather than a refusal. */
    /** {@code incidentId}: the information leak the access was revoked for, else null. */
    record AccessRevoked(String workerId, String grantId, LocalDate revokedOn, LocalDate lastServiceDay,
                         boolean late, String notes, @AddedLater String incidentId) implements WorkerEvent {

        public AccessRevoked(String workerId, String grantId, LocalDate revokedOn, LocalDate lastServiceDay,
                             boolean late, String notes) {
            this(workerId, grantId, revokedOn, lastServiceDay, late, notes, null);
        }
    }

    record AssetIssued(String workerId, String assetId, String description) implements WorkerEvent {
    }

    record AssetReturned(String workerId, String assetId, LocalDate returnedOn, LocalDate lastServiceDay,
                         boolean late) implements WorkerEvent {
    }

    record WorkerWithdrawn(String workerId, String reason) implements WorkerEvent {
    }

    record WorkerOffboardingStarted(String workerId, String contractId, LocalDate lastServiceDay, String reason)
            implements WorkerEvent {
    }

    /** Raised by the durable deadline at the end of the last service day for what the worker still holds. */
    record AccessRevocationOverdue(String workerId, String contractId, LocalDate lastServiceDay,
                                   List<String> grantIds, List<String> assetIds) implements WorkerEvent {
    }

    /** Nothing is held any more: every grant revoked and every asset returned. */
    record WorkerExited(String workerId, String contractId, LocalDate exitedOn, boolean late) implements WorkerEvent {
    }

    /** The worker's key was destroyed: every sealed copy of the personal data now reads as erased. */
    record WorkerPersonalDataErased(String workerId, String reason) implements WorkerEvent {
    }

    /** An induction asked for with topics outside the allowed three: refused, and kept on record as asked. */
    record WorkerInductionRefused(String workerId, String contractId, String vendorId,
                                  List<InductionTopic> requestedTopics, List<InductionTopic> disallowedTopics)
            implements WorkerEvent {
    }

    record WorkerSocialInsuranceProofRenewed(String workerId, String contractId, String reference, String month)
            implements WorkerEvent {
    }

    /**
     * Raised by a durable deadline: the worker's latest social-insurance proof covers {@code lastCoveredMonth},
     * older than the policy's {@code graceMonths} allow, while the worker still serves.
     */
    record SocialInsuranceProofLapsed(String workerId, String contractId, String vendorId, String lastCoveredMonth,
                                      LocalDate lapsedOn, int graceMonths) implements WorkerEvent {
    }
}
