package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.DraftContractFromAward;
import com.outsourcingledger.api.contract.ContractCommand.SubmitContractForCoReview;
import com.outsourcingledger.api.contract.ContractContent;
import com.outsourcingledger.api.contract.ContractEvent.ContractDraftRevised;
import com.outsourcingledger.api.contract.ContractEvent.ContractDrafted;
import com.outsourcingledger.api.contract.ContractEvent.ContractSubmittedForCoReview;
import com.outsourcingledger.api.contract.ContractEvent.SlaDefined;
import com.outsourcingledger.api.contract.SettlementCycle;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.project.ProjectCategory;
import com.outsourcingledger.api.project.ProjectPeriod;
import com.outsourcingledger.api.project.ProjectScope;
import com.outsourcingledger.api.vendor.VendorStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.outsourcingledger.command.contract.ContractSamples.*;
import static com.outsourcingledger.platform.testing.RuleViolations.breaks;

class ContractDraftFromAwardTest extends ContractFixture {

    private static final String SOURCING_ID = "sourcing-1";
    private static final Term PERIOD = new Term(LocalDate.of(2026, 6, 1), LocalDate.of(2028, 5, 31));

    private static ProjectScope scope(ProjectPeriod period) {
        return new ProjectScope("客服中心话务外包", "客户服务部", "王五", ProjectCategory.BPO, "一线话务接听",
                "月度服务报告", "接通率≥95%", period, 40, Money.cny("2400000.00"));
    }

    private static DraftContractFromAward fromAward() {
        return new DraftContractFromAward(CONTRACT_ID, PROJECT_ID, SOURCING_ID, VENDOR_ID,
                scope(new ProjectPeriod(PERIOD.start(), PERIOD.end())));
    }

    private static ContractDrafted draftedFromAward() {
        return new ContractDrafted(CONTRACT_ID, PROJECT_ID, VENDOR_ID, "客服中心话务外包", PERIOD,
                new ContractContent(null, null, "一线话务接听", List.of("月度服务报告"), "接通率≥95%", null,
                        Money.cny("2400000.00"), null, SettlementCycle.MONTHLY, List.of(), 60));
    }

    @Test
    void draftsWithTheProjectsScopePeriodAndBudgetLeavingTheRestToBusiness() {
        fixture.givenNoPriorActivity().when(fromAward()).expectEvents(draftedFromAward());
    }

    @Test
    void refusesAVendorEliminatedSinceTheAward() {
        standings.set(VENDOR_ID, VendorStatus.ELIMINATED);
        fixture.givenNoPriorActivity().when(fromAward())
                .expectException(breaks("contract.drafting.vendor-barred", 409));
    }

    @Test
    void refusesAnAwardWithoutAPeriodThatCanBeATerm() {
        fixture.givenNoPriorActivity()
                .when(new DraftContractFromAward(CONTRACT_ID, PROJECT_ID, SOURCING_ID, VENDOR_ID,
                        scope(new ProjectPeriod(PERIOD.start(), null))))
                .expectException(breaks("contract.drafting.term-required", 422));
    }

    @Test
    void refusesAnAwardWithoutScope() {
        fixture.givenNoPriorActivity()
                .when(new DraftContractFromAward(CONTRACT_ID, PROJECT_ID, SOURCING_ID, VENDOR_ID, null))
                .expectException(breaks("contract.drafting.scope-required", 422));
    }

    @Test
    void cannotGoToCoReviewBeforeBusinessCompletesTheClauses() {
        given(draftedFromAward(), new SlaDefined(CONTRACT_ID, quality()))
                .when(new SubmitContractForCoReview(CONTRACT_ID))
                .expectException(breaks("contract.submission.clauses-missing", 422));
    }

    @Test
    void goesToCoReviewOnceRevisedWithTheFullContentAndSlas() {
        given(draftedFromAward(), new ContractDraftRevised(CONTRACT_ID, "客服中心话务外包服务合同", TERM, content()),
                new SlaDefined(CONTRACT_ID, quality()))
                .when(new SubmitContractForCoReview(CONTRACT_ID))
                .expectEvents(new ContractSubmittedForCoReview(CONTRACT_ID, 1));
    }
}
