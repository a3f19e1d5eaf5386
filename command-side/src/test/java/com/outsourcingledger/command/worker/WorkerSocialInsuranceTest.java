package com.outsourcingledger.command.worker;

import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.worker.WorkerCommand.*;
import com.outsourcingledger.api.worker.WorkerEvent.*;
import com.outsourcingledger.command.worker.WorkerDeadlines.ProofLapse;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.outsourcingledger.api.organization.Department.BUSINESS;
import static com.outsourcingledger.api.organization.Department.HR;
import static com.outsourcingledger.command.worker.WorkerSamples.*;
import static com.outsourcingledger.platform.testing.RuleViolations.breaks;

/** The social-insurance proof of a serving worker: renewed by the vendor's own user, and its lapse (§12, §13). */
class WorkerSocialInsuranceTest {

    /** PROOFS cover 2026-03: with two months' grace, the proof lapses on 2026-06-01. */
    private static final LocalDate LAPSES_ON = LocalDate.of(2026, 6, 1);

    private AggregateTestFixture<Worker> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Worker.class);
        InMemoryWorkerLookups lookups = new InMemoryWorkerLookups();
        lookups.set(contract(ContractStatus.ACTIVE));
        fixture.registerInjectableResource(lookups);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZONE));
        fixture.registerInjectableResource(WorkerPolicy.defaults());
    }

    private ResultValidator<Worker> given(List<EventMessage<?>> events, Object command, MetaData metaData) {
        return fixture.givenCurrentTime(NOW).andGiven(events).when(command, metaData);
    }

    private static RenewSocialInsuranceProof renew(String month) {
        return new RenewSocialInsuranceProof(WORKER_ID, "SI-" + month, month);
    }

    private static WorkerSocialInsuranceProofRenewed renewed(String month) {
        return new WorkerSocialInsuranceProofRenewed(WORKER_ID, CONTRACT_ID, "SI-" + month, month);
    }

    private static CommandMessage<?> byVendorUser(Object command) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(vendorUser(VENDOR_ID));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    @Nested
    class Renewal {

        @Test
        void recordsTheVendorUsersNewerProofAndMovesTheLapse() {
            given(filedWorker(), renew("2026-04"), vendorUser(VENDOR_ID))
                    .expectEvents(renewed("2026-04"))
                    .expectScheduledDeadline(startOf(LocalDate.of(2026, 7, 1)),
                            new ProofLapse("2026-04", LocalDate.of(2026, 7, 1), 2));
        }

        @Test
        void acceptsAProofForTheSameMonth() {
            given(filedWorker(), renew("2026-03"), vendorUser(VENDOR_ID)).expectEvents(renewed("2026-03"));
        }

        @Test
        void acceptsARenewalDuringOffboarding() {
            given(with(activeWorker(), by("business", offboarding(TODAY.plusDays(10)))), renew("2026-04"),
                    vendorUser(VENDOR_ID)).expectEvents(renewed("2026-04"));
        }

        @Test
        void refusesAMonthOlderThanTheCurrentProof() {
            given(with(filedWorker(), by("vendor-user", renewed("2026-04"))), renew("2026-03"), vendorUser(VENDOR_ID))
                    .expectException(breaks("worker.social-insurance-renewal.month-before-current", 422));
        }

        @Test
        void refusesAMalformedMonth() {
            given(filedWorker(), renew("2026-4"), vendorUser(VENDOR_ID))
                    .expectException(breaks("worker.social-insurance-renewal.invalid-month", 422));
        }

        @Test
        void refusesAProofWithoutItsReference() {
            given(filedWorker(), new RenewSocialInsuranceProof(WORKER_ID, " ", "2026-04"), vendorUser(VENDOR_ID))
                    .expectException(breaks("worker.social-insurance-renewal.reference-required", 422));
        }

        @Test
        void refusesAUserOfAnotherVendor() {
            given(filedWorker(), renew("2026-04"), vendorUser("vendor-2"))
                    .expectException(breaks("vendor-scope.other-vendor", 403));
        }

        @Test
        void refusesAnInternalUser() {
            given(filedWorker(), renew("2026-04"), actingAs("business-2", BUSINESS))
                    .expectException(breaks("worker.social-insurance-renewal.not-a-vendor-user", 403));
        }

        @Test
        void refusesAWorkerNotYetFiled() {
            given(List.of(by("vendor-user", submitted())), renew("2026-04"), vendorUser(VENDOR_ID))
                    .expectException(breaks("worker.social-insurance-renewal.wrong-status", 409));
        }

        @Test
        void refusesAWorkerWhoExited() {
            given(with(activeWorker(), by("business", offboarding(TODAY)),
                            by("business", new WorkerExited(WORKER_ID, CONTRACT_ID, TODAY, false))),
                    renew("2026-04"), vendorUser(VENDOR_ID))
                    .expectException(breaks("worker.social-insurance-renewal.wrong-status", 409));
        }
    }

    @Nested
    class Lapse {

        @Test
        void theVerificationSchedulesTheLapseOfTheFiledProof() {
            given(List.of(by("vendor-user", submitted())), new VerifyWorkerFiling(WORKER_ID, "材料齐全"),
                    actingAs("hr-2", HR))
                    .expectEvents(filed())
                    .expectScheduledDeadline(startOf(LAPSES_ON), new ProofLapse("2026-03", LAPSES_ON, 2));
        }

        @Test
        void raisesTheLapseOnceTheProofIsMoreThanTheGraceBehind() {
            fixture.givenCurrentTime(NOW).andGiven(List.of(by("vendor-user", submitted())))
                    .andGivenCommands(new VerifyWorkerFiling(WORKER_ID, "材料齐全"))
                    .whenTimeAdvancesTo(startOf(LAPSES_ON).plusSeconds(1))
                    .expectDeadlinesMet(new ProofLapse("2026-03", LAPSES_ON, 2))
                    .expectEvents(new SocialInsuranceProofLapsed(WORKER_ID, CONTRACT_ID, VENDOR_ID, "2026-03",
                            LAPSES_ON, 2));
        }

        @Test
        void raisesNothingWhileTheProofIsWithinTheGrace() {
            fixture.givenCurrentTime(NOW).andGiven(List.of(by("vendor-user", submitted())))
                    .andGivenCommands(new VerifyWorkerFiling(WORKER_ID, "材料齐全"))
                    .whenTimeAdvancesTo(startOf(LAPSES_ON).minusSeconds(1))
                    .expectNoEvents();
        }

        @Test
        void aRenewalMovesTheLapse() {
            fixture.givenCurrentTime(NOW).andGiven(List.of(by("vendor-user", submitted())))
                    .andGivenCommands(new VerifyWorkerFiling(WORKER_ID, "材料齐全"), byVendorUser(renew("2026-04")))
                    .whenTimeAdvancesTo(startOf(LAPSES_ON).plusSeconds(1))
                    .expectNoEvents();
        }

        @Test
        void theMovedLapseIsRaisedForTheRenewedMonth() {
            LocalDate later = LocalDate.of(2026, 7, 1);
            fixture.givenCurrentTime(NOW).andGiven(List.of(by("vendor-user", submitted())))
                    .andGivenCommands(new VerifyWorkerFiling(WORKER_ID, "材料齐全"), byVendorUser(renew("2026-04")))
                    .whenTimeAdvancesTo(startOf(later).plusSeconds(1))
                    .expectEvents(new SocialInsuranceProofLapsed(WORKER_ID, CONTRACT_ID, VENDOR_ID, "2026-04", later,
                            2));
        }

        @Test
        void raisesNothingOnceTheWorkerWasWithdrawn() {
            fixture.givenCurrentTime(NOW).andGiven(List.of(by("vendor-user", submitted())))
                    .andGivenCommands(new VerifyWorkerFiling(WORKER_ID, "材料齐全"),
                            byVendorUser(new WithdrawWorker(WORKER_ID, "人员更换")))
                    .whenTimeAdvancesTo(startOf(LAPSES_ON).plusSeconds(1))
                    .expectNoEvents();
        }

        @Test
        void raisesTheSameLapseOnlyOnce() {
            fixture.givenCurrentTime(NOW).andGiven(with(filedWorker(), by("system",
                            new SocialInsuranceProofLapsed(WORKER_ID, CONTRACT_ID, VENDOR_ID, "2026-03", LAPSES_ON, 2))))
                    .andGivenCommands(byVendorUser(renew("2026-03")))
                    .whenTimeAdvancesTo(startOf(LAPSES_ON).plusSeconds(1))
                    .expectNoEvents();
        }
    }
}
