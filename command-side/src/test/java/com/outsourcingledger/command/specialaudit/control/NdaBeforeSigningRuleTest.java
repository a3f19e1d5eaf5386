package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.wire.AggregateKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static com.outsourcingledger.command.specialaudit.control.RuleFeed.*;
import static org.assertj.core.api.Assertions.assertThat;

class NdaBeforeSigningRuleTest {

    private static final Instant MARCH_10 = at(3, 10, 10);

    @Test
    void answersAppliedForAContractSignedAfterItsNda() {
        ControlAnswer answer = answer(new NdaBeforeSigningRule(),
                ContractPlanting.signed("c-1", "v-1", TERM, MARCH_10, ZONE).events());

        assertThat(answer.control()).isEqualTo(AuditControl.NDA_BEFORE_SIGNING);
        assertThat(answer.subjectsChecked()).isEqualTo(1);
        assertThat(answer.applied()).isTrue();
    }

    @Test
    void listsAContractSignedWithoutAnNdaWithItsSigning() {
        ContractPlanting contract = withoutNda("c-1", MARCH_10);

        ControlAnswer answer = answer(new NdaBeforeSigningRule(), contract.events());

        AuditedEvent signing = contract.events().stream().filter(e -> e.payload() instanceof ContractSigned)
                .findFirst().orElseThrow();
        assertThat(answer.exceptions()).singleElement().satisfies(exception -> {
            assertThat(exception.subjectKind()).isEqualTo(AggregateKind.CONTRACT);
            assertThat(exception.subjectId()).isEqualTo("c-1");
            assertThat(exception.description()).contains("signed on 2026-03-10 without an NDA recorded");
            assertThat(exception.evidenceEventIds()).containsExactly(signing.eventId());
        });
    }

    @Test
    void listsAnNdaRecordedOnlyAfterTheSigning() {
        ContractPlanting contract = withoutNda("c-1", MARCH_10).nda(MARCH_10.plus(Duration.ofDays(1)));

        assertThat(answer(new NdaBeforeSigningRule(), contract.events()).exceptions()).hasSize(1);
    }

    @Test
    void leavesOutContractsSignedOutsideThePeriodAndDraftsNotSigned() {
        Instant lastYear = LocalDate.of(2025, 12, 20).atTime(10, 0).atZone(ZONE).toInstant();

        ControlAnswer answer = answer(new NdaBeforeSigningRule(), withoutNda("c-old", lastYear).events(),
                ContractPlanting.drafted("c-draft", "v-1", TERM, MARCH_10, ZONE).events());

        assertThat(answer.subjectsChecked()).isZero();
        assertThat(answer.applied()).isTrue();
    }

    @Test
    void readsHistoriesStoredBeforeLaterComponents() {
        PlantedHistory old = PlantedHistory.of("Contract", "c-old", MARCH_10).by("BUSINESS", "business1")
                .event(new ContractDrafted("c-old", "project-1", "v-1", "旧合同", TERM, ContractPlanting.content()))
                .event(new NdaRecorded("c-old", "NDA-1", LocalDate.of(2026, 3, 1)))
                .by("MANAGEMENT", "management1")
                .event(new ContractSigned("c-old", LocalDate.of(2026, 3, 10), 1))
                .event(new ContractActivated("c-old", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 9, 10), null))
                .event(new TerminationRecommended("c-old", com.outsourcingledger.api.contract.TerminationReason.MUTUAL,
                        "协商", null, null))
                .event(new ContractTerminated("c-old", com.outsourcingledger.api.contract.TerminationReason.MUTUAL,
                        "协商", null, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1), null, null));

        ControlAnswer answer = answer(new NdaBeforeSigningRule(), old.events());

        assertThat(answer.subjectsChecked()).isEqualTo(1);
        assertThat(answer.applied()).isTrue();
    }

    private static ContractPlanting withoutNda(String contractId, Instant signing) {
        return ContractPlanting.drafted(contractId, "v-1", TERM, signing.minus(Duration.ofDays(30)), ZONE)
                .submitted(signing.minus(Duration.ofDays(19)))
                .approvedBy(signing.minus(Duration.ofDays(15)), ContractPlanting.CO_REVIEWERS)
                .signedAndActivated(signing, TERM);
    }
}
