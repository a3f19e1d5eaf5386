package com.outsourcingledger.api.worker;

import com.outsourcingledger.api.privacy.PersonalData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Questions the worker read models answer, and their answers. Personal data is opened only in the answer: an
 * erased worker's reads as null with {@code personalDataErased} set.
 */
public sealed interface WorkerQuery {

    record FindWorker(String workerId) implements WorkerQuery {
    }

    /** The roster: workers by vendor, contract and status, any filter may be null; by contract, then worker id. */
    record FindWorkers(String vendorId, String contractId, WorkerStatus status, int page, int size)
            implements WorkerQuery {
    }

    /**
     * Workers still on a roster (neither rejected, withdrawn nor exited) who lack {@code gap}, or any of the gaps
     * when it is null; {@code vendorId} may be null.
     */
    record FindIncompleteWorkers(WorkerGap gap, String vendorId, int page, int size) implements WorkerQuery {
    }

    /**
     * Workers holding a grant not revoked or an asset not returned after their exit, withdrawal or last service
     * day ({@code AccessRevocationOverdue}): there must be none. {@code vendorId} may be null.
     */
    record FindExitedWithLiveAccess(String vendorId, int page, int size) implements WorkerQuery {
    }

    /** What a worker on a roster lacks: one of the filed proofs (or a lapsed one), a badge number, an email suffix. */
    enum WorkerGap {
        PROOFS, BADGE, EMAIL_SUFFIX
    }

    /** Where an access grant stands: requested, granted, rejected, revoked. */
    enum GrantState {
        REQUESTED, GRANTED, REJECTED, REVOKED
    }

    /** {@code late}: revoked after the last service day, a violation on record. */
    record WorkerGrantView(String grantId, AccessResourceType resourceType, String resource, String scope,
                           String justification, GrantState state, String requestedBy, String decidedBy,
                           String rejectionReasons, LocalDate revokedOn, boolean late, String notes) {
    }

    /** {@code late}: returned after the last service day. */
    record WorkerAssetView(String assetId, String description, String issuedBy, LocalDate returnedOn, boolean late) {
    }

    record WorkerInductionView(LocalDate inductedOn, List<InductionTopic> topics, String by) {
    }

    /**
     * One worker of one contract. {@code revocationOverdue}: the last service day ended with something still held
     * ({@code AccessRevocationOverdue}), a fact that stays; {@code liveAccessAfterExit}: something is held now
     * although the worker exited, was withdrawn or is past that day.
     */
    record WorkerDetail(String workerId, String contractId, String vendorId, WorkerStatus status,
                        PersonalData personalData, boolean personalDataErased, WorkerProofs proofs,
                        String submittedBy, String verifiedBy, String filingNotes, String rejectionReasons,
                        WorkerInductionView induction,
                        String badgeNumber, String emailSuffix, List<WorkerGrantView> grants,
                        List<WorkerAssetView> assets, List<WorkerGap> missing, LocalDate lastServiceDay,
                        String offboardingReason, String withdrawalReason, boolean revocationOverdue,
                        LocalDate exitedOn, boolean exitLate, boolean liveAccessAfterExit,
                        List<WorkerInductionRefusalView> refusedInductions, SocialInsuranceLapseView socialInsuranceLapse,
                        long sequence, Instant lastChangedAt) {
    }

    /** An induction asked for on company-level topics ({@code disallowedTopics}): refused, and kept as asked (§13). */
    record WorkerInductionRefusalView(List<InductionTopic> requestedTopics, List<InductionTopic> disallowedTopics,
                                      String by, Instant at) {
    }

    /**
     * The latest social-insurance proof covers {@code lastCoveredMonth}, more than {@code graceMonths} behind the
     * month: lapsed since {@code lapsedOn}, until the vendor renews it.
     */
    record SocialInsuranceLapseView(String lastCoveredMonth, LocalDate lapsedOn, int graceMonths) {
    }

    /** A roster line: the name only (null once erased), what is held and what is missing. */
    record WorkerSummary(String workerId, String contractId, String vendorId, WorkerStatus status, String name,
                         boolean personalDataErased, String badgeNumber, String emailSuffix, List<WorkerGap> missing,
                         int grantsHeld, int assetsHeld, LocalDate lastServiceDay, boolean revocationOverdue,
                         boolean liveAccessAfterExit, Instant lastChangedAt) {
    }

    record WorkerPage(List<WorkerSummary> items, int page, int size, long totalItems) {
    }
}
