package com.outsourcingledger.query.vendor;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.vendor.AdmissionCriterion;
import com.outsourcingledger.api.vendor.Contact;
import com.outsourcingledger.api.vendor.CreditCode;
import com.outsourcingledger.api.vendor.FindingOutcome;
import com.outsourcingledger.api.vendor.QualificationType;
import com.outsourcingledger.api.vendor.SuspensionCause;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorEvent.DueDiligenceFindingRecorded;
import com.outsourcingledger.api.vendor.VendorEvent.DueDiligenceStarted;
import com.outsourcingledger.api.vendor.VendorEvent.QualificationAdded;
import com.outsourcingledger.api.vendor.VendorEvent.VendorAdmitted;
import com.outsourcingledger.api.vendor.VendorEvent.VendorRegistered;
import com.outsourcingledger.api.vendor.VendorEvent.VendorSuspended;
import com.outsourcingledger.api.vendor.VendorTier;
import com.outsourcingledger.query.readmodel.ViewFold.Step;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

final class VendorSamples {

    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private VendorSamples() {
    }

    static String creditCode(String first16) {
        return CreditCode.complete(first16);
    }

    static VendorRegistered registered(String vendorId, String legalName, VendorCategory... categories) {
        return new VendorRegistered(vendorId, legalName, creditCode("91310000MA1K" + Math.floorMod(vendorId.hashCode(), 10) + "AB1"),
                "张伟", "上海市浦东新区世纪大道100号",
                List.of(new Contact("李娜", "客户经理", "13800000000", "lina@example.cn")),
                Money.cny("5000000.00"), 2012, 320, Set.of(categories));
    }

    static QualificationAdded license(String vendorId, String qualificationId, LocalDate validUntil) {
        return new QualificationAdded(vendorId, qualificationId, QualificationType.BUSINESS_LICENSE, "L-" + qualificationId,
                "上海市市场监督管理局", LocalDate.of(2020, 1, 1), validUntil, true);
    }

    static QualificationAdded iso9001(String vendorId, String qualificationId, LocalDate validUntil) {
        return new QualificationAdded(vendorId, qualificationId, QualificationType.ISO9001, "ISO-" + qualificationId,
                "中国质量认证中心", LocalDate.of(2023, 6, 1), validUntil, false);
    }

    static DueDiligenceStarted dueDiligenceStarted(String vendorId) {
        return new DueDiligenceStarted(vendorId, LocalDate.of(2026, 1, 10));
    }

    static DueDiligenceFindingRecorded finding(String vendorId, AdmissionCriterion criterion, FindingOutcome outcome) {
        return new DueDiligenceFindingRecorded(vendorId, criterion, outcome, criterion.name() + " examined",
                List.of("evidence/" + criterion.name().toLowerCase()));
    }

    static VendorAdmitted admitted(String vendorId, LocalDate admittedOn, VendorTier tier) {
        return new VendorAdmitted(vendorId, admittedOn, tier, admittedOn.plusYears(1));
    }

    static VendorSuspended suspended(String vendorId, SuspensionCause cause, String reason) {
        return new VendorSuspended(vendorId, cause, reason, List.of("evidence/" + reason));
    }

    static Step at(long sequence, String user) {
        return new Step(T0.plusSeconds(3600 * sequence), user, sequence);
    }
}
