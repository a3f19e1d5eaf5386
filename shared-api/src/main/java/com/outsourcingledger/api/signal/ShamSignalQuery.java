package com.outsourcingledger.api.signal;

import com.outsourcingledger.api.contract.ShamRiskOccasion;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Questions the sham-outsourcing read models answer (§13), and their answers: the signals, a contract's risk level
 * and its history, and the open signals and risk levels by vendor and by contract. The client's own risk
 * assessment: no vendor user reads any of it.
 */
public sealed interface ShamSignalQuery {

    record FindShamSignal(String signalId) implements ShamSignalQuery {
    }

    /** Signals by contract, vendor, status and type, any filter may be null; newest raised first, then by id. */
    record FindShamSignals(String contractId, String vendorId, ShamSignalStatus status, ShamSignalType type, int page,
                           int size) implements ShamSignalQuery {
    }

    record FindContractShamRisk(String contractId) implements ShamSignalQuery {
    }

    /** The open signals and risk levels by vendor and by contract, at most {@link #LISTED} lines of each. */
    record FindShamSignalDashboard() implements ShamSignalQuery {

        public static final int LISTED = 200;
    }

    /** One event a signal was raised from, and the audit path of the events of the aggregate it belongs to. */
    record ShamSignalSourceView(String eventId, String aggregateType, String aggregateId, long sequenceNumber,
                                String eventName, String auditPath) {
    }

    /**
     * One signal. LEGAL's opinion and who recorded it; then HR's conclusion: a dismissal with its reason, or a
     * confirmation with the response, its explanation and the contract's risk as re-assessed, by whom and when.
     */
    record ShamSignalDetail(String signalId, String contractId, String vendorId, String projectId,
                            ShamSignalType type, String description, List<ShamSignalSourceView> sources,
                            ShamSignalStatus status, Instant raisedAt, String legalOpinion, String legalOpinionBy,
                            Instant legalOpinionAt, String dismissalReason, ShamSignalResponse response,
                            String explanation, ShamOutsourcingRisk reassessedRisk, String concludedBy,
                            Instant concludedAt, long sequence, Instant lastChangedAt) {
    }

    record ShamSignalSummary(String signalId, String contractId, String vendorId, String projectId,
                             ShamSignalType type, String description, ShamSignalStatus status, int sources,
                             boolean legalOpinionRecorded, Instant raisedAt, Instant lastChangedAt) {
    }

    record ShamSignalPage(List<ShamSignalSummary> items, int page, int size, long totalItems) {
    }

    /**
     * One assessment of a contract's sham-outsourcing risk. {@code occasion} is null for the initial level, the
     * project's HR review (its reviewer and day); otherwise a {@code ShamOutsourcingRiskAssessed} on the contract.
     */
    record ShamRiskAssessment(ShamOutsourcingRisk risk, ShamRiskOccasion occasion, String signalId, String reasons,
                              String assessedBy, Instant assessedAt) {
    }

    /**
     * A contract's current sham-outsourcing risk (null while its project's HR review named none) and how it got
     * there: the latest assessment's occasion, signal, author and time, and every assessment, oldest first.
     */
    record ContractShamRisk(String contractId, String projectId, String vendorId, ShamOutsourcingRisk level,
                            ShamRiskOccasion occasion, String signalId, String assessedBy, Instant assessedAt,
                            int historyCount, List<ShamRiskAssessment> history) {
    }

    /** A vendor's open signals and the highest current risk among its contracts (null when none is known). */
    record VendorShamSignals(String vendorId, long openSignals, ShamOutsourcingRisk highestRisk, long highRiskContracts) {
    }

    /** A contract's open signals and current risk level. */
    record ContractShamSignals(String contractId, String vendorId, String projectId, long openSignals,
                               ShamOutsourcingRisk risk) {
    }

    /**
     * {@code openSignals}: signals not yet dismissed or confirmed; {@code highRiskContracts}: contracts whose current
     * risk is HIGH; {@code contractsByRisk}: contracts by current level. {@code vendors} and {@code contracts}: those
     * with an open signal or a HIGH risk, most open signals first.
     */
    record ShamSignalDashboard(long openSignals, long highRiskContracts,
                               Map<ShamOutsourcingRisk, Long> contractsByRisk, List<VendorShamSignals> vendors,
                               List<ContractShamSignals> contracts) {
    }
}
