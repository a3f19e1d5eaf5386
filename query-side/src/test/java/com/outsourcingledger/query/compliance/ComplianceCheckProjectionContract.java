package com.outsourcingledger.query.compliance;

import com.outsourcingledger.api.compliance.ComplianceCheckEvent;
import com.outsourcingledger.api.compliance.ComplianceCheckEvent.*;
import com.outsourcingledger.api.compliance.ComplianceCheckOccasion;
import com.outsourcingledger.api.compliance.ComplianceCheckQuery.*;
import com.outsourcingledger.api.compliance.ComplianceCheckStatus;
import com.outsourcingledger.api.compliance.ComplianceViolationKind;
import com.outsourcingledger.api.compliance.ProofSubmission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.outsourcingledger.api.compliance.ComplianceProof.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The compliance-check projection driven through its handlers against a real database, as the app drives it. */
abstract class ComplianceCheckProjectionContract {

    static final Instant T0 = Instant.parse("2026-04-10T02:00:00Z");
    static final LocalDate DUE = LocalDate.of(2026, 4, 20);

    private final Map<String, Long> sequences = new HashMap<>();
    private long clock;
    private ComplianceCheckProjection projection;

    abstract DataSource dataSource();

    @BeforeEach
    void emptyProjection() {
        projection = new ComplianceCheckProjection(dataSource());
        projection.reset();
    }

    private void apply(ComplianceCheckEvent... events) {
        for (ComplianceCheckEvent event : events) {
            long sequence = sequences.merge(event.checkId(), 1L, Long::sum) - 1;
            projection.on(event, T0.plusSeconds(clock++), sequence, "user-" + event.checkId() + "-" + sequence);
        }
    }

    private static ComplianceProofsRequested opened(String checkId, String contractId, String vendorId,
                                                    LocalDate dueOn) {
        return new ComplianceProofsRequested(checkId, contractId, vendorId, ComplianceCheckOccasion.SETTLEMENT_CYCLE,
                contractId + ":settlement:2026-03", "2026-03", List.of(ROSTER, SOCIAL_INSURANCE), dueOn, 10);
    }

    private ComplianceCheckDetail check(String checkId) {
        return projection.handle(new FindComplianceCheck(checkId)).orElseThrow();
    }

    @Test
    void servesTheDetailWithEachProofAsSubmittedLastAndTheViolation() {
        apply(opened("k-1", "c-1", "v-1", DUE),
                new ComplianceProofsSubmitted("k-1", "c-1", List.of(new ProofSubmission(ROSTER, "HMC-1"))),
                new ComplianceProofsSubmitted("k-1", "c-1", List.of(new ProofSubmission(ROSTER, "HMC-2"))),
                new EmploymentComplianceViolationFound("k-1", "c-1", "v-1", "c-1:settlement:2026-03",
                        ComplianceViolationKind.SOCIAL_INSURANCE, "社保未缴", List.of("SB-1")));

        ComplianceCheckDetail detail = check("k-1");
        assertThat(detail.status()).isEqualTo(ComplianceCheckStatus.VIOLATION_FOUND);
        assertThat(detail.openedBy()).isEqualTo("user-k-1-0");
        assertThat(detail.submitted()).extracting(SubmittedProofView::proof, SubmittedProofView::reference,
                SubmittedProofView::submittedBy).containsExactly(tuple(ROSTER, "HMC-2", "user-k-1-2"));
        assertThat(detail.missing()).containsExactly(SOCIAL_INSURANCE);
        assertThat(detail.violation().kind()).isEqualTo(ComplianceViolationKind.SOCIAL_INSURANCE);
        assertThat(detail.violation().recordedBy()).isEqualTo("user-k-1-3");
        assertThat(detail.sequence()).isEqualTo(3);
        assertThat(projection.handle(new FindComplianceCheck("k-9"))).isEmpty();
    }

    @Test
    void movesToSubmittedOnceEveryProofIsInAndToVerified() {
        apply(opened("k-1", "c-1", "v-1", DUE),
                new ComplianceProofsSubmitted("k-1", "c-1", List.of(new ProofSubmission(ROSTER, "HMC-1"),
                        new ProofSubmission(SOCIAL_INSURANCE, "SB-1"))));
        assertThat(check("k-1").status()).isEqualTo(ComplianceCheckStatus.PROOFS_SUBMITTED);

        apply(new EmploymentComplianceVerified("k-1", "c-1", "齐全"));
        assertThat(check("k-1")).extracting(ComplianceCheckDetail::status, ComplianceCheckDetail::verifiedBy,
                ComplianceCheckDetail::verificationNotes).containsExactly(ComplianceCheckStatus.VERIFIED,
                "user-k-1-2", "齐全");
    }

    @Test
    void listsByVendorContractAndStatusSoonestDueFirst() {
        apply(opened("k-1", "c-1", "v-1", DUE.plusDays(5)), opened("k-2", "c-2", "v-1", DUE),
                opened("k-3", "c-3", "v-2", DUE),
                new EmploymentComplianceVerified("k-3", "c-3", null));

        assertThat(projection.handle(new FindComplianceChecks("v-1", null, null, 0, 20)).items())
                .extracting(ComplianceCheckSummary::checkId).containsExactly("k-2", "k-1");
        assertThat(projection.handle(new FindComplianceChecks(null, "c-3", null, 0, 20)).items())
                .extracting(ComplianceCheckSummary::checkId).containsExactly("k-3");
        ComplianceCheckPage requested = projection.handle(new FindComplianceChecks(null, null,
                ComplianceCheckStatus.PROOFS_REQUESTED, 0, 1));
        assertThat(requested.totalItems()).isEqualTo(2);
        assertThat(requested.items()).extracting(ComplianceCheckSummary::checkId).containsExactly("k-2");
    }

    @Test
    void keepsTheWorkListOfChecksWaitingForProofsWithTheOverdueFlagged() {
        apply(opened("k-1", "c-1", "v-1", DUE), opened("k-2", "c-2", "v-2", DUE.plusDays(1)),
                opened("k-3", "c-3", "v-1", DUE),
                new ComplianceProofsSubmitted("k-3", "c-3", List.of(new ProofSubmission(ROSTER, "HMC-1"),
                        new ProofSubmission(SOCIAL_INSURANCE, "SB-1"))),
                new ComplianceProofsOverdue("k-1", "c-1", "v-1", DUE, List.of(ROSTER, SOCIAL_INSURANCE)));

        ComplianceCheckPage due = projection.handle(new FindDueComplianceChecks(false, null, 0, 50));
        assertThat(due.items()).extracting(ComplianceCheckSummary::checkId, ComplianceCheckSummary::overdue)
                .containsExactly(tuple("k-1", true), tuple("k-2", false));
        assertThat(projection.handle(new FindDueComplianceChecks(true, null, 0, 50)).items())
                .extracting(ComplianceCheckSummary::checkId).containsExactly("k-1");
        assertThat(projection.handle(new FindDueComplianceChecks(false, "v-2", 0, 50)).totalItems()).isEqualTo(1);
    }

    @Test
    void skipsAnEventItHasAlreadyFolded() {
        ComplianceProofsRequested opened = opened("k-1", "c-1", "v-1", DUE);
        apply(opened, new ComplianceProofsOverdue("k-1", "c-1", "v-1", DUE, List.of(ROSTER)));
        projection.on(new ComplianceProofsSubmitted("k-1", "c-1", List.of(new ProofSubmission(ROSTER, "x"))),
                T0, 1L, "again");

        assertThat(check("k-1").submitted()).isEmpty();
        assertThat(check("k-1").overdue()).isTrue();
    }
}
