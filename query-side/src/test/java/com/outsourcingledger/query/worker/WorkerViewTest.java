package com.outsourcingledger.query.worker;

import com.outsourcingledger.api.worker.AccessResourceType;
import com.outsourcingledger.api.worker.WorkerEvent;
import com.outsourcingledger.api.worker.WorkerEvent.*;
import com.outsourcingledger.api.worker.WorkerQuery.GrantState;
import com.outsourcingledger.api.worker.WorkerQuery.WorkerDetail;
import com.outsourcingledger.api.worker.WorkerQuery.WorkerGap;
import com.outsourcingledger.api.worker.WorkerStatus;
import com.outsourcingledger.query.readmodel.ViewFold.Step;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.outsourcingledger.query.worker.WorkerSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The worker fold alone: what each event leaves in the stored view, the personal data kept sealed. */
class WorkerViewTest {

    private static final Instant T0 = Instant.parse("2026-04-01T02:00:00Z");
    private final MemoryVault vault = new MemoryVault();

    private static WorkerDocument fold(List<? extends WorkerEvent> events) {
        WorkerDocument document = null;
        long sequence = 0;
        for (WorkerEvent event : events) {
            document = WorkerView.evolve(document, event, new Step(T0.plusSeconds(sequence), "u" + sequence, sequence));
            sequence++;
        }
        return document;
    }

    @Test
    void keepsThePersonalDataSealedAsTheFilingBroughtIt() {
        WorkerFilingSubmitted filing = submitted(vault, "w-1", "c-1", "v-1");

        WorkerDocument document = fold(List.of(filing));

        assertThat(document.personalData()).isEqualTo(filing.personalData());
        assertThat(document.detail().personalData()).isNull();
        assertThat(document.detail().status()).isEqualTo(WorkerStatus.PROPOSED);
        assertThat(document.detail().missing()).containsExactly(WorkerGap.BADGE, WorkerGap.EMAIL_SUFFIX);
    }

    @Test
    void aGrantGivenWithoutARecordedRequestIsStillShownGranted() {
        List<WorkerEvent> events = new java.util.ArrayList<>(active(vault, "w-1", "c-1", "v-1"));
        events.add(new AccessGranted("w-1", "c-1", "g-7", AccessResourceType.PHYSICAL_AREA, "机房", "B1"));

        WorkerDetail detail = fold(events).detail();

        assertThat(detail.grants()).singleElement().satisfies(grant -> {
            assertThat(grant.state()).isEqualTo(GrantState.GRANTED);
            assertThat(grant.decidedBy()).isEqualTo("u4");
        });
    }

    @Test
    void aRejectedFilingResubmittedIsProposedAgainAndVerifiedClearsTheReasons() {
        WorkerDetail detail = fold(List.of(submitted(vault, "w-1", "c-1", "v-1"),
                new WorkerFilingRejected("w-1", "社保缺失"), new WorkerFilingResubmitted("w-1", proofs()),
                new WorkerFiled("w-1", "c-1", "v-1", proofs(), null))).detail();

        assertThat(detail.status()).isEqualTo(WorkerStatus.FILED);
        assertThat(detail.rejectionReasons()).isNull();
        assertThat(detail.submittedBy()).isEqualTo("u2");
        assertThat(detail.verifiedBy()).isEqualTo("u3");
    }

    @Test
    void refusesAnEventBeforeTheFiling() {
        assertThatThrownBy(() -> fold(List.of(new WorkerInducted("w-1", null, List.of()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("w-1");
    }
}
