package com.outsourcingledger.query.vendor;

import com.outsourcingledger.api.vendor.AdmissionCriterion;
import com.outsourcingledger.api.vendor.AnnualReviewOutcome;
import com.outsourcingledger.api.vendor.FindingOutcome;
import com.outsourcingledger.api.vendor.QualificationType;
import com.outsourcingledger.api.vendor.SuspensionCause;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorEvent;
import com.outsourcingledger.api.vendor.VendorEvent.AnnualReviewCompleted;
import com.outsourcingledger.api.vendor.VendorEvent.AnnualReviewOverdue;
import com.outsourcingledger.api.vendor.VendorEvent.QualificationRenewed;
import com.outsourcingledger.api.vendor.VendorEvent.VendorAdmissionRejected;
import com.outsourcingledger.api.vendor.VendorEvent.VendorBlacklisted;
import com.outsourcingledger.api.vendor.VendorEvent.VendorEliminated;
import com.outsourcingledger.api.vendor.VendorEvent.VendorQualificationExpired;
import com.outsourcingledger.api.vendor.VendorEvent.VendorReinstated;
import com.outsourcingledger.api.vendor.VendorEvent.VendorTierChanged;
import com.outsourcingledger.api.vendor.VendorEvent.VendorWarned;
import com.outsourcingledger.api.vendor.VendorQuery.FindingView;
import com.outsourcingledger.api.vendor.VendorQuery.QualificationView;
import com.outsourcingledger.api.vendor.VendorQuery.SanctionView;
import com.outsourcingledger.api.vendor.VendorQuery.VendorDetail;
import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.api.vendor.VendorTier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.outsourcingledger.query.vendor.VendorSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class VendorViewTest {

    private static final String V = "vendor-1";
    private static final LocalDate ADMITTED_ON = LocalDate.of(2026, 1, 20);

    /** Folds events as the projection does: sequence numbers from 0, one hour apart, all by the same user. */
    private static VendorDetail fold(String user, VendorEvent... events) {
        VendorDetail detail = null;
        for (int i = 0; i < events.length; i++) {
            detail = VendorView.evolve(detail, events[i], at(i, user));
        }
        return detail;
    }

    private static VendorEvent[] admittedVendor(VendorEvent... then) {
        List<VendorEvent> events = new ArrayList<>(List.of(
                registered(V, "上海智联外包服务有限公司", VendorCategory.IT, VendorCategory.BPO),
                license(V, "q-license", LocalDate.of(2030, 12, 31)),
                dueDiligenceStarted(V),
                finding(V, AdmissionCriterion.VALID_BUSINESS_LICENSE, FindingOutcome.PASSED),
                admitted(V, ADMITTED_ON, VendorTier.STANDARD)));
        events.addAll(List.of(then));
        return events.toArray(VendorEvent[]::new);
    }

    @Test
    void registrationStartsARegisteredVendorWithItsData() {
        VendorDetail detail = fold("hr", registered(V, "上海智联外包服务有限公司", VendorCategory.IT, VendorCategory.BPO));

        assertThat(detail.vendorId()).isEqualTo(V);
        assertThat(detail.legalName()).isEqualTo("上海智联外包服务有限公司");
        assertThat(detail.legalRepresentative()).isEqualTo("张伟");
        assertThat(detail.contacts()).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("李娜"));
        assertThat(detail.registeredCapital().amount()).isEqualByComparingTo("5000000.00");
        assertThat(detail.categories()).containsExactly(VendorCategory.IT, VendorCategory.BPO);
        assertThat(detail.status()).isEqualTo(VendorStatus.REGISTERED);
        assertThat(detail.tier()).isNull();
        assertThat(detail.qualifications()).isEmpty();
        assertThat(detail.version()).isZero();
        assertThat(detail.lastChangedAt()).isEqualTo(T0);
    }

    @Test
    void refusesEventsOfAVendorThatWasNeverRegistered() {
        assertThatThrownBy(() -> VendorView.evolve(null, dueDiligenceStarted(V), at(0, "hr")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no registration");
    }

    @Nested
    class Qualifications {

        @Test
        void addedQualificationsAreListedWithoutStoredDaysToExpiry() {
            VendorDetail detail = fold("hr", registered(V, "甲", VendorCategory.IT),
                    license(V, "q1", LocalDate.of(2027, 1, 1)), iso9001(V, "q2", null));

            assertThat(detail.qualifications()).extracting(QualificationView::qualificationId).containsExactly("q1", "q2");
            assertThat(detail.qualifications().getFirst()).isEqualTo(new QualificationView("q1",
                    QualificationType.BUSINESS_LICENSE, "L-q1", "上海市市场监督管理局", LocalDate.of(2020, 1, 1),
                    LocalDate.of(2027, 1, 1), true, false, null));
            assertThat(detail.version()).isEqualTo(2);
        }

        @Test
        void asOfADayComputesDaysToExpiryAndLeavesUndatedDocumentsWithout() {
            VendorDetail detail = fold("hr", registered(V, "甲", VendorCategory.IT),
                    license(V, "q1", TODAY.plusDays(45)), iso9001(V, "q2", null));

            VendorDetail seen = VendorView.asOf(detail, TODAY);

            assertThat(seen.qualifications()).extracting(QualificationView::daysToExpiry).containsExactly(45L, null);
            assertThat(detail.qualifications()).extracting(QualificationView::daysToExpiry).containsOnlyNulls();
        }

        @Test
        void expiryFlagsTheDocumentAndTheSuspensionThatFollowsNamesTheCause() {
            VendorDetail detail = fold("system", admittedVendor(
                    new VendorQualificationExpired(V, "q-license", QualificationType.BUSINESS_LICENSE,
                            LocalDate.of(2030, 12, 31)),
                    suspended(V, SuspensionCause.QUALIFICATION_EXPIRED, "营业执照过期")));

            assertThat(detail.qualifications().getFirst().expired()).isTrue();
            assertThat(detail.status()).isEqualTo(VendorStatus.SUSPENDED);
            assertThat(detail.suspensionCauses()).containsExactly(SuspensionCause.QUALIFICATION_EXPIRED);
        }

        @Test
        void renewalReplacesTheDocumentAndLiftsTheExpiryCauseButNotADecision() {
            VendorDetail detail = fold("hr", admittedVendor(
                    suspended(V, SuspensionCause.DECISION, "质量事故"),
                    new VendorQualificationExpired(V, "q-license", QualificationType.BUSINESS_LICENSE,
                            LocalDate.of(2030, 12, 31)),
                    suspended(V, SuspensionCause.QUALIFICATION_EXPIRED, "营业执照过期"),
                    new QualificationRenewed(V, "q-license", "L-2031", LocalDate.of(2031, 1, 1),
                            LocalDate.of(2036, 1, 1))));

            QualificationView license = detail.qualifications().getFirst();
            assertThat(license.number()).isEqualTo("L-2031");
            assertThat(license.validUntil()).isEqualTo(LocalDate.of(2036, 1, 1));
            assertThat(license.expired()).isFalse();
            assertThat(detail.status()).isEqualTo(VendorStatus.SUSPENDED);
            assertThat(detail.suspensionCauses()).containsExactly(SuspensionCause.DECISION);
        }
    }

    @Nested
    class DueDiligenceAndAdmission {

        @Test
        void findingsRecordWhoExaminedAndALaterFindingForTheSameCriterionSupersedes() {
            VendorDetail detail = fold("legal", registered(V, "甲", VendorCategory.IT), dueDiligenceStarted(V),
                    finding(V, AdmissionCriterion.LITIGATION_CHECK, FindingOutcome.FAILED),
                    finding(V, AdmissionCriterion.VALID_BUSINESS_LICENSE, FindingOutcome.PASSED),
                    finding(V, AdmissionCriterion.LITIGATION_CHECK, FindingOutcome.PASSED));

            assertThat(detail.status()).isEqualTo(VendorStatus.UNDER_DUE_DILIGENCE);
            assertThat(detail.findings()).extracting(FindingView::criterion, FindingView::outcome, FindingView::recordedBy)
                    .containsExactly(
                            tuple(AdmissionCriterion.LITIGATION_CHECK, FindingOutcome.PASSED, "legal"),
                            tuple(AdmissionCriterion.VALID_BUSINESS_LICENSE, FindingOutcome.PASSED, "legal"));
            assertThat(detail.findings().getFirst().evidenceRefs()).containsExactly("evidence/litigation_check");
        }

        @Test
        void admissionSetsTierDateAndAnnualReviewDue() {
            VendorDetail detail = fold("hr", admittedVendor());

            assertThat(detail.status()).isEqualTo(VendorStatus.ADMITTED);
            assertThat(detail.tier()).isEqualTo(VendorTier.STANDARD);
            assertThat(detail.admittedOn()).isEqualTo(ADMITTED_ON);
            assertThat(detail.annualReviewDue()).isEqualTo(ADMITTED_ON.plusYears(1));
            assertThat(detail.annualReviewOverdue()).isFalse();
            assertThat(detail.version()).isEqualTo(4);
        }

        @Test
        void rejectionKeepsTheReasonsUntilANewDueDiligenceStarts() {
            VendorDetail rejected = fold("hr", registered(V, "甲", VendorCategory.HR), dueDiligenceStarted(V),
                    finding(V, AdmissionCriterion.NO_MAJOR_LEGAL_VIOLATIONS, FindingOutcome.FAILED),
                    new VendorAdmissionRejected(V, List.of("存在重大违法记录"),
                            Set.of(AdmissionCriterion.NO_MAJOR_LEGAL_VIOLATIONS)));

            assertThat(rejected.status()).isEqualTo(VendorStatus.ADMISSION_REJECTED);
            assertThat(rejected.rejectionReasons()).containsExactly("存在重大违法记录");

            VendorDetail again = VendorView.evolve(rejected, dueDiligenceStarted(V), at(4, "hr"));
            assertThat(again.status()).isEqualTo(VendorStatus.UNDER_DUE_DILIGENCE);
            assertThat(again.rejectionReasons()).isEmpty();
            assertThat(again.findings()).isEmpty();
        }
    }

    @Nested
    class Sanctions {

        @Test
        void warningsAreRecordedWithoutChangingStatus() {
            VendorDetail detail = fold("hr", admittedVendor(new VendorWarned(V, "交付延迟", List.of("email/42"))));

            assertThat(detail.status()).isEqualTo(VendorStatus.ADMITTED);
            assertThat(detail.sanctions()).containsExactly(
                    new SanctionView(VendorView.WARNING, "交付延迟", List.of("email/42"), at(5, "hr").at(), "hr"));
        }

        @Test
        void reinstatementReturnsASuspendedVendorToAdmittedAndClearsItsCauses() {
            VendorDetail detail = fold("hr", admittedVendor(
                    suspended(V, SuspensionCause.DECISION, "安全事故"),
                    new VendorReinstated(V, "整改完成")));

            assertThat(detail.status()).isEqualTo(VendorStatus.ADMITTED);
            assertThat(detail.suspensionCauses()).isEmpty();
            assertThat(detail.tier()).isEqualTo(VendorTier.STANDARD);
            assertThat(detail.sanctions()).extracting(SanctionView::kind, SanctionView::reason).containsExactly(
                    tuple(VendorView.SUSPENSION, "安全事故"),
                    tuple(VendorView.REINSTATEMENT, "整改完成"));
        }

        @Test
        void eliminationTakesTheVendorOutOfThePool() {
            VendorDetail detail = fold("hr", admittedVendor(
                    suspended(V, SuspensionCause.DECISION, "安全事故"),
                    new VendorEliminated(V, "连续两次考核不合格", List.of("review/2026"))));

            assertThat(detail.status()).isEqualTo(VendorStatus.ELIMINATED);
            assertThat(detail.tier()).isNull();
            assertThat(detail.suspensionCauses()).isEmpty();
            assertThat(detail.sanctions().getLast()).isEqualTo(new SanctionView(VendorView.ELIMINATION,
                    "连续两次考核不合格", List.of("review/2026"), at(6, "hr").at(), "hr"));
        }

        @Test
        void blacklistingIsRecordedWithItsEvidenceAndWho() {
            VendorDetail detail = fold("legal", registered(V, "甲", VendorCategory.IT),
                    new VendorBlacklisted(V, "伪造资质", List.of("court/2026-17")));

            assertThat(detail.status()).isEqualTo(VendorStatus.BLACKLISTED);
            assertThat(detail.sanctions()).containsExactly(new SanctionView(VendorView.BLACKLISTING, "伪造资质",
                    List.of("court/2026-17"), at(1, "legal").at(), "legal"));
        }
    }

    @Nested
    class TierAndAnnualReview {

        @Test
        void tierChangeReplacesTheTier() {
            VendorDetail detail = fold("hr", admittedVendor(new VendorTierChanged(V, VendorTier.STRATEGIC)));

            assertThat(detail.tier()).isEqualTo(VendorTier.STRATEGIC);
            assertThat(detail.lastChangedAt()).isEqualTo(at(5, "hr").at());
        }

        @Test
        void overdueReviewIsFlaggedUntilTheReviewIsCompleted() {
            VendorDetail overdue = fold("finance", admittedVendor(new AnnualReviewOverdue(V, ADMITTED_ON.plusYears(1))));
            assertThat(overdue.annualReviewOverdue()).isTrue();

            VendorDetail reviewed = VendorView.evolve(overdue, new AnnualReviewCompleted(V, LocalDate.of(2027, 2, 3),
                    AnnualReviewOutcome.CONCERNS, "现金流偏紧", LocalDate.of(2028, 2, 3)), at(6, "finance"));

            assertThat(reviewed.annualReviewOverdue()).isFalse();
            assertThat(reviewed.annualReviewDue()).isEqualTo(LocalDate.of(2028, 2, 3));
            assertThat(reviewed.lastReviewedOn()).isEqualTo(LocalDate.of(2027, 2, 3));
            assertThat(reviewed.lastReviewOutcome()).isEqualTo(AnnualReviewOutcome.CONCERNS);
            assertThat(reviewed.version()).isEqualTo(6);
        }
    }

    @Test
    void theFoldIsPureTheSameEventsAlwaysGiveTheSameDetail() {
        VendorEvent[] events = admittedVendor(new VendorWarned(V, "交付延迟", List.of()),
                new VendorTierChanged(V, VendorTier.STRATEGIC));

        assertThat(fold("hr", events)).isEqualTo(fold("hr", events));
    }
}
