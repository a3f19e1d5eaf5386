package com.outsourcingledger.api.wire;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.settlement.ConfirmationBasis;
import com.outsourcingledger.api.settlement.Invoice;
import com.outsourcingledger.api.settlement.PenaltyDeduction;
import com.outsourcingledger.api.settlement.SettlementEvent;
import com.outsourcingledger.api.settlement.SettlementEvent.*;
import com.outsourcingledger.api.settlement.SettlementStep;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SettlementEventWireFormatTest {

    private static final String S = "contract-1:2026-03";
    private static final LocalDate DAY = LocalDate.of(2026, 4, 15);
    private final Serializer serializer = EventWireFormat.serializer();

    static Stream<SettlementEvent> everySettlementEvent() {
        List<PenaltyDeduction> penalties = List.of(new PenaltyDeduction("quality", "2026-03", Money.cny("1500.00")),
                new PenaltyDeduction("response", "2026-03", Money.cny("800.00")));
        return Stream.of(
                new SettlementRequested(S, "contract-1", "vendor-1", "project-1", "2026-03", false,
                        Money.cny("100000.00"), new Invoice("INV-1", "VAT_SPECIAL", Money.cny("100000.00"),
                        Money.cny("5660.38"))),
                new SettlementConfirmed(S, ConfirmationBasis.WORKLOAD, null, "GZL-2026-03", "工作量已确认"),
                new SettlementComplianceChecked(S, true, List.of("worker-7"), List.of("社保 2026-03"), "抽查通过"),
                new SettlementHeld(S, "社保证明缺失", null),
                new SettlementReleased(S, "已补交"),
                new InvoiceVerified(S, "INV-1", "三方一致"),
                new SettlementApproved(S, "contract-1", Money.cny("100000.00"), penalties, Money.cny("2300.00"),
                        BigDecimal.ZERO, Money.cny("0.00"), Money.cny("97700.00")),
                new PenaltyDeducted(S, "contract-1", "quality", "2026-03", Money.cny("1500.00")),
                new PaymentRecorded(S, "contract-1", "PAY-1", DAY, Money.cny("97700.00")),
                new SettlementReturned(S, SettlementStep.CONFIRMED, "发票金额不符"),
                new SettlementResubmitted(S, Money.cny("97700.00"), new Invoice("INV-2", "VAT_SPECIAL",
                        Money.cny("97700.00"), Money.cny("5530.19"))));
    }

    @Test
    void coversEverySettlementEventType() {
        assertThat(everySettlementEvent().map(Object::getClass)).containsExactlyInAnyOrder(
                Arrays.stream(SettlementEvent.class.getPermittedSubclasses()).toArray(Class[]::new));
    }

    @ParameterizedTest
    @MethodSource("everySettlementEvent")
    void everyEventSurvivesTheRoundTripUnchanged(SettlementEvent event) {
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        assertThat(stored.getType().getName()).isEqualTo(event.getClass().getName());
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
    }
}
