package com.outsourcingledger.query.worker;

import com.outsourcingledger.api.privacy.PersonalData;
import com.outsourcingledger.api.worker.AccessResourceType;
import com.outsourcingledger.api.worker.InductionTopic;
import com.outsourcingledger.api.worker.WorkerEvent;
import com.outsourcingledger.api.worker.WorkerEvent.*;
import com.outsourcingledger.api.worker.WorkerProofs;
import com.outsourcingledger.api.worker.WorkerQuery.*;
import com.outsourcingledger.api.worker.WorkerStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.outsourcingledger.query.worker.WorkerSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The worker projection driven through its handlers against a real database, as the app drives it. */
abstract class WorkerProjectionContract {

    static final Instant T0 = Instant.parse("2026-04-01T02:00:00Z");

    private final Map<String, Long> sequences = new HashMap<>();
    private final List<WorkerEvent> applied = new ArrayList<>();
    private long clock;
    private MemoryVault vault;
    private WorkerProjection projection;

    abstract DataSource dataSource();

    @BeforeEach
    void emptyProjection() {
        vault = new MemoryVault();
        projection = new WorkerProjection(dataSource(), vault);
        projection.reset();
    }

    private void apply(List<? extends WorkerEvent> events) {
        for (WorkerEvent event : events) {
            long sequence = sequences.merge(event.workerId(), 1L, Long::sum) - 1;
            projection.on(event, T0.plusSeconds(clock++), sequence, "user-" + sequence);
            applied.add(event);
        }
    }

    private WorkerDetail worker(String workerId) {
        return projection.handle(new FindWorker(workerId)).orElseThrow();
    }

    @Test
    void servesTheDetailWithThePersonalDataOpenedAndEveryGrantAndAsset() {
        apply(holding(vault, "w-1", "c-1", "v-1"));
        apply(List.of(new AccessRequested("w-1", "g-2", AccessResourceType.DATA, "客户库", "read", "抽样"),
                new AccessRequestRejected("w-1", "g-2", "超出合同范围"),
                new AccessChanged("w-1", "g-1", "read-write", "月结")));

        WorkerDetail detail = worker("w-1");
        assertThat(detail.status()).isEqualTo(WorkerStatus.ACTIVE);
        assertThat(detail.personalData()).isEqualTo(person("w-1"));
        assertThat(detail.personalDataErased()).isFalse();
        assertThat(detail.submittedBy()).isEqualTo("user-0");
        assertThat(detail.verifiedBy()).isEqualTo("user-1");
        assertThat(detail.badgeNumber()).isEqualTo("B-w-1");
        assertThat(detail.missing()).isEmpty();
        assertThat(detail.grants()).extracting(WorkerGrantView::grantId, WorkerGrantView::state,
                        WorkerGrantView::scope, WorkerGrantView::requestedBy, WorkerGrantView::decidedBy)
                .containsExactly(tuple("g-1", GrantState.GRANTED, "read-write", "user-4", "user-5"),
                        tuple("g-2", GrantState.REJECTED, "read", "user-7", "user-8"));
        assertThat(detail.assets()).extracting(WorkerAssetView::assetId, WorkerAssetView::returnedOn)
                .containsExactly(tuple("a-1", null));
        assertThat(projection.handle(new FindWorker("w-2"))).isEmpty();
    }

    @Test
    void anErasureShowsAtOnceInEveryReadWithoutTouchingTheStoredView() {
        apply(active(vault, "w-1", "c-1", "v-1"));
        String stored = storedDocument("w-1");

        vault.erase("w-1");

        WorkerDetail detail = worker("w-1");
        assertThat(detail.personalData()).isNull();
        assertThat(detail.personalDataErased()).isTrue();
        assertThat(projection.handle(new FindWorkers("v-1", null, null, 0, 20)).items())
                .extracting(WorkerSummary::name, WorkerSummary::personalDataErased).containsExactly(tuple(null, true));
        assertThat(storedDocument("w-1")).isEqualTo(stored).doesNotContain("张三");
        apply(List.of(new WorkerPersonalDataErased("w-1", "离职满三年")));
        assertThat(worker("w-1").personalDataErased()).isTrue();
    }

    @Test
    void listsTheRosterPerVendorAndPerContractByPage() {
        apply(active(vault, "w-1", "c-1", "v-1"));
        apply(List.of(submitted(vault, "w-2", "c-1", "v-1"), submitted(vault, "w-3", "c-2", "v-1"),
                submitted(vault, "w-4", "c-3", "v-2"), new WorkerFilingRejected("w-4", "社保证明缺失")));

        assertThat(ids(new FindWorkers("v-1", null, null, 0, 20))).containsExactly("w-1", "w-2", "w-3");
        assertThat(ids(new FindWorkers(null, "c-1", null, 0, 20))).containsExactly("w-1", "w-2");
        assertThat(ids(new FindWorkers(null, null, WorkerStatus.FILING_REJECTED, 0, 20))).containsExactly("w-4");
        WorkerPage second = projection.handle(new FindWorkers("v-1", null, null, 1, 2));
        assertThat(second.items()).extracting(WorkerSummary::workerId, WorkerSummary::name)
                .containsExactly(tuple("w-3", "张三 w-3"));
        assertThat(second.totalItems()).isEqualTo(3);
    }

    @Test
    void listsTheWorkersOnARosterWhoLackAProofABadgeOrAnEmailSuffix() {
        apply(active(vault, "w-1", "c-1", "v-1"));
        apply(List.of(new WorkerFilingSubmitted("w-2", "c-1", "v-1", vault.seal("w-2", person("w-2")),
                        new WorkerProofs("LC-2", null, null, "NDA-2")),
                submitted(vault, "w-3", "c-1", "v-2"),
                new WorkerBadgeIssued("w-3", "B-3", " "),
                new WorkerFilingSubmitted("w-4", "c-1", "v-1", vault.seal("w-4", person("w-4")),
                        new WorkerProofs(null, null, null, null)),
                new WorkerFilingRejected("w-4", "证明缺失")));

        assertThat(projection.handle(new FindIncompleteWorkers(null, null, 0, 20)).items())
                .extracting(WorkerSummary::workerId, WorkerSummary::missing)
                .containsExactly(tuple("w-2", List.of(WorkerGap.PROOFS, WorkerGap.BADGE, WorkerGap.EMAIL_SUFFIX)),
                        tuple("w-3", List.of(WorkerGap.EMAIL_SUFFIX)));
        assertThat(ids(new FindIncompleteWorkers(WorkerGap.PROOFS, null, 0, 20))).containsExactly("w-2");
        assertThat(ids(new FindIncompleteWorkers(WorkerGap.EMAIL_SUFFIX, "v-2", 0, 20))).containsExactly("w-3");
    }

    @Test
    void showsARefusedInductionAndListsALapsedProofAsMissingUntilItIsRenewed() {
        apply(active(vault, "w-1", "c-1", "v-1"));
        apply(List.of(new WorkerInductionRefused("w-1", "c-1", "v-1",
                        List.of(InductionTopic.SAFETY, InductionTopic.COMPANY_CULTURE),
                        List.of(InductionTopic.COMPANY_CULTURE)),
                new SocialInsuranceProofLapsed("w-1", "c-1", "v-1", "2026-03", LocalDate.of(2026, 6, 1), 2)));

        WorkerDetail lapsed = worker("w-1");
        assertThat(lapsed.refusedInductions())
                .extracting(WorkerInductionRefusalView::disallowedTopics, WorkerInductionRefusalView::requestedTopics)
                .containsExactly(tuple(List.of(InductionTopic.COMPANY_CULTURE),
                        List.of(InductionTopic.SAFETY, InductionTopic.COMPANY_CULTURE)));
        assertThat(lapsed.refusedInductions().getFirst().by()).startsWith("user-");
        assertThat(lapsed.socialInsuranceLapse())
                .isEqualTo(new SocialInsuranceLapseView("2026-03", LocalDate.of(2026, 6, 1), 2));
        assertThat(ids(new FindIncompleteWorkers(WorkerGap.PROOFS, "v-1", 0, 20))).containsExactly("w-1");

        apply(List.of(new WorkerSocialInsuranceProofRenewed("w-1", "c-1", "SI-2026-06", "2026-06")));

        WorkerDetail renewed = worker("w-1");
        assertThat(renewed.socialInsuranceLapse()).isNull();
        assertThat(renewed.proofs().socialInsuranceMonth()).isEqualTo("2026-06");
        assertThat(renewed.refusedInductions()).hasSize(1);
        assertThat(ids(new FindIncompleteWorkers(WorkerGap.PROOFS, "v-1", 0, 20))).isEmpty();
    }

    @Test
    void listsTheWorkersHoldingAccessPastTheirLastServiceDayUntilTheLastItemIsBack() {
        apply(holding(vault, "w-1", "c-1", "v-1"));
        apply(holding(vault, "w-2", "c-1", "v-1"));
        apply(List.of(offboarding("w-1", "c-1"), offboarding("w-2", "c-1")));
        assertThat(ids(new FindExitedWithLiveAccess(null, 0, 20))).isEmpty();

        apply(List.of(overdue("w-1", "c-1"),
                new AccessRevoked("w-2", "g-1", LAST_SERVICE_DAY, LAST_SERVICE_DAY, false, null),
                new AssetReturned("w-2", "a-1", LAST_SERVICE_DAY, LAST_SERVICE_DAY, false),
                new WorkerExited("w-2", "c-1", LAST_SERVICE_DAY, false)));
        assertThat(projection.handle(new FindExitedWithLiveAccess("v-1", 0, 20)).items())
                .extracting(WorkerSummary::workerId, WorkerSummary::grantsHeld, WorkerSummary::assetsHeld)
                .containsExactly(tuple("w-1", 1, 1));
        assertThat(ids(new FindExitedWithLiveAccess("v-2", 0, 20))).isEmpty();

        LocalDate late = LAST_SERVICE_DAY.plusDays(1);
        apply(List.of(new AccessRevoked("w-1", "g-1", late, LAST_SERVICE_DAY, true, "迟撤")));
        assertThat(ids(new FindExitedWithLiveAccess(null, 0, 20))).containsExactly("w-1");
        apply(List.of(new AssetReturned("w-1", "a-1", late, LAST_SERVICE_DAY, true),
                new WorkerExited("w-1", "c-1", late, true)));

        assertThat(ids(new FindExitedWithLiveAccess(null, 0, 20))).isEmpty();
        WorkerDetail exited = worker("w-1");
        assertThat(exited.status()).isEqualTo(WorkerStatus.EXITED);
        assertThat(exited.revocationOverdue()).isTrue();
        assertThat(exited.exitLate()).isTrue();
        assertThat(exited.grants()).extracting(WorkerGrantView::state, WorkerGrantView::revokedOn, WorkerGrantView::late)
                .containsExactly(tuple(GrantState.REVOKED, late, true));
        assertThat(exited.assets()).extracting(WorkerAssetView::returnedOn, WorkerAssetView::late)
                .containsExactly(tuple(late, true));
    }

    @Test
    void aWithdrawnWorkerStillHoldingSomethingHasLiveAccess() {
        apply(holding(vault, "w-1", "c-1", "v-1"));
        apply(List.of(new WorkerWithdrawn("w-1", "更换人员")));

        assertThat(ids(new FindExitedWithLiveAccess(null, 0, 20))).containsExactly("w-1");
        assertThat(worker("w-1").withdrawalReason()).isEqualTo("更换人员");
    }

    @Test
    void ignoresARedeliveredEventAndAReplayBuildsTheSameDocuments() {
        apply(holding(vault, "w-1", "c-1", "v-1"));
        apply(List.of(offboarding("w-1", "c-1"), overdue("w-1", "c-1")));
        List<WorkerEvent> events = List.copyOf(applied);
        WorkerDetail live = worker("w-1");
        String stored = storedDocument("w-1");

        projection.on(new WorkerExited("w-1", "c-1", LAST_SERVICE_DAY, false), T0, 3L, "hr");
        assertThat(worker("w-1")).isEqualTo(live);

        projection.reset();
        sequences.clear();
        clock = 0;
        apply(events);
        assertThat(worker("w-1")).isEqualTo(live);
        assertThat(storedDocument("w-1")).isEqualTo(stored);
        assertThat(ids(new FindExitedWithLiveAccess(null, 0, 20))).containsExactly("w-1");
    }

    private String storedDocument(String workerId) {
        return org.springframework.jdbc.core.simple.JdbcClient.create(dataSource())
                .sql("SELECT document FROM worker_view WHERE worker_id = :id").param("id", workerId)
                .query(String.class).single();
    }

    private List<String> ids(Object query) {
        WorkerPage page = switch (query) {
            case FindWorkers q -> projection.handle(q);
            case FindIncompleteWorkers q -> projection.handle(q);
            case FindExitedWithLiveAccess q -> projection.handle(q);
            default -> throw new IllegalArgumentException(query.toString());
        };
        return page.items().stream().map(WorkerSummary::workerId).toList();
    }
}
