package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.RenewalDecision;
import com.outsourcingledger.api.contract.ReviewOpinion;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.outsourcingledger.command.specialaudit.control.RuleFeed.*;
import static org.assertj.core.api.Assertions.assertThat;

class FourDepartmentCoReviewRuleTest {

    private static final Instant MARCH_10 = at(3, 10, 10);

    @Test
    void answersAppliedForAContractSignedAfterTheFourApprovals() {
        ControlAnswer answer = answer(new FourDepartmentCoReviewRule(),
                ContractPlanting.signed("c-1", "v-1", TERM, MARCH_10, ZONE).events());

        assertThat(answer.control()).isEqualTo(AuditControl.FOUR_DEPARTMENT_CO_REVIEW);
        assertThat(answer.subjectsChecked()).isEqualTo(1);
        assertThat(answer.applied()).isTrue();
    }

    @Test
    void judgesOnlyTheRoundThatApprovedTheContract() {
        ContractPlanting contract = ContractPlanting.drafted("c-1", "v-1", TERM, MARCH_10.minus(Duration.ofDays(40)), ZONE)
                .nda(MARCH_10.minus(Duration.ofDays(35)))
                .submitted(MARCH_10.minus(Duration.ofDays(34)))
                .returnedByLegalAndRevised(MARCH_10.minus(Duration.ofDays(30)), TERM)
                .submitted(MARCH_10.minus(Duration.ofDays(25)))
                .approvedBy(MARCH_10.minus(Duration.ofDays(20)), ContractPlanting.CO_REVIEWERS)
                .signedAndActivated(MARCH_10, TERM);

        assertThat(answer(new FourDepartmentCoReviewRule(), contract.events()).applied()).isTrue();
    }

    @Test
    void listsAContractSignedWithoutFinancesOpinionWithTheRoundAsEvidence() {
        ContractPlanting contract = ContractPlanting.drafted("c-1", "v-1", TERM, MARCH_10.minus(Duration.ofDays(30)), ZONE)
                .nda(MARCH_10.minus(Duration.ofDays(20)))
                .submitted(MARCH_10.minus(Duration.ofDays(19)))
                .approvedBy(MARCH_10.minus(Duration.ofDays(15)), List.of(Department.LEGAL, Department.HR, Department.BUSINESS))
                .signedAndActivated(MARCH_10, TERM);

        ControlAnswer answer = answer(new FourDepartmentCoReviewRule(), contract.events());

        List<String> expected = new ArrayList<>();
        only(contract.events(), CoReviewOpinionRecorded.class).forEach(e -> expected.add(e.eventId()));
        only(contract.events(), ContractApproved.class).forEach(e -> expected.add(e.eventId()));
        only(contract.events(), ContractSigned.class).forEach(e -> expected.add(e.eventId()));
        assertThat(answer.exceptions()).singleElement().satisfies(exception -> {
            assertThat(exception.subjectId()).isEqualTo("c-1");
            assertThat(exception.description()).contains("without an APPROVE opinion from [FINANCE]");
            assertThat(exception.evidenceEventIds()).containsExactlyElementsOf(expected);
        });
    }

    @Test
    void listsAContractSignedWithoutAnyApprovedCoReview() {
        ContractPlanting contract = ContractPlanting.drafted("c-1", "v-1", TERM, MARCH_10.minus(Duration.ofDays(30)), ZONE)
                .nda(MARCH_10.minus(Duration.ofDays(20)))
                .signedAndActivated(MARCH_10, TERM);

        assertThat(answer(new FourDepartmentCoReviewRule(), contract.events()).exceptions()).singleElement()
                .satisfies(exception -> assertThat(exception.description()).contains("signed without an approved co-review"));
    }

    @Test
    void aRenewalAndItsCoReviewAreNoSigning() {
        Term term = new Term(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 5, 31));
        Instant signing = LocalDate.of(2025, 6, 1).atTime(10, 0).atZone(ZONE).toInstant();
        ContractPlanting renewed = ContractPlanting.signed("c-1", "v-1", term, signing, ZONE)
                .at(at(2, 28, 0)).expiryApproaching(term.end())
                .renewalDecided(at(3, 2, 10), RenewalDecision.RENEW, new Term(LocalDate.of(2026, 6, 1),
                        LocalDate.of(2027, 5, 31)))
                .renewed(new Term(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 5, 31)));

        ControlAnswer answer = answer(new FourDepartmentCoReviewRule(), renewed.events());

        assertThat(answer.subjectsChecked()).isZero();
    }

    @Test
    void leavesOutContractsSignedOutsideThePeriod() {
        Instant lastYear = LocalDate.of(2025, 12, 31).atTime(23, 0).atZone(ZONE).toInstant();
        ContractPlanting contract = ContractPlanting.drafted("c-1", "v-1", TERM, lastYear.minus(Duration.ofDays(30)), ZONE)
                .nda(lastYear.minus(Duration.ofDays(20)))
                .signedAndActivated(lastYear, TERM);

        assertThat(answer(new FourDepartmentCoReviewRule(), contract.events()).subjectsChecked()).isZero();
    }

    @Test
    void readsHistoriesStoredBeforeLaterComponents() {
        PlantedHistory old = PlantedHistory.of("Contract", "c-old", MARCH_10).by("BUSINESS", "business1")
                .event(new ContractDrafted("c-old", "project-1", "v-1", "旧合同", TERM, ContractPlanting.content()))
                .event(new ContractSubmittedForCoReview("c-old", 1));
        for (Department department : ContractPlanting.CO_REVIEWERS) {
            old.by(department.name(), department.name().toLowerCase() + "2")
                    .event(new CoReviewOpinionRecorded("c-old", department, ReviewOpinion.APPROVE, null));
        }
        old.event(new ContractApproved("c-old", 1))
                .event(new NdaRecorded("c-old", "NDA-1", LocalDate.of(2026, 3, 1)))
                .by("MANAGEMENT", "management1")
                .event(new ContractSigned("c-old", LocalDate.of(2026, 3, 10), 1))
                .event(new ContractActivated("c-old", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 9, 10), null))
                .event(new AmendmentProposed("c-old", "a-1", "调整", ContractPlanting.content(), null));

        ControlAnswer answer = answer(new FourDepartmentCoReviewRule(), old.events());

        assertThat(answer.subjectsChecked()).isEqualTo(1);
        assertThat(answer.applied()).isTrue();
    }
}
