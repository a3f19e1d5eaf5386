package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.ClearContractFlag;
import com.outsourcingledger.api.contract.ContractCommand.FlagContractForVendorSuspension;
import com.outsourcingledger.api.contract.ContractCommand.SanctionContractForVendor;
import com.outsourcingledger.api.contract.ContractEvent.ContractClosed;
import com.outsourcingledger.api.contract.ContractEvent.ContractDraftWithdrawn;
import com.outsourcingledger.api.contract.ContractEvent.ContractDrafted;
import com.outsourcingledger.api.contract.ContractEvent.ContractExpired;
import com.outsourcingledger.api.contract.ContractEvent.ContractTerminated;
import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.contract.TerminationReason;
import com.outsourcingledger.api.vendor.SuspensionCause;
import com.outsourcingledger.api.vendor.VendorEvent.VendorAdmitted;
import com.outsourcingledger.api.vendor.VendorEvent.VendorBlacklisted;
import com.outsourcingledger.api.vendor.VendorTier;
import com.outsourcingledger.api.vendor.VendorEvent.VendorEliminated;
import com.outsourcingledger.api.vendor.VendorEvent.VendorReinstated;
import com.outsourcingledger.api.vendor.VendorEvent.VendorSuspended;
import com.outsourcingledger.command.process.VendorSanctionSaga;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;

import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import static com.outsourcingledger.command.contract.ContractSamples.*;

class VendorSanctionSagaTest {

    private SagaTestFixture<VendorSanctionSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(VendorSanctionSaga.class);
    }

    private static VendorSuspended vendorSuspended() {
        return new VendorSuspended(VENDOR_ID, SuspensionCause.DECISION, "多次延误", List.of("memo-1"));
    }

    /** Exactly these command payloads, whatever the order the sagas of one vendor ran in. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Matcher<List<CommandMessage<?>>> inAnyOrder(Object... payloads) {
        Matcher[] each = java.util.Arrays.stream(payloads).map(p -> messageWithPayload(equalTo(p))).toArray(Matcher[]::new);
        return (Matcher) allOf(Matchers.listWithAllOf(each), hasSize(payloads.length));
    }

    @Test
    void followsEveryDraftedContractOfTheVendor() {
        fixture.givenNoPriorActivity()
                .whenAggregate(CONTRACT_ID).publishes(drafted())
                .expectActiveSagas(1)
                .expectAssociationWith("vendorId", VENDOR_ID)
                .expectNoDispatchedCommands();
    }

    @Test
    void flagsEachContractOfASuspendedVendor() {
        ContractDrafted second = new ContractDrafted("contract-2", null, VENDOR_ID, "第二份合同", TERM, content());
        fixture.givenAggregate(CONTRACT_ID).published(drafted())
                .andThenAggregate("contract-2").published(second)
                .whenAggregate(VENDOR_ID).publishes(vendorSuspended())
                .expectDispatchedCommandsMatching(inAnyOrder(
                        new FlagContractForVendorSuspension(CONTRACT_ID, VENDOR_ID, "多次延误"),
                        new FlagContractForVendorSuspension("contract-2", VENDOR_ID, "多次延误")));
    }

    @Test
    void leavesContractsOfOtherVendorsAlone() {
        fixture.givenAggregate(CONTRACT_ID).published(drafted())
                .whenAggregate("vendor-2").publishes(new VendorSuspended("vendor-2", SuspensionCause.DECISION, "x", List.of()))
                .expectNoDispatchedCommands();
    }

    @Test
    void flagsOnlyOnceWhenTheVendorIsSuspendedForASecondCause() {
        fixture.givenAggregate(CONTRACT_ID).published(drafted())
                .andThenAggregate(VENDOR_ID).published(vendorSuspended())
                .whenAggregate(VENDOR_ID).publishes(new VendorSuspended(VENDOR_ID, SuspensionCause.QUALIFICATION_EXPIRED,
                        "执照过期", List.of()))
                .expectNoDispatchedCommands();
    }

    @Test
    void clearsTheFlagWhenTheVendorIsReinstated() {
        fixture.givenAggregate(CONTRACT_ID).published(drafted())
                .andThenAggregate(VENDOR_ID).published(vendorSuspended())
                .whenAggregate(VENDOR_ID).publishes(new VendorReinstated(VENDOR_ID, "整改完成"))
                .expectDispatchedCommands(new ClearContractFlag(CONTRACT_ID, VENDOR_ID, "整改完成"));
    }

    @Test
    void clearsTheFlagWhenASuspendedThenEliminatedVendorIsAdmittedAgain() {
        fixture.givenAggregate(CONTRACT_ID).published(drafted())
                .andThenAggregate(VENDOR_ID).published(vendorSuspended(),
                        new VendorEliminated(VENDOR_ID, "评估不合格", List.of()))
                .whenAggregate(VENDOR_ID).publishes(new VendorAdmitted(VENDOR_ID, TODAY, VendorTier.STANDARD,
                        TODAY.plusYears(1)))
                .expectDispatchedCommands(new ClearContractFlag(CONTRACT_ID, VENDOR_ID, "Vendor admitted again"));
    }

    @Test
    void suspendsAndRecommendsTerminationWhenTheVendorIsEliminated() {
        fixture.givenAggregate(CONTRACT_ID).published(drafted())
                .whenAggregate(VENDOR_ID).publishes(new VendorEliminated(VENDOR_ID, "评估不合格", List.of()))
                .expectDispatchedCommands(new SanctionContractForVendor(CONTRACT_ID, VENDOR_ID, "ELIMINATED", "评估不合格"));
    }

    @Test
    void suspendsAndRecommendsTerminationWhenTheVendorIsBlacklisted() {
        fixture.givenAggregate(CONTRACT_ID).published(drafted())
                .whenAggregate(VENDOR_ID).publishes(new VendorBlacklisted(VENDOR_ID, "数据泄露", List.of("case-1")))
                .expectDispatchedCommands(new SanctionContractForVendor(CONTRACT_ID, VENDOR_ID, "BLACKLISTED", "数据泄露"));
    }

    @Test
    void stopsFollowingATerminatedContract() {
        fixture.givenAggregate(CONTRACT_ID).published(drafted())
                .whenAggregate(CONTRACT_ID).publishes(new ContractTerminated(CONTRACT_ID, TerminationReason.MUTUAL,
                        "协商", List.of(), TODAY, TODAY, null, null))
                .expectActiveSagas(0);
    }

    @Test
    void ignoresVendorEventsAfterTheContractClosed() {
        fixture.givenAggregate(CONTRACT_ID).published(drafted(), new ContractClosed(CONTRACT_ID, TODAY))
                .whenAggregate(VENDOR_ID).publishes(vendorSuspended())
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void stopsFollowingAnExpiredContract() {
        fixture.givenAggregate(CONTRACT_ID).published(drafted())
                .whenAggregate(CONTRACT_ID).publishes(new ContractExpired(CONTRACT_ID, TERM.end()))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void stopsFollowingAWithdrawnDraft() {
        fixture.givenAggregate(CONTRACT_ID).published(drafted())
                .whenAggregate(CONTRACT_ID).publishes(withdrawnDraft())
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void sendsNoSanctionToAWithdrawnDraft() {
        fixture.givenAggregate(CONTRACT_ID).published(drafted(), withdrawnDraft())
                .whenAggregate(VENDOR_ID).publishes(new VendorEliminated(VENDOR_ID, "评估不合格", List.of()))
                .expectNoDispatchedCommands();
    }

    private static ContractDraftWithdrawn withdrawnDraft() {
        return new ContractDraftWithdrawn(CONTRACT_ID, "供应商报价失效", ContractStatus.IN_REVIEW, TODAY);
    }
}
