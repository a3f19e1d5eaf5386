package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.contract.Clause;
import com.outsourcingledger.api.contract.ClauseCategory;
import com.outsourcingledger.api.contract.ContractContent;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.FeeModel;
import com.outsourcingledger.api.contract.MeasurementPeriod;
import com.outsourcingledger.api.contract.Party;
import com.outsourcingledger.api.contract.PaymentMethod;
import com.outsourcingledger.api.contract.ReviewOpinion;
import com.outsourcingledger.api.contract.SettlementCycle;
import com.outsourcingledger.api.contract.SlaDirection;
import com.outsourcingledger.api.contract.SlaMetric;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.contract.TerminationReason;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A contract in service throughout a plant's period, as the Contract aggregate applies it: drafted by BUSINESS
 * with an SLA, its NDA recorded, co-reviewed by LEGAL, HR, FINANCE and BUSINESS (the last opinion approving it),
 * signed by MANAGEMENT and activated by its deadline, all over a year before the period; its term runs two years
 * past it, so no renewal review falls in the period. Further events go on the returned history. Its project and
 * vendor are not planted, nor its quarterly evaluations and SLA measurements, which no control reads: a process
 * replaying these histories (ProjectContractingSaga, ContractEvaluationSaga) finds them missing.
 */
final class ServiceContract {

    static final Money AMOUNT = Money.cny("3600000.00");

    private ServiceContract() {
    }

    static String vendorOf(String contractId) {
        return contractId + "-vendor";
    }

    static PlantedHistory signed(String contractId, AuditPeriod period) {
        LocalDate drafted = period.from().minusDays(400);
        Term term = new Term(drafted.plusDays(30), period.to().plusYears(2));
        PlantedHistory contract = PlantedHistory.of("Contract", contractId, PlantDays.at(period, drafted, 9, 0))
                .by("BUSINESS", "business-1")
                .event(new ContractDrafted(contractId, contractId + "-project", vendorOf(contractId), "驻场运维服务合同",
                        term, content()))
                .after(Duration.ofMinutes(20)).event(new SlaDefined(contractId, quality()))
                .after(Duration.ofDays(2)).event(new NdaRecorded(contractId, "NDA-" + contractId, drafted.plusDays(2)))
                .after(Duration.ofDays(1)).event(new ContractSubmittedForCoReview(contractId, 1));
        for (Department department : List.of(Department.LEGAL, Department.HR, Department.FINANCE)) {
            contract.by(department.name(), department.name().toLowerCase() + "-1").after(Duration.ofDays(1))
                    .event(new CoReviewOpinionRecorded(contractId, department, ReviewOpinion.APPROVE, "同意"));
        }
        return contract.by("BUSINESS", "business-2").after(Duration.ofDays(1))
                .event(new CoReviewOpinionRecorded(contractId, Department.BUSINESS, ReviewOpinion.APPROVE, "同意"))
                .event(new ContractApproved(contractId, 1))
                .by("MANAGEMENT", "management-1").after(Duration.ofDays(3))
                .event(new ContractSigned(contractId, drafted.plusDays(10), 1))
                .by(null, null).at(PlantDays.at(period, term.start(), 0, 0))
                .event(new ContractActivated(contractId, term.start(), term.start().plusMonths(6), 6));
    }

    /**
     * Terminated by mutual agreement 40 days before the period, its last service day a week later, and its exit
     * steps but the final settlement taken: knowledge transferred and assets recovered (BUSINESS), access revoked
     * with no workers (HR).
     */
    static PlantedHistory terminated(String contractId, AuditPeriod period) {
        LocalDate terminatedOn = period.from().minusDays(40);
        LocalDate lastServiceDay = terminatedOn.plusDays(7);
        return signed(contractId, period).by("BUSINESS", "business-1").at(PlantDays.at(period, terminatedOn, 10, 0))
                .event(new ContractTerminated(contractId, TerminationReason.MUTUAL, "双方协商一致提前终止", List.of(),
                        terminatedOn, lastServiceDay, null, null))
                .at(PlantDays.at(period, lastServiceDay, 15, 0))
                .event(new KnowledgeTransferRecorded(contractId, lastServiceDay, "运维手册与账号清单已移交"))
                .after(Duration.ofHours(1))
                .event(new AssetsRecoveredRecorded(contractId, lastServiceDay, "门禁卡与设备已收回"))
                .by("HR", "hr-1").after(Duration.ofHours(1))
                .event(new WorkerAccessRevoked(contractId, lastServiceDay, lastServiceDay, "本合同无驻场人员", false));
    }

    private static SlaMetric quality() {
        return new SlaMetric("quality", "质量合格率", "%", new BigDecimal("95"), SlaDirection.AT_LEAST,
                MeasurementPeriod.MONTHLY, "质检系统", "业务部质检组", new BigDecimal("2"), Money.cny("1500.00"));
    }

    private static ContractContent content() {
        return new ContractContent(new Party("上海示例科技有限公司", "上海市徐汇区", "王五", "赵六", "021-5555"),
                new Party("上海示例信息服务有限公司", "上海市浦东新区", "张三", "李四", "021-6666"),
                "驻场运维服务", List.of("月度服务报告"), "按月验收", FeeModel.FIXED_PRICE, AMOUNT,
                PaymentMethod.BANK_TRANSFER, SettlementCycle.MONTHLY,
                Arrays.stream(ClauseCategory.values()).map(c -> new Clause(c, "条款：" + c)).toList(), 60);
    }
}
