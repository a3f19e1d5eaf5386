package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.project.ProjectStatus;
import com.outsourcingledger.api.vendor.VendorStatus;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;

import java.util.Map;

import static com.outsourcingledger.command.contract.ContractSamples.*;

/** The contract aggregate in a test fixture with a fixed clock, default policy, an admitted vendor and an awarded project. */
abstract class ContractFixture {

    AggregateTestFixture<Contract> fixture;
    InMemoryVendorStatuses standings;
    InMemoryProjectStatuses projects;
    MutableClock clock;

    @BeforeEach
    void setUpFixture() {
        standings = new InMemoryVendorStatuses();
        standings.set(VENDOR_ID, VendorStatus.ADMITTED);
        projects = new InMemoryProjectStatuses();
        projects.set(PROJECT_ID, ProjectStatus.AWARDED);
        clock = new MutableClock(NOW, ZONE);
        usePolicy(ContractPolicy.defaults());
    }

    /** A fresh fixture whose command and deadline handlers apply {@code policy}. */
    void usePolicy(ContractPolicy policy) {
        fixture = new AggregateTestFixture<>(Contract.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(standings);
        fixture.registerInjectableResource(projects);
        fixture.registerInjectableResource(policy);
    }

    TestExecutor<Contract> given(Object... events) {
        return fixture.givenCurrentTime(NOW).andGiven(events);
    }

    static ResultValidator<Contract> when(TestExecutor<Contract> executor, Object command, Map<String, ?> metadata) {
        return executor.when(command, MetaData.from(metadata));
    }
}
