package com.outsourcingledger.command.settlement;

import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.contract.FeeModel;
import com.outsourcingledger.api.contract.SettlementCycle;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.settlement.ConfirmationBasis;
import com.outsourcingledger.api.settlement.Invoice;
import com.outsourcingledger.api.settlement.PenaltyDeduction;
import com.outsourcingledger.api.settlement.SettlementEvent.*;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.command.lookup.ContractFacts;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A FIXED_PRICE contract of 2,400,000.00 over 24 months (100,000.00 a month), settled monthly, and its settlement of March 2026. */
final class SettlementSamples {

    static final String CONTRACT_ID = "contract-1";
    static final String VENDOR_ID = "vendor-1";
    static final String PROJECT_ID = "project-1";
    static final String PERIOD = "2026-03";
    static final String SETTLEMENT_ID = CONTRACT_ID + ":settlement:" + PERIOD;
    static final String FINAL_ID = CONTRACT_ID + ":settlement:final";
    static final String EVALUATION_ID = CONTRACT_ID + ":2026-Q1";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-04-10T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 4, 10);
    static final Term TERM = new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
    static final Money AMOUNT = Money.cny("2400000.00");
    static final PenaltyDeduction QUALITY_MARCH = new PenaltyDeduction("quality", "2026-03", Money.cny("1500.00"));
    static final PenaltyDeduction RESPONSE_MARCH = new PenaltyDeduction("response", "2026-03", Money.cny("800.00"));

    private SettlementSamples() {
    }

    static ContractFacts active(PenaltyDeduction... standing) {
        return new ContractFacts(CONTRACT_ID, ContractStatus.ACTIVE, VENDOR_ID, PROJECT_ID, AMOUNT,
                FeeModel.FIXED_PRICE, SettlementCycle.MONTHLY, List.of(TERM), TERM.start(), null,
                List.of(standing), Set.of(), Set.of(), Money.cny("0.00"));
    }

    static ContractFacts terminated(LocalDate lastServiceDay, PenaltyDeduction... standing) {
        return new ContractFacts(CONTRACT_ID, ContractStatus.TERMINATED, VENDOR_ID, PROJECT_ID, AMOUNT,
                FeeModel.FIXED_PRICE, SettlementCycle.MONTHLY, List.of(TERM), TERM.start(), lastServiceDay,
                List.of(standing), Set.of(), Set.of(), Money.cny("0.00"));
    }

    static Invoice invoice(String amount) {
        return new Invoice("INV-1", "VAT_SPECIAL", Money.cny(amount), Money.cny("5000.00"));
    }

    static SettlementRequested requested(String claimed) {
        return new SettlementRequested(SETTLEMENT_ID, CONTRACT_ID, VENDOR_ID, PROJECT_ID, PERIOD, false,
                Money.cny(claimed), invoice(claimed));
    }

    static SettlementConfirmed confirmedOnWorkload() {
        return new SettlementConfirmed(SETTLEMENT_ID, ConfirmationBasis.WORKLOAD, null, "GZL-2026-03", "已确认");
    }

    static SettlementConfirmed confirmedOnEvaluation() {
        return new SettlementConfirmed(SETTLEMENT_ID, ConfirmationBasis.EVALUATION, EVALUATION_ID, null, "已确认");
    }

    static SettlementComplianceChecked checked() {
        return new SettlementComplianceChecked(SETTLEMENT_ID, true, List.of("worker-7"), List.of("社保 2026-03"), "通过");
    }

    static InvoiceVerified verified() {
        return new InvoiceVerified(SETTLEMENT_ID, "INV-1", "三方一致");
    }

    /** The request for {@code claimed} by the vendor, then each step up to invoice verification by its own user. */
    static List<EventMessage<?>> verifiedOnWorkload(String claimed) {
        return List.of(by("vendor-user", requested(claimed)), by("business", confirmedOnWorkload()),
                by("hr", checked()), by("finance", verified()));
    }

    static EventMessage<?> by(String user, Object event) {
        return GenericEventMessage.asEventMessage(event).andMetaData(Map.of(MetadataKeys.USER, user));
    }

    static MetaData actingAs(String user, Department department) {
        return MetaData.from(Map.of(MetadataKeys.USER, user, MetadataKeys.DEPARTMENT, department.name()));
    }

    static MetaData vendorUser(String vendorId) {
        return MetaData.from(Map.of(MetadataKeys.USER, "vendor-user", MetadataKeys.VENDOR, vendorId));
    }

    @SafeVarargs
    static List<EventMessage<?>> with(List<EventMessage<?>> earlier, EventMessage<?>... later) {
        List<EventMessage<?>> all = new ArrayList<>(earlier);
        all.addAll(Arrays.asList(later));
        return all;
    }
}
