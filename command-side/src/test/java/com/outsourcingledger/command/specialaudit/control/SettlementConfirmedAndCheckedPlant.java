package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.compliance.ComplianceCheckEvent.ComplianceProofsRequested;
import com.outsourcingledger.api.compliance.ComplianceCheckEvent.ComplianceProofsSubmitted;
import com.outsourcingledger.api.compliance.ComplianceCheckEvent.EmploymentComplianceVerified;
import com.outsourcingledger.api.compliance.ComplianceCheckOccasion;
import com.outsourcingledger.api.compliance.ComplianceProof;
import com.outsourcingledger.api.compliance.ProofSubmission;
import com.outsourcingledger.api.contract.ContractEvent.ContractClosed;
import com.outsourcingledger.api.contract.ContractEvent.FinalSettlementRecorded;
import com.outsourcingledger.api.contract.ContractEvent.SettlementAmountReserved;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.settlement.ConfirmationBasis;
import com.outsourcingledger.api.settlement.Invoice;
import com.outsourcingledger.api.settlement.SettlementEvent.*;
import com.outsourcingledger.api.settlement.SettlementStep;
import com.outsourcingledger.api.specialaudit.AuditControl;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static com.outsourcingledger.command.specialaudit.control.PlantDays.at;

/**
 * Monthly settlements (100,000.00 a month) of contracts in service, each paid on the deciding day after the steps
 * of §11, every step by its own user, the approval reserved on the contract, each monthly request opening its
 * cycle's employment-compliance check (verified by HR): one straight through, one returned by
 * HR and resubmitted; and the final settlement of a contract terminated by mutual agreement before the period,
 * approved and paid without HR's compliance check (its payment recorded as the contract's last exit step, which
 * closes it).
 */
final class SettlementConfirmedAndCheckedPlant implements ControlPlant {

    private static final String CONTRACT = "cb-settlement-contract";
    private static final String UNCHECKED_CONTRACT = "cb-settlement-contract-unchecked";
    private static final String UNCHECKED_FINAL = UNCHECKED_CONTRACT + ":settlement:final";
    private static final Money FEE = Money.cny("100000.00");
    private static final Money ZERO = Money.cny("0.00");

    @Override
    public AuditControl control() {
        return AuditControl.SETTLEMENT_CONFIRMED_AND_CHECKED;
    }

    @Override
    public List<AuditedEvent> clean(AuditPeriod period) {
        LocalDate day = PlantDays.decidingDay(period);
        PlantedHistory contract = ServiceContract.signed(CONTRACT, period);
        String returnedId = idOf(CONTRACT, day, 2);
        PlantedHistory returned = requested(period, CONTRACT, 2, day.minusDays(12), "");
        confirmed(returned, returnedId);
        returned.by("HR", "hr-1").after(Duration.ofHours(2)).event(new SettlementReturned(returnedId,
                SettlementStep.CONFIRMED, "抽查人员的社保证明缺失，请补齐后重新提交"));
        returned.by(null, "vendor-user-1").after(Duration.ofDays(1))
                .event(new SettlementResubmitted(returnedId, FEE, invoice(returnedId, "-R")));
        confirmed(returned, returnedId);
        checked(returned, returnedId);
        approvedAndPaid(period, returned, returnedId, contract, FEE, at(period, day, 10, 0));

        String straightId = idOf(CONTRACT, day, 1);
        PlantedHistory straight = requested(period, CONTRACT, 1, day.minusDays(9), "");
        confirmed(straight, straightId);
        checked(straight, straightId);
        approvedAndPaid(period, straight, straightId, contract, Money.cny("200000.00"), at(period, day, 10, 30));

        List<AuditedEvent> events = new ArrayList<>(contract.events());
        events.addAll(returned.events());
        events.addAll(straight.events());
        events.addAll(employmentCompliance(period, returned, returnedId).events());
        events.addAll(employmentCompliance(period, straight, straightId).events());
        return PlantDays.inStoreOrder(events);
    }

    @Override
    public List<AuditedEvent> violation(AuditPeriod period) {
        LocalDate day = PlantDays.decidingDay(period);
        PlantedHistory contract = ServiceContract.terminated(UNCHECKED_CONTRACT, period);
        String id = UNCHECKED_FINAL;
        PlantedHistory unchecked = PlantedHistory.of("Settlement", id, at(period, day.minusDays(9), 9, 0))
                .by(null, "vendor-user-1").event(new SettlementRequested(id, UNCHECKED_CONTRACT,
                        ServiceContract.vendorOf(UNCHECKED_CONTRACT), UNCHECKED_CONTRACT + "-project",
                        YearMonth.from(period.from().minusDays(33)).toString(), true, FEE, invoice(id, "")));
        confirmed(unchecked, id);
        approvedAndPaid(period, unchecked, id, contract, FEE, at(period, day, 11, 0));
        contract.by("FINANCE", "finance-1").at(at(period, day, 11, 0).plusSeconds(1))
                .event(new FinalSettlementRecorded(UNCHECKED_CONTRACT, FEE, paymentReference(unchecked), day, id))
                .event(new ContractClosed(UNCHECKED_CONTRACT, day));
        List<AuditedEvent> events = new ArrayList<>(contract.events());
        events.addAll(unchecked.events());
        return PlantDays.inStoreOrder(events);
    }

    @Override
    public String violatingSubjectId() {
        return UNCHECKED_FINAL;
    }

    private static String idOf(String contractId, LocalDate day, int monthsBack) {
        return contractId + ":settlement:" + settled(day, monthsBack);
    }

    /** A month that had ended before the earliest request, nine days before the deciding day. */
    private static YearMonth settled(LocalDate day, int monthsBack) {
        return YearMonth.from(day.minusDays(9)).minusMonths(monthsBack);
    }

    private static PlantedHistory requested(AuditPeriod period, String contractId, int monthsBack, LocalDate on,
                                            String invoiceSuffix) {
        LocalDate day = PlantDays.decidingDay(period);
        String id = idOf(contractId, day, monthsBack);
        return PlantedHistory.of("Settlement", id, at(period, on, 9, 0)).by(null, "vendor-user-1")
                .event(new SettlementRequested(id, contractId, ServiceContract.vendorOf(contractId),
                        contractId + "-project", settled(day, monthsBack).toString(), false, FEE,
                        invoice(id, invoiceSuffix)));
    }

    /**
     * The employment-compliance check the request opened for its cycle (the compliance process, acting on the
     * request), the vendor's proofs the next afternoon and HR's verification the day after.
     */
    private static PlantedHistory employmentCompliance(AuditPeriod period, PlantedHistory settlement,
                                                       String settlementId) {
        AuditedEvent request = settlement.events().getFirst();
        SettlementRequested requested = (SettlementRequested) request.payload();
        String checkId = settlementId.replace(":settlement:", ":compliance:");
        LocalDate requestedOn = request.timestamp().atZone(period.zone()).toLocalDate();
        return PlantedHistory.of("ComplianceCheck", checkId, request.timestamp().plusSeconds(1))
                .by(null, "vendor-user-1")
                .event(new ComplianceProofsRequested(checkId, requested.contractId(), requested.vendorId(),
                        ComplianceCheckOccasion.SETTLEMENT_CYCLE, settlementId, requested.period(),
                        List.of(ComplianceProof.values()), requestedOn.plusDays(10), 10))
                .after(Duration.ofHours(29)).event(new ComplianceProofsSubmitted(checkId, requested.contractId(),
                        Arrays.stream(ComplianceProof.values()).map(p -> new ProofSubmission(p, p + "-"
                                + requested.period())).toList()))
                .by("HR", "hr-1").after(Duration.ofDays(1))
                .event(new EmploymentComplianceVerified(checkId, requested.contractId(), "材料齐全，抽查无异常"));
    }

    private static Invoice invoice(String settlementId, String suffix) {
        return new Invoice("INV-" + settlementId.substring(settlementId.lastIndexOf(':') + 1) + suffix, "VAT_SPECIAL", FEE, Money.cny("5660.38"));
    }

    private static void confirmed(PlantedHistory settlement, String id) {
        settlement.by("BUSINESS", "business-1").after(Duration.ofDays(1)).event(new SettlementConfirmed(id,
                ConfirmationBasis.WORKLOAD, null, "GZL-" + id, "工作量与质量已确认"));
    }

    private static void checked(PlantedHistory settlement, String id) {
        settlement.by("HR", "hr-1").after(Duration.ofDays(1)).event(new SettlementComplianceChecked(id, true,
                List.of("worker-7", "worker-9"), List.of("社保缴纳证明", "工资发放凭证"), "抽查通过"));
    }

    /** FINANCE verifies the invoice and, the next day, another FINANCE user approves; the approval is reserved. */
    private static void approvedAndPaid(AuditPeriod period, PlantedHistory settlement, String id,
                                        PlantedHistory contract, Money reservedTotal, Instant paidAt) {
        String contractId = id.substring(0, id.indexOf(":settlement:"));
        String invoiceNumber = settlement.events().stream().map(AuditedEvent::payload)
                .map(p -> p instanceof SettlementResubmitted r ? r.invoice().number()
                        : p instanceof SettlementRequested r ? r.invoice().number() : null)
                .filter(n -> n != null).reduce((first, second) -> second).orElseThrow();
        settlement.by("FINANCE", "finance-1").after(Duration.ofDays(1))
                .event(new InvoiceVerified(id, invoiceNumber, "合同、发票、确认单三方一致"))
                .by("FINANCE", "finance-2").after(Duration.ofDays(1))
                .event(new SettlementApproved(id, contractId, FEE, List.of(), ZERO, BigDecimal.ZERO, ZERO, FEE));
        contract.by("FINANCE", "finance-2").at(settlement.events().getLast().timestamp().plusSeconds(1))
                .event(new SettlementAmountReserved(contractId, id, FEE, List.of(), reservedTotal,
                        ServiceContract.AMOUNT));
        settlement.by("FINANCE", "finance-1").at(paidAt).event(new PaymentRecorded(id, contractId,
                paymentReference(settlement), paidAt.atZone(period.zone()).toLocalDate(), FEE));
    }

    private static String paymentReference(PlantedHistory settlement) {
        return "PAY-" + settlement.events().getFirst().eventId().substring(0, 8);
    }
}
