package com.outsourcingledger.query.dashboard;

import com.outsourcingledger.api.contract.Clause;
import com.outsourcingledger.api.contract.ClauseCategory;
import com.outsourcingledger.api.contract.ContractContent;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.FeeModel;
import com.outsourcingledger.api.contract.Party;
import com.outsourcingledger.api.contract.PaymentMethod;
import com.outsourcingledger.api.contract.ReviewOpinion;
import com.outsourcingledger.api.contract.SettlementCycle;
import com.outsourcingledger.api.contract.SlaDirection;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.CostBenefit;
import com.outsourcingledger.api.project.NonCoreDeclaration;
import com.outsourcingledger.api.project.ProjectCategory;
import com.outsourcingledger.api.project.ProjectEvent.ProjectDrafted;
import com.outsourcingledger.api.project.ProjectPeriod;
import com.outsourcingledger.api.project.ProjectRequest;
import com.outsourcingledger.api.vendor.Contact;
import com.outsourcingledger.api.vendor.QualificationType;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorEvent.QualificationAdded;
import com.outsourcingledger.api.vendor.VendorEvent.VendorRegistered;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

final class DashboardSamples {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private DashboardSamples() {
    }

    static VendorRegistered registered(String vendorId) {
        return new VendorRegistered(vendorId, "供应商 " + vendorId, "91310000MA1K0AB12X", "张伟", "上海市",
                List.of(new Contact("李娜", "客户经理", "13800000000", "lina@example.cn")), Money.cny("5000000.00"),
                2012, 320, Set.of(VendorCategory.IT));
    }

    static QualificationAdded license(String vendorId, String qualificationId, LocalDate validUntil) {
        return new QualificationAdded(vendorId, qualificationId, QualificationType.BUSINESS_LICENSE, "L-1", "市监局",
                LocalDate.of(2020, 1, 1), validUntil, true);
    }

    static ProjectDrafted drafted(String projectId) {
        return new ProjectDrafted(projectId, new ProjectRequest("项目 " + projectId, "背景", "客服部", "王五",
                ProjectCategory.IT, "范围", "交付物", "接通率≥95%", new ProjectPeriod(TODAY, TODAY.plusYears(2)), 10,
                Money.cny("1000000.00"), "预算", Money.cny("50000.00"), "风险",
                new CostBenefit(Money.cny("1000000.00"), Money.cny("1300000.00"), "节约"), List.of("目标"),
                new NonCoreDeclaration(true, true, true, "辅助")), "business");
    }

    static ContractDrafted contractDrafted(String contractId, String vendorId, LocalDate end) {
        return new ContractDrafted(contractId, null, vendorId, "合同 " + contractId, new Term(TODAY.minusMonths(3), end),
                new ContractContent(new Party("甲方", null, null, null, null), new Party("乙方", null, null, null, null),
                        "外包服务", List.of(), null, FeeModel.FIXED_PRICE, Money.cny("500000.00"),
                        PaymentMethod.BANK_TRANSFER, SettlementCycle.MONTHLY,
                        Arrays.stream(ClauseCategory.values()).map(c -> new Clause(c, "条款")).toList(), 60));
    }

    static List<Object> activeContract(String contractId, String vendorId, LocalDate end) {
        return List.of(contractDrafted(contractId, vendorId, end),
                new ContractSubmittedForCoReview(contractId, 1),
                new CoReviewOpinionRecorded(contractId, Department.LEGAL, ReviewOpinion.APPROVE, "同意"),
                new CoReviewOpinionRecorded(contractId, Department.HR, ReviewOpinion.APPROVE, "同意"),
                new CoReviewOpinionRecorded(contractId, Department.FINANCE, ReviewOpinion.APPROVE, "同意"),
                new CoReviewOpinionRecorded(contractId, Department.BUSINESS, ReviewOpinion.APPROVE, "同意"),
                new ContractApproved(contractId, 1),
                new ContractSigned(contractId, TODAY.minusMonths(3), 1),
                new ContractActivated(contractId, TODAY.minusMonths(3), TODAY.plusMonths(3), 6));
    }

    static SlaMeasurementRecorded measured(String contractId, String metricId, String period, boolean met) {
        return new SlaMeasurementRecorded(contractId, metricId, period, new BigDecimal(met ? "97" : "90"),
                new BigDecimal("95"), SlaDirection.AT_LEAST, met);
    }

    static SlaBreached breached(String contractId, String metricId, String period, String penalty) {
        return new SlaBreached(contractId, metricId, period, new BigDecimal("95"), new BigDecimal("90"),
                new BigDecimal("5"), Money.cny("100000.00"), new BigDecimal("2"), Money.cny("5000.00"),
                Money.cny(penalty));
    }
}
