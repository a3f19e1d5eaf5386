package com.outsourcingledger.command.vendor;

import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.VendorRuleCodes;
import com.outsourcingledger.api.vendor.AdmissionCriterion;
import com.outsourcingledger.api.vendor.FindingOutcome;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The outcome of the current due diligence per admission criterion; the last finding recorded counts. */
final class Findings {

    private final Map<AdmissionCriterion, FindingOutcome> outcomes = new EnumMap<>(AdmissionCriterion.class);
    private final Set<String> examiners = new HashSet<>();

    void record(AdmissionCriterion criterion, FindingOutcome outcome, String examiner) {
        outcomes.put(criterion, outcome);
        if (examiner != null) {
            examiners.add(examiner);
        }
    }

    void clear() {
        outcomes.clear();
        examiners.clear();
    }

    /** Who examined the vendor in the current due diligence, and its registrant: none of them admits it. */
    Set<String> examinersAnd(String registrant) {
        Set<String> authors = new HashSet<>(examiners);
        if (registrant != null) {
            authors.add(registrant);
        }
        return authors;
    }

    /** A criterion found FAILED is not silently superseded: examining it again states why. */
    void requireReasonToReexamine(AdmissionCriterion criterion, String reason) {
        if (outcomes.get(criterion) == FindingOutcome.FAILED) {
            Refusal.requireText(VendorRuleCodes.DUE_DILIGENCE_REEXAMINATION_REASON_REQUIRED, reason, criterion
                    + " was found FAILED in this due diligence; examining it again states the reason");
        }
    }

    Set<AdmissionCriterion> missing() {
        Set<AdmissionCriterion> missing = EnumSet.allOf(AdmissionCriterion.class);
        missing.removeAll(outcomes.keySet());
        return missing;
    }

    Set<AdmissionCriterion> failed() {
        Set<AdmissionCriterion> failed = EnumSet.noneOf(AdmissionCriterion.class);
        outcomes.forEach((criterion, outcome) -> {
            if (outcome == FindingOutcome.FAILED) {
                failed.add(criterion);
            }
        });
        return failed;
    }
}
