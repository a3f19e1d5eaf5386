package com.outsourcingledger.api.vendor;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.wire.AddedLater;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What happened to a vendor. Stored type names are forever: evolve with {@code @Revision} and upcasters,
 * never by moving or renaming a record.
 */
public sealed interface VendorEvent {

    String vendorId();

    record VendorRegistered(String vendorId, String legalName, String creditCode, String legalRepresentative,
                            String address, List<Contact> contacts, Money registeredCapital, Integer foundingYear,
                            Integer headcount, Set<VendorCategory> categories) implements VendorEvent {
    }

    record QualificationAdded(String vendorId, String qualificationId, QualificationType type, String number,
                              String issuer, LocalDate validFrom, LocalDate validUntil,
                              boolean required) implements VendorEvent {
    }

    record QualificationRenewed(String vendorId, String qualificationId, String number, LocalDate validFrom,
                                LocalDate validUntil) implements VendorEvent {
    }

    record VendorQualificationExpired(String vendorId, String qualificationId, QualificationType type,
                                      LocalDate validUntil) implements VendorEvent {
    }

    record DueDiligenceStarted(String vendorId, LocalDate startedOn) implements VendorEvent {
    }

    /**
     * {@code reexaminationReason}: why a criterion already found FAILED in this due diligence was examined again;
     * null for a first finding.
     */
    record DueDiligenceFindingRecorded(String vendorId, AdmissionCriterion criterion, FindingOutcome outcome,
                                       String summary, List<String> evidenceRefs,
                                       @AddedLater String reexaminationReason) implements VendorEvent {

        public DueDiligenceFindingRecorded(String vendorId, AdmissionCriterion criterion, FindingOutcome outcome,
                                           String summary, List<String> evidenceRefs) {
            this(vendorId, criterion, outcome, summary, evidenceRefs, null);
        }
    }

    /** {@code requiredDocuments}: the document policy the admission was checked against, and what satisfied it. */
    record VendorAdmitted(String vendorId, LocalDate admittedOn, VendorTier tier, LocalDate annualReviewDue,
                          @AddedLater RequiredDocuments requiredDocuments) implements VendorEvent {

        public VendorAdmitted(String vendorId, LocalDate admittedOn, VendorTier tier, LocalDate annualReviewDue) {
            this(vendorId, admittedOn, tier, annualReviewDue, null);
        }
    }

    record VendorAdmissionRejected(String vendorId, List<String> reasons, Set<AdmissionCriterion> failedCriteria)
            implements VendorEvent {
    }

    record VendorWarned(String vendorId, String reason, List<String> evidenceRefs) implements VendorEvent {
    }

    record VendorSuspended(String vendorId, SuspensionCause cause, String reason, List<String> evidenceRefs)
            implements VendorEvent {
    }

    record VendorReinstated(String vendorId, String reason) implements VendorEvent {
    }

    record VendorEliminated(String vendorId, String reason, List<String> evidenceRefs) implements VendorEvent {
    }

    record VendorBlacklisted(String vendorId, String reason, List<String> evidenceRefs) implements VendorEvent {
    }

    record VendorTierChanged(String vendorId, VendorTier tier) implements VendorEvent {
    }

    record AnnualReviewCompleted(String vendorId, LocalDate reviewedOn, AnnualReviewOutcome outcome, String notes,
                                 LocalDate nextReviewDue) implements VendorEvent {
    }

    record AnnualReviewOverdue(String vendorId, LocalDate dueOn) implements VendorEvent {
    }

    /** HR or PROCUREMENT opened a portal account for the vendor's own user; its password is never part of history. */
    record VendorPortalAccountOpened(String vendorId, String username) implements VendorEvent {
    }

    /** The account no longer authenticates: closed by HR or PROCUREMENT, or with the vendor's blacklisting or elimination. */
    record VendorPortalAccountClosed(String vendorId, String username, String reason) implements VendorEvent {
    }
}
