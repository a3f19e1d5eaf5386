package com.outsourcingledger.command.process;

import com.outsourcingledger.api.contract.ContractContent;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.FeeModel;
import com.outsourcingledger.api.contract.Party;
import com.outsourcingledger.api.contract.PaymentMethod;
import com.outsourcingledger.api.contract.SettlementCycle;
import com.outsourcingledger.api.contract.SlaDirection;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.contract.TerminationReason;
import com.outsourcingledger.api.contract.ContractEvaluationCadence;
import com.outsourcingledger.api.evaluation.EvaluationCommand.OpenEvaluationPeriod;
import com.outsourcingledger.api.evaluation.EvaluationPeriod;
import com.outsourcingledger.api.evaluation.SlaComplianceLine;
import com.outsourcingledger.api.money.Money;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

class ContractEvaluationSagaTest {

    private static final String C = "contract-1";
    private static final String VENDOR = "vendor-1";
    private static final String PROJECT = "project-1";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-01-05T02:00:00Z");
    private static final LocalDate ACTIVATED_ON = LocalDate.of(2026, 1, 5);
    private static final Term TERM = new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
    private static final BigDecimal BONUS = new BigDecimal("3.00");

    private SagaTestFixture<ContractEvaluationSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(ContractEvaluationSaga.class);
        fixture.registerResource(Clock.fixed(NOW, ZONE));
    }

    private static Instant startOf(String day) {
        return LocalDate.parse(day).atStartOfDay(ZONE).toInstant();
    }

    private static ContractContent content(ContractEvaluationCadence cadence) {
        return new ContractContent(new Party("甲方", null, null, null, null), new Party("乙方", null, null, null, null),
                "呼叫中心外包", List.of(), null, FeeModel.FIXED_PRICE, Money.cny("2400000.00"),
                PaymentMethod.BANK_TRANSFER, SettlementCycle.MONTHLY, List.of(), 60, cadence, BONUS);
    }

    private static ContractDrafted drafted(Term term, ContractEvaluationCadence cadence) {
        return new ContractDrafted(C, PROJECT, VENDOR, "合同", term, content(cadence));
    }

    private static ContractActivated activated() {
        return new ContractActivated(C, ACTIVATED_ON, ACTIVATED_ON.plusMonths(6), 6);
    }

    private static SlaMeasurementRecorded measured(String period, String value, boolean met) {
        return new SlaMeasurementRecorded(C, "quality", period, new BigDecimal(value), new BigDecimal("95"),
                SlaDirection.AT_LEAST, met);
    }

    private static SlaBreached breached(String period, String value) {
        return new SlaBreached(C, "quality", period, new BigDecimal("95"), new BigDecimal(value),
                new BigDecimal("95").subtract(new BigDecimal(value)), Money.cny("100000.00"), new BigDecimal("2"),
                Money.cny("5000.00"), Money.cny("2000.00"));
    }

    private static SlaComplianceLine metLine(String period, String value) {
        return new SlaComplianceLine("quality", period, new BigDecimal(value), new BigDecimal("95"),
                SlaDirection.AT_LEAST, true, false, false, null);
    }

    private static SlaComplianceLine breachedLine(String period, String value) {
        return new SlaComplianceLine("quality", period, new BigDecimal(value), new BigDecimal("95"),
                SlaDirection.AT_LEAST, false, true, false, Money.cny("2000.00"));
    }

    private static OpenEvaluationPeriod open(String period, List<SlaComplianceLine> lines) {
        return new OpenEvaluationPeriod(C + ":" + period, C, VENDOR, PROJECT, EvaluationPeriod.of(period), BONUS, lines);
    }

    @Test
    void opensThePeriodAtItsEndWithTheSlaLinesOfItsPeriodsOnly() {
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(C).published(drafted(TERM, null), activated(),
                        measured("2026-02", "97", true), measured("2026-03", "93", false), breached("2026-03", "93"),
                        measured("2026-04", "96", true))
                .whenTimeAdvancesTo(startOf("2026-04-01"))
                .expectDispatchedCommands(open("2026-Q1", List.of(metLine("2026-02", "97"),
                        breachedLine("2026-03", "93"))))
                .expectScheduledDeadlineWithName(startOf("2026-07-01"), ContractEvaluationSaga.PERIOD_END);
    }

    /** A contract entered after its term started: the quarters already ended open at activation, one after another. */
    @Test
    void opensThePeriodsThatEndedBeforeActivationAtOnce() {
        Term started = new Term(LocalDate.of(2025, 7, 1), LocalDate.of(2027, 6, 30));
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(C).published(drafted(started, null), measured("2025-08", "97", true))
                .whenAggregate(C).publishes(activated())
                .expectScheduledDeadlineWithName(NOW, ContractEvaluationSaga.PERIOD_END);
        fixture.whenTimeElapses(java.time.Duration.ofSeconds(1))
                .expectDispatchedCommands(open("2025-Q3", List.of(metLine("2025-08", "97"))), open("2025-Q4", List.of()))
                .expectScheduledDeadlineWithName(startOf("2026-04-01"), ContractEvaluationSaga.PERIOD_END);
    }

    @Test
    void recordsAWithdrawnBreachOnItsLine() {
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(C).published(drafted(TERM, ContractEvaluationCadence.MONTHLY), activated(),
                        measured("2026-01", "93", false), breached("2026-01", "93"),
                        new SlaMeasurementCorrected(C, "quality", "2026-01", new BigDecimal("93"),
                                new BigDecimal("96"), "重算", true),
                        new SlaBreachWithdrawn(C, "quality", "2026-01", "重算后达标"))
                .whenTimeAdvancesTo(startOf("2026-02-01"))
                .expectDispatchedCommands(open("2026-01", List.of(new SlaComplianceLine("quality", "2026-01",
                        new BigDecimal("96"), new BigDecimal("95"), SlaDirection.AT_LEAST, true, true, true,
                        Money.cny("2000.00")))));
    }

    @Test
    void includesALateMeasurementThatArrivesBeforeTheDeadline() throws Exception {
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(C).published(drafted(TERM, null), activated(), measured("2026-02", "97", true))
                .andThenTimeAdvancesTo(startOf("2026-03-31"))
                .andThenAggregate(C).published(measured("2026-01", "96", true))
                .whenTimeAdvancesTo(startOf("2026-04-01"))
                .expectDispatchedCommands(open("2026-Q1", List.of(metLine("2026-01", "96"), metLine("2026-02", "97"))));
    }

    @Test
    void opensAPeriodCutByTheTermAtTheTermsEnd() {
        Term shortTerm = new Term(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 2, 15));
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(C).published(drafted(shortTerm, null), activated())
                .whenTimeAdvancesTo(startOf("2026-02-16"))
                .expectDispatchedCommands(open("2025-Q3", List.of()), open("2025-Q4", List.of()),
                        open("2026-Q1", List.of()))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aRenewalExtendsTheScheduleToThePeriodsEndAndBeyond() throws Exception {
        Term shortTerm = new Term(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 2, 15));
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(C).published(drafted(shortTerm, null), activated(),
                        new ContractRenewed(C, new Term(LocalDate.of(2025, 7, 1), LocalDate.of(2027, 2, 15)), 2))
                .andThenTimeAdvancesTo(startOf("2026-02-16"))
                .whenTimeAdvancesTo(startOf("2026-04-01"))
                .expectDispatchedCommands(open("2026-Q1", List.of()))
                .expectScheduledDeadlineWithName(startOf("2026-07-01"), ContractEvaluationSaga.PERIOD_END);
    }

    @Test
    void opensNothingBeforeActivation() {
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(C).published(drafted(TERM, null))
                .whenTimeAdvancesTo(startOf("2026-04-01"))
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
    }

    @Test
    void aTerminationOpensTheRunningPeriodAndEndsTheProcess() throws Exception {
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(C).published(drafted(TERM, null), activated(), measured("2026-04", "96", true))
                .andThenTimeAdvancesTo(startOf("2026-04-01"))
                .whenAggregate(C).publishes(new ContractTerminated(C, TerminationReason.MUTUAL, "协商解除",
                        List.of(), LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 10), null, null))
                .expectDispatchedCommands(open("2026-Q2", List.of(metLine("2026-04", "96"))))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void aWithdrawnDraftEndsTheProcessWithoutAnEvaluation() {
        fixture.givenAggregate(C).published(drafted(TERM, null))
                .whenAggregate(C).publishes(new ContractDraftWithdrawn(C, "项目取消",
                        com.outsourcingledger.api.contract.ContractStatus.DRAFTING, LocalDate.of(2026, 1, 3)))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }

    @Test
    void itsStateSurvivesTheSagaStoresSerializer() {
        org.axonframework.serialization.Serializer serializer =
                com.outsourcingledger.api.wire.EventWireFormat.serializer();
        SlaComplianceBook book = new SlaComplianceBook();
        book.record(measured("2026-03", "93", false));
        book.record(breached("2026-03", "93"));
        ContractEvaluationSaga saga = new ContractEvaluationSaga();
        saga.on(drafted(TERM, ContractEvaluationCadence.MONTHLY));

        SlaComplianceBook readBook = serializer.deserialize(serializer.serialize(book, byte[].class));
        ContractEvaluationSaga readSaga = serializer.deserialize(serializer.serialize(saga, byte[].class));

        org.assertj.core.api.Assertions.assertThat(readBook.linesOf(EvaluationPeriod.of("2026-Q1")))
                .containsExactly(breachedLine("2026-03", "93"));
        org.assertj.core.api.Assertions.assertThat(readSaga).usingRecursiveComparison()
                .ignoringFields("commands", "deadlines", "clock").isEqualTo(saga);
    }
}
