package com.outsourcingledger.query.vendor;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.vendor.AnnualReviewOutcome;
import com.outsourcingledger.api.vendor.Contact;
import com.outsourcingledger.api.vendor.SuspensionCause;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorQuery.FindingView;
import com.outsourcingledger.api.vendor.VendorQuery.QualificationView;
import com.outsourcingledger.api.vendor.VendorQuery.SanctionView;
import com.outsourcingledger.api.vendor.VendorQuery.VendorDetail;
import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.api.vendor.VendorTier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A mutable working copy of a {@link VendorDetail}, local to one step of the fold. */
final class VendorDraft {

    String vendorId;
    String legalName;
    String creditCode;
    String legalRepresentative;
    String address;
    List<Contact> contacts;
    Money registeredCapital;
    int foundingYear;
    int headcount;
    Set<VendorCategory> categories;
    VendorStatus status;
    VendorTier tier;
    Set<SuspensionCause> suspensionCauses;
    LocalDate admittedOn;
    LocalDate annualReviewDue;
    boolean annualReviewOverdue;
    LocalDate lastReviewedOn;
    AnnualReviewOutcome lastReviewOutcome;
    List<QualificationView> qualifications;
    List<FindingView> findings;
    List<String> rejectionReasons;
    List<SanctionView> sanctions;
    long version;
    Instant lastChangedAt;

    static VendorDraft of(VendorDetail d) {
        VendorDraft draft = new VendorDraft();
        draft.vendorId = d.vendorId();
        draft.legalName = d.legalName();
        draft.creditCode = d.creditCode();
        draft.legalRepresentative = d.legalRepresentative();
        draft.address = d.address();
        draft.contacts = d.contacts();
        draft.registeredCapital = d.registeredCapital();
        draft.foundingYear = d.foundingYear();
        draft.headcount = d.headcount();
        draft.categories = new TreeSet<>(orEmpty(d.categories()));
        draft.status = d.status();
        draft.tier = d.tier();
        draft.suspensionCauses = new TreeSet<>(orEmpty(d.suspensionCauses()));
        draft.admittedOn = d.admittedOn();
        draft.annualReviewDue = d.annualReviewDue();
        draft.annualReviewOverdue = d.annualReviewOverdue();
        draft.lastReviewedOn = d.lastReviewedOn();
        draft.lastReviewOutcome = d.lastReviewOutcome();
        draft.qualifications = new ArrayList<>(orEmpty(d.qualifications()));
        draft.findings = new ArrayList<>(orEmpty(d.findings()));
        draft.rejectionReasons = new ArrayList<>(orEmpty(d.rejectionReasons()));
        draft.sanctions = new ArrayList<>(orEmpty(d.sanctions()));
        draft.version = d.version();
        draft.lastChangedAt = d.lastChangedAt();
        return draft;
    }

    VendorDetail freeze() {
        return new VendorDetail(vendorId, legalName, creditCode, legalRepresentative, address,
                frozen(contacts), registeredCapital, foundingYear, headcount,
                Collections.unmodifiableSet(new TreeSet<>(categories)), status, tier,
                Collections.unmodifiableSet(new TreeSet<>(suspensionCauses)), admittedOn, annualReviewDue,
                annualReviewOverdue, lastReviewedOn, lastReviewOutcome, frozen(qualifications),
                frozen(findings), frozen(rejectionReasons), frozen(sanctions), version, lastChangedAt);
    }

    static <T> List<T> frozen(Collection<T> values) {
        return Collections.unmodifiableList(new ArrayList<>(orEmpty(values)));
    }

    private static <T> Collection<T> orEmpty(Collection<T> values) {
        return values == null ? List.of() : values;
    }
}
