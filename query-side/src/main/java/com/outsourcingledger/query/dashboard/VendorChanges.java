package com.outsourcingledger.query.dashboard;

import com.outsourcingledger.api.risk.RiskFlag;
import com.outsourcingledger.api.vendor.VendorEvent;
import com.outsourcingledger.api.vendor.VendorEvent.*;
import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.query.dashboard.DashboardRows.EntityRow;
import com.outsourcingledger.query.dashboard.DashboardRows.QualificationKey;
import com.outsourcingledger.query.dashboard.DashboardRows.QualificationRow;

/** What a vendor event changes on the dashboard: the vendor's status, its risk flag and its qualifications' validity. */
final class VendorChanges {

    private VendorChanges() {
    }

    /** {@code vendor} is null before the registration. */
    static EntityRow apply(DashboardBatch batch, EntityRow vendor, VendorEvent event, long sequence) {
        if (vendor == null) {
            return event instanceof VendorRegistered e
                    ? EntityRow.created(DashboardRows.VENDOR, e.vendorId(), e.legalName(), null,
                    VendorStatus.REGISTERED.name(), null, null, sequence)
                    : null;
        }
        return switch (event) {
            case QualificationAdded e -> {
                qualification(batch, new QualificationRow(e.vendorId(), e.qualificationId(), e.validUntil(), false));
                yield vendor;
            }
            case QualificationRenewed e -> {
                qualification(batch, new QualificationRow(e.vendorId(), e.qualificationId(), e.validUntil(), false));
                yield vendor;
            }
            case VendorQualificationExpired e -> {
                batch.qualifications.get(new QualificationKey(e.vendorId(), e.qualificationId()))
                        .ifPresent(q -> qualification(batch,
                                new QualificationRow(q.vendorId(), q.qualificationId(), q.validUntil(), true)));
                yield vendor;
            }
            case DueDiligenceStarted e -> vendor.status(VendorStatus.UNDER_DUE_DILIGENCE.name());
            case VendorAdmitted e -> vendor.status(VendorStatus.ADMITTED.name());
            case VendorAdmissionRejected e -> vendor.status(VendorStatus.ADMISSION_REJECTED.name());
            case VendorSuspended e -> vendor.status(VendorStatus.SUSPENDED.name());
            case VendorReinstated e -> vendor.status(VendorStatus.ADMITTED.name());
            case VendorEliminated e -> vendor.status(VendorStatus.ELIMINATED.name()).lower(RiskFlag.values());
            case VendorBlacklisted e -> vendor.status(VendorStatus.BLACKLISTED.name()).lower(RiskFlag.values());
            case VendorRegistered e -> vendor;
            case VendorWarned e -> vendor;
            case DueDiligenceFindingRecorded e -> vendor;
            case VendorTierChanged e -> vendor;
            case AnnualReviewCompleted e -> vendor.lower(RiskFlag.ANNUAL_REVIEW_OVERDUE);
            case AnnualReviewOverdue e -> vendor.raise(RiskFlag.ANNUAL_REVIEW_OVERDUE);
            case VendorPortalAccountOpened e -> vendor;
            case VendorPortalAccountClosed e -> vendor;
        };
    }

    private static void qualification(DashboardBatch batch, QualificationRow row) {
        batch.qualifications.put(row.key(), row);
    }
}
