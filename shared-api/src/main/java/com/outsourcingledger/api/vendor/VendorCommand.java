package com.outsourcingledger.api.vendor;

import com.outsourcingledger.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Everything that can be asked of a vendor. The acting user and department travel as message metadata. */
public sealed interface VendorCommand {

    String vendorId();

    record RegisterVendor(@TargetAggregateIdentifier String vendorId, String legalName, CreditCode creditCode,
                          String legalRepresentative, String address, List<Contact> contacts,
                          Money registeredCapital, Integer foundingYear, Integer headcount,
                          Set<VendorCategory> categories) implements VendorCommand {
    }

    record AddQualification(@TargetAggregateIdentifier String vendorId, String qualificationId,
                            QualificationType type, String number, String issuer,
                            LocalDate validFrom, LocalDate validUntil, boolean required) implements VendorCommand {
    }

    record RenewQualification(@TargetAggregateIdentifier String vendorId, String qualificationId, String number,
                              LocalDate validFrom, LocalDate validUntil) implements VendorCommand {
    }

    record StartDueDiligence(@TargetAggregateIdentifier String vendorId) implements VendorCommand {
    }

    /** {@code reexaminationReason}: required when the criterion was already found FAILED in this due diligence. */
    record RecordDueDiligenceFinding(@TargetAggregateIdentifier String vendorId, AdmissionCriterion criterion,
                                     FindingOutcome outcome, String summary, List<String> evidenceRefs,
                                     String reexaminationReason) implements VendorCommand {

        public RecordDueDiligenceFinding(String vendorId, AdmissionCriterion criterion, FindingOutcome outcome,
                                         String summary, List<String> evidenceRefs) {
            this(vendorId, criterion, outcome, summary, evidenceRefs, null);
        }
    }

    record AdmitVendor(@TargetAggregateIdentifier String vendorId, VendorTier tier) implements VendorCommand {
    }

    record RejectVendorAdmission(@TargetAggregateIdentifier String vendorId, List<String> reasons)
            implements VendorCommand {
    }

    record WarnVendor(@TargetAggregateIdentifier String vendorId, String reason, List<String> evidenceRefs)
            implements VendorCommand {
    }

    record SuspendVendor(@TargetAggregateIdentifier String vendorId, String reason, List<String> evidenceRefs)
            implements VendorCommand {
    }

    record ReinstateVendor(@TargetAggregateIdentifier String vendorId, String reason) implements VendorCommand {
    }

    record EliminateVendor(@TargetAggregateIdentifier String vendorId, String reason, List<String> evidenceRefs)
            implements VendorCommand {
    }

    record BlacklistVendor(@TargetAggregateIdentifier String vendorId, String reason, List<String> evidenceRefs)
            implements VendorCommand {
    }

    record ChangeVendorTier(@TargetAggregateIdentifier String vendorId, VendorTier tier) implements VendorCommand {
    }

    record CompleteAnnualReview(@TargetAggregateIdentifier String vendorId, AnnualReviewOutcome outcome,
                                String notes) implements VendorCommand {
    }

    /**
     * {@code passwordHash}: the bcrypt hash of the initial password, computed where the request arrived; it goes to
     * the account store in the command's transaction and never into an event, nor into this record's text.
     */
    record OpenVendorPortalAccount(@TargetAggregateIdentifier String vendorId, String username, String passwordHash)
            implements VendorCommand {

        @Override
        public String toString() {
            return "OpenVendorPortalAccount[vendorId=" + vendorId + ", username=" + username + "]";
        }
    }

    record CloseVendorPortalAccount(@TargetAggregateIdentifier String vendorId, String username, String reason)
            implements VendorCommand {
    }
}
