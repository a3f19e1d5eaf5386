package com.outsourcingledger.command.signal;

import com.outsourcingledger.api.compliance.ComplianceCheckEvent.EmploymentComplianceViolationFound;
import com.outsourcingledger.api.compliance.ComplianceViolationKind;
import com.outsourcingledger.api.contract.ContractContent;
import com.outsourcingledger.api.contract.ContractEvent;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.FeeModel;
import com.outsourcingledger.api.contract.Party;
import com.outsourcingledger.api.contract.PaymentMethod;
import com.outsourcingledger.api.contract.SettlementCycle;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.settlement.SettlementEvent.SettlementRequested;
import com.outsourcingledger.api.signal.ShamSignalEvent.ShamSignalRaised;
import com.outsourcingledger.api.signal.ShamSignalType;
import com.outsourcingledger.api.signal.SignalSource;
import com.outsourcingledger.api.worker.AccessResourceType;
import com.outsourcingledger.api.worker.InductionTopic;
import com.outsourcingledger.api.worker.WorkerEvent.*;
import com.outsourcingledger.command.lookup.ContractFactsFold;
import com.outsourcingledger.command.lookup.EventSources;
import com.outsourcingledger.command.lookup.SettlementContracts;
import com.outsourcingledger.command.lookup.WorkerCredentials;
import com.outsourcingledger.platform.problem.CommandFailureTranslator;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detector in process: its commands go through a command bus to the real ShamSignal aggregate on an in-memory
 * event store, where the signals it raised are read back, sources and all, after every event was delivered twice.
 */
class ShamSignalDetectorTest {

    private static final String CONTRACT = "contract-1";
    private static final String VENDOR = "vendor-1";
    private static final String WORKER = "worker-1";
    private static final Term TERM = new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    private Configuration axon;
    private EventStore store;
    private ShamSignalDetector detector;

    @BeforeEach
    void setUp() {
        SettlementContracts contracts = id -> Optional.ofNullable(ContractFactsFold.of(store.readEvents(id).asStream()
                .map(DomainEventMessage::getPayload).filter(ContractEvent.class::isInstance)
                .map(ContractEvent.class::cast).toList()));
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureCommandBus(c -> {
                    SimpleCommandBus bus = SimpleCommandBus.builder().build();
                    bus.registerHandlerInterceptor(new CommandFailureTranslator());
                    return bus;
                })
                .configureAggregate(ShamSignal.class)
                .registerComponent(SettlementContracts.class, c -> contracts)
                .buildConfiguration();
        axon.start();
        store = axon.eventStore();
        WorkerCredentials workers = (workerId, sequence) -> {
            String contractId = null;
            SignalSource filing = null;
            boolean badged = false;
            for (DomainEventMessage<?> event : store.readEvents(workerId).asStream().toList()) {
                if (event.getSequenceNumber() >= sequence) {
                    break;
                }
                if (event.getPayload() instanceof WorkerFiled filed) {
                    contractId = filed.contractId();
                    filing = EventSources.sourceOf(event);
                }
                badged |= event.getPayload() instanceof WorkerBadgeIssued;
            }
            return filing == null ? Optional.empty()
                    : Optional.of(new WorkerCredentials.Credential(contractId, VENDOR, filing, badged));
        };
        detector = new ShamSignalDetector(axon.commandGateway(), workers, contracts);
        append(CONTRACT, "Contract", drafted(FeeModel.FIXED_PRICE));
    }

    @AfterEach
    void tearDown() {
        axon.shutdown();
    }

    private static ContractDrafted drafted(FeeModel feeModel) {
        ContractContent content = new ContractContent(new Party("甲方", null, null, null, null),
                new Party("乙方", null, null, null, null), "客服外包", List.of(), null, feeModel,
                new Money(new BigDecimal("100000.00"), "CNY"), PaymentMethod.BANK_TRANSFER, SettlementCycle.MONTHLY,
                List.of(), null);
        return new ContractDrafted(CONTRACT, "project-1", VENDOR, "客服外包合同", TERM, content);
    }

    private DomainEventMessage<?> append(String aggregateId, String type, Object payload) {
        long next = store.lastSequenceNumberFor(aggregateId).map(last -> last + 1).orElse(0L);
        store.publish(new GenericDomainEventMessage<>(type, aggregateId, next, payload));
        return store.readEvents(aggregateId, next).next();
    }

    /** Delivers the stored event to the detector twice, as a redelivery would. */
    private DomainEventMessage<?> deliverTwice(String aggregateId, String type, Object payload,
                                               Consumer<DomainEventMessage<?>> handler) {
        DomainEventMessage<?> stored = append(aggregateId, type, payload);
        handler.accept(stored);
        handler.accept(stored);
        return stored;
    }

    private List<ShamSignalRaised> raised(ShamSignalType type, DomainEventMessage<?> source) {
        String signalId = SignalRaising.signalIdOf(type, source.getIdentifier());
        return store.readEvents(signalId).asStream().map(DomainEventMessage::getPayload)
                .filter(ShamSignalRaised.class::isInstance).map(ShamSignalRaised.class::cast).toList();
    }

    private void assertRaisedOnceFrom(ShamSignalType type, DomainEventMessage<?> source, String eventName) {
        List<ShamSignalRaised> signals = raised(type, source);
        assertThat(signals).hasSize(1);
        ShamSignalRaised signal = signals.getFirst();
        assertThat(signal.contractId()).isEqualTo(CONTRACT);
        assertThat(signal.vendorId()).isEqualTo(VENDOR);
        assertThat(signal.projectId()).isEqualTo("project-1");
        assertThat(signal.type()).isEqualTo(type);
        assertThat(signal.sources().getFirst()).isEqualTo(new SignalSource(source.getIdentifier(),
                source.getType(), source.getAggregateIdentifier(), source.getSequenceNumber(), eventName));
    }

    @Test
    void raisesPerHeadPricingOnceFromEachDraftRevisionOrAmendmentThatPricesHeadsOrHours() {
        DomainEventMessage<?> fixed = store.readEvents(CONTRACT).next();
        detector.on((ContractDrafted) fixed.getPayload(), fixed);
        assertThat(raised(ShamSignalType.PER_HEAD_PRICING, fixed)).isEmpty();

        ContractDrafted perHead = drafted(FeeModel.PER_HEAD);
        var revised = deliverTwice(CONTRACT, "Contract", new ContractDraftRevised(CONTRACT, "合同", TERM,
                perHead.content()), m -> detector.on((ContractDraftRevised) m.getPayload(), m));
        assertRaisedOnceFrom(ShamSignalType.PER_HEAD_PRICING, revised, "ContractDraftRevised");

        var amended = deliverTwice(CONTRACT, "Contract", new ContractAmended(CONTRACT, "a-1", 2, "改为工时计价",
                        drafted(FeeModel.TIME_AND_MATERIAL).content(), null),
                m -> detector.on((ContractAmended) m.getPayload(), m));
        assertRaisedOnceFrom(ShamSignalType.PER_HEAD_PRICING, amended, "ContractAmended");
    }

    @Test
    void raisesPerHeadPricingAtEachSettlementOfAContractPricedPerHeadOnly() {
        var fixedPriced = deliverTwice("settlement-1", "Settlement", requested("settlement-1", "2026-03"),
                m -> detector.on((SettlementRequested) m.getPayload(), m));
        assertThat(raised(ShamSignalType.PER_HEAD_PRICING, fixedPriced)).isEmpty();

        append(CONTRACT, "Contract", new ContractDraftRevised(CONTRACT, "合同", TERM,
                drafted(FeeModel.PER_HEAD).content()));
        var perHead = deliverTwice("settlement-2", "Settlement", requested("settlement-2", "2026-04"),
                m -> detector.on((SettlementRequested) m.getPayload(), m));
        assertRaisedOnceFrom(ShamSignalType.PER_HEAD_PRICING, perHead, "SettlementRequested");
    }

    private static SettlementRequested requested(String settlementId, String period) {
        return new SettlementRequested(settlementId, CONTRACT, VENDOR, "project-1", period, false,
                new Money(new BigDecimal("8000.00"), "CNY"), null);
    }

    @Test
    void raisesOnAnInstructionOrViolationReportNotToTheSiteLeadOnly() {
        var toLead = deliverTwice(CONTRACT, "Contract", new InstructionIssuedToVendor(CONTRACT, "i-1", VENDOR, "王经理",
                true, "排期", "下周上线"), m -> detector.on((InstructionIssuedToVendor) m.getPayload(), m));
        assertThat(raised(ShamSignalType.INSTRUCTION_NOT_TO_SITE_LEAD, toLead)).isEmpty();

        var instruction = deliverTwice(CONTRACT, "Contract", new InstructionIssuedToVendor(CONTRACT, "i-2", VENDOR,
                "张三", false, "加班", "今晚加班"), m -> detector.on((InstructionIssuedToVendor) m.getPayload(), m));
        assertRaisedOnceFrom(ShamSignalType.INSTRUCTION_NOT_TO_SITE_LEAD, instruction, "InstructionIssuedToVendor");

        var report = deliverTwice(CONTRACT, "Contract", new RuleViolationReportedToVendor(CONTRACT, "r-1", VENDOR,
                "张三", false, WORKER, "未戴工牌"), m -> detector.on((RuleViolationReportedToVendor) m.getPayload(), m));
        assertRaisedOnceFrom(ShamSignalType.VIOLATION_REPORT_NOT_TO_SITE_LEAD, report, "RuleViolationReportedToVendor");
    }

    @Test
    void raisesOnARefusedInductionALapsedProofAndAComplianceViolation() {
        var induction = deliverTwice(WORKER, "Worker", new WorkerInductionRefused(WORKER, CONTRACT, VENDOR,
                        List.of(InductionTopic.SAFETY, InductionTopic.HR_POLICIES), List.of(InductionTopic.HR_POLICIES)),
                m -> detector.on((WorkerInductionRefused) m.getPayload(), m));
        assertRaisedOnceFrom(ShamSignalType.INDUCTION_OUTSIDE_TOPICS, induction, "WorkerInductionRefused");

        var lapsed = deliverTwice(WORKER, "Worker", new SocialInsuranceProofLapsed(WORKER, CONTRACT, VENDOR,
                "2026-01", LocalDate.of(2026, 4, 1), 2), m -> detector.on((SocialInsuranceProofLapsed) m.getPayload(), m));
        assertRaisedOnceFrom(ShamSignalType.LAPSED_SOCIAL_INSURANCE, lapsed, "SocialInsuranceProofLapsed");

        var violation = deliverTwice("check-1", "ComplianceCheck", new EmploymentComplianceViolationFound("check-1",
                        CONTRACT, VENDOR, "s-1", ComplianceViolationKind.SOCIAL_INSURANCE, "未缴社保", List.of()),
                m -> detector.on((EmploymentComplianceViolationFound) m.getPayload(), m));
        assertRaisedOnceFrom(ShamSignalType.COMPLIANCE_VIOLATION, violation, "EmploymentComplianceViolationFound");
    }

    @Test
    void raisesOnAccessOrAssetsGivenBeforeTheBadgeNamingTheFilingToo() {
        var filed = append(WORKER, "Worker", new WorkerFiled(WORKER, CONTRACT, VENDOR, null, "材料齐全"));
        var grant = deliverTwice(WORKER, "Worker", new AccessGranted(WORKER, CONTRACT, "g-1", AccessResourceType.SYSTEM,
                "CRM", "只读"), m -> detector.on((AccessGranted) m.getPayload(), m));
        var asset = deliverTwice(WORKER, "Worker", new AssetIssued(WORKER, "a-1", "笔记本电脑"),
                m -> detector.on((AssetIssued) m.getPayload(), m));
        append(WORKER, "Worker", new WorkerBadgeIssued(WORKER, "B-001", "@vendor.example"));
        var later = deliverTwice(WORKER, "Worker", new AccessGranted(WORKER, CONTRACT, "g-2", AccessResourceType.DATA,
                "报表", "只读"), m -> detector.on((AccessGranted) m.getPayload(), m));

        assertRaisedOnceFrom(ShamSignalType.WORKER_WITHOUT_PROOFS_OR_BADGE, grant, "AccessGranted");
        assertRaisedOnceFrom(ShamSignalType.WORKER_WITHOUT_PROOFS_OR_BADGE, asset, "AssetIssued");
        assertThat(raised(ShamSignalType.WORKER_WITHOUT_PROOFS_OR_BADGE, grant).getFirst().sources())
                .extracting(SignalSource::eventName).containsExactly("AccessGranted", "WorkerFiled");
        assertThat(raised(ShamSignalType.WORKER_WITHOUT_PROOFS_OR_BADGE, asset).getFirst().sources().get(1).eventId())
                .isEqualTo(filed.getIdentifier());
        assertThat(raised(ShamSignalType.WORKER_WITHOUT_PROOFS_OR_BADGE, later)).as("after the badge").isEmpty();
    }
}
