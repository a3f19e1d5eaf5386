package com.outsourcingledger.api.vendor;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.risk.RiskFlag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Questions the vendor read models answer, and their answers. */
public sealed interface VendorQuery {

    /** Vendor directory; any filter may be null. {@code sort} is a field name, optionally prefixed with '-'. */
    record FindVendors(VendorStatus status, VendorCategory category, VendorTier tier, int page, int size,
                       String sort, RiskFlag flag) implements VendorQuery {

        public FindVendors(VendorStatus status, VendorCategory category, VendorTier tier, int page, int size,
                           String sort) {
            this(status, category, tier, page, size, sort, null);
        }
    }

    record FindVendor(String vendorId) implements VendorQuery {
    }

    /**
     * The answer to {@link FindExpiringQualifications}: a record, not a bare list, so that its element type
     * crosses any query bus (Axon Server serializes answers; a bare list loses its element type on the wire).
     */
    record ExpiringQualifications(List<ExpiringQualification> items) {
    }

    record FindExpiringQualifications(int withinDays) implements VendorQuery {
    }

    record VendorSummary(String vendorId, String legalName, String creditCode, VendorStatus status,
                         VendorTier tier, Set<VendorCategory> categories, LocalDate admittedOn,
                         Instant lastChangedAt) {
    }

    record VendorPage(List<VendorSummary> items, int page, int size, long totalItems) {
    }

    record QualificationView(String qualificationId, QualificationType type, String number, String issuer,
                             LocalDate validFrom, LocalDate validUntil, boolean required, boolean expired,
                             Long daysToExpiry) {
    }

    record FindingView(AdmissionCriterion criterion, FindingOutcome outcome, String summary,
                       List<String> evidenceRefs, String recordedBy) {
    }

    record SanctionView(String kind, String reason, List<String> evidenceRefs, Instant at, String by) {
    }

    record VendorDetail(String vendorId, String legalName, String creditCode, String legalRepresentative,
                        String address, List<Contact> contacts, Money registeredCapital, Integer foundingYear,
                        Integer headcount, Set<VendorCategory> categories, VendorStatus status, VendorTier tier,
                        Set<SuspensionCause> suspensionCauses, LocalDate admittedOn, LocalDate annualReviewDue,
                        boolean annualReviewOverdue, LocalDate lastReviewedOn,
                        AnnualReviewOutcome lastReviewOutcome, List<QualificationView> qualifications,
                        List<FindingView> findings, List<String> rejectionReasons, List<SanctionView> sanctions,
                        long version, Instant lastChangedAt) {
    }

    record ExpiringQualification(String vendorId, String legalName, String qualificationId, QualificationType type,
                                 String number, LocalDate validUntil, boolean required, long daysToExpiry) {
    }
}
