package com.outsourcingledger.command.process;

import com.outsourcingledger.api.contract.ContractContent;
import com.outsourcingledger.api.contract.ContractEvent.ContractActivated;
import com.outsourcingledger.api.contract.ContractEvent.ContractClosed;
import com.outsourcingledger.api.contract.ContractEvent.ContractDraftWithdrawn;
import com.outsourcingledger.api.contract.ContractEvent.ContractDrafted;
import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.project.ProjectEvent.ProjectAwarded;
import com.outsourcingledger.api.contract.ContractEvent.ContractSigned;
import com.outsourcingledger.api.contract.SettlementCycle;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.project.ProjectCategory;
import com.outsourcingledger.api.project.ProjectPeriod;
import com.outsourcingledger.api.project.ProjectScope;
import com.outsourcingledger.api.sourcing.SourcingEvent.SourcingAwarded;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Fixed ids and the facts the contracting process reacts to. */
final class ContractingSamples {

    static final String PROJECT_ID = "project-1";
    static final String SOURCING_ID = "sourcing-1";
    static final String VENDOR_ID = "vendor-2";
    static final String AWARDED_CONTRACT = ProjectContractingSaga.contractIdFor(SOURCING_ID);
    static final String SECOND_CONTRACT = "contract-2";
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final Term TERM = new Term(LocalDate.of(2026, 6, 1), LocalDate.of(2028, 5, 31));

    private ContractingSamples() {
    }

    static ProjectScope scope() {
        return new ProjectScope("客服中心话务外包", "客户服务部", "王五", ProjectCategory.BPO, "一线话务接听",
                "月度服务报告", "接通率≥95%", new ProjectPeriod(TERM.start(), TERM.end()), 40, Money.cny("2400000.00"));
    }

    static SourcingAwarded awarded() {
        return new SourcingAwarded(SOURCING_ID, PROJECT_ID, VENDOR_ID, 1, new BigDecimal("86.20"), null, scope(), TODAY);
    }

    static ProjectAwarded projectAwarded() {
        return new ProjectAwarded(PROJECT_ID, SOURCING_ID, VENDOR_ID, TODAY);
    }

    static ContractDraftWithdrawn withdrawn(String contractId) {
        return new ContractDraftWithdrawn(contractId, "供应商报价失效", ContractStatus.DRAFTING, TODAY);
    }

    static ContractDrafted drafted(String contractId, String projectId) {
        return new ContractDrafted(contractId, projectId, VENDOR_ID, "客服中心话务外包", TERM,
                new ContractContent(null, null, "一线话务接听", List.of("月度服务报告"), "接通率≥95%", null,
                        Money.cny("2400000.00"), null, SettlementCycle.MONTHLY, List.of(), 60));
    }

    static ContractSigned signed(String contractId) {
        return new ContractSigned(contractId, TODAY, 1);
    }

    static ContractActivated activated(String contractId) {
        return new ContractActivated(contractId, TODAY, TODAY.plusMonths(6), 6);
    }

    static ContractClosed closed(String contractId) {
        return new ContractClosed(contractId, TODAY);
    }
}
