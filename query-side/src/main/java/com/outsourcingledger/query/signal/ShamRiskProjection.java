package com.outsourcingledger.query.signal;

import com.outsourcingledger.api.contract.ContractEvent.ContractDrafted;
import com.outsourcingledger.api.contract.ContractEvent.ShamOutsourcingRiskAssessed;
import com.outsourcingledger.api.project.ApprovalStep;
import com.outsourcingledger.api.project.ProjectEvent.ProjectReviewed;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import com.outsourcingledger.api.signal.ShamSignalQuery.ContractShamRisk;
import com.outsourcingledger.api.signal.ShamSignalQuery.FindContractShamRisk;
import com.outsourcingledger.api.signal.ShamSignalQuery.ShamRiskAssessment;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.query.readmodel.BatchedDocuments.Change;
import com.outsourcingledger.query.readmodel.DocumentTable;
import com.outsourcingledger.query.readmodel.DocumentTable.Column;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static com.outsourcingledger.query.signal.ShamSignalProjection.utc;

/**
 * A contract's sham-outsourcing risk level (§13): the initial level is its project's HR review (the latest HR review
 * naming one), then each {@code ShamOutsourcingRiskAssessed} on the contract, at renewal, on a confirmed signal or ad
 * hoc. Contract events at or below a contract's stored sequence are skipped, project reviews at or below the
 * project's; the few events this reads are written one at a time.
 */
@Component
@ProcessingGroup(ShamSignalProjection.PROCESSING_GROUP)
class ShamRiskProjection {

    private final JdbcClient jdbc;
    private final DocumentTable<ShamRiskDocument> table;

    ShamRiskProjection(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.table = new DocumentTable<>(dataSource, "contract_sham_risk_view", "contract_id", ShamRiskDocument.class,
                d -> d.risk().contractId(), List.of(
                new Column<>("project_id", Types.VARCHAR, d -> d.risk().projectId()),
                new Column<>("vendor_id", Types.VARCHAR, d -> d.risk().vendorId()),
                new Column<>("risk", Types.VARCHAR, d -> d.risk().level() == null ? null : d.risk().level().name()),
                new Column<>("risk_rank", Types.INTEGER, ShamRiskDocument::rank),
                new Column<>("assessed", Types.BOOLEAN, ShamRiskDocument::assessed),
                new Column<>("last_changed_at", Types.TIMESTAMP_WITH_TIMEZONE, d -> utc(d.lastChangedAt())),
                new Column<>("sequence_number", Types.BIGINT, ShamRiskDocument::sequence)),
                "sequence_number");
    }

    @EventHandler
    void on(ProjectReviewed event, @Timestamp Instant at, @SequenceNumber Long sequence) {
        if (event.step() != ApprovalStep.HR_COMPLIANCE || event.shamOutsourcingRisk() == null) {
            return;
        }
        Long stored = jdbc.sql("SELECT sequence_number FROM sham_risk_project WHERE project_id = :id")
                .param("id", event.projectId()).query(Long.class).optional().orElse(null);
        if (stored != null && sequence <= stored) {
            return;
        }
        if (stored != null) {
            jdbc.sql("DELETE FROM sham_risk_project WHERE project_id = :id").param("id", event.projectId()).update();
        }
        jdbc.sql("INSERT INTO sham_risk_project (project_id, risk, reviewer, reviewed_at, sequence_number)"
                        + " VALUES (:id, :risk, :reviewer, :at, :sequence)")
                .param("id", event.projectId())
                .param("risk", event.shamOutsourcingRisk().name())
                .param("reviewer", event.reviewer())
                .param("at", utc(at))
                .param("sequence", sequence)
                .update();
        ShamRiskAssessment review = projectReview(event.shamOutsourcingRisk(), event.reviewer(), at);
        jdbc.sql("SELECT document FROM contract_sham_risk_view WHERE project_id = :id AND assessed = FALSE")
                .param("id", event.projectId())
                .query(String.class).list().stream()
                .map(table::parse)
                .forEach(before -> table.write(List.of(new Change<>(before, before.reviewed(review)))));
    }

    @EventHandler
    void on(ContractDrafted event, @Timestamp Instant at, @SequenceNumber Long sequence) {
        Optional<ShamRiskDocument> before = table.find(event.contractId());
        if (before.isPresent()) {
            return; // drafted once: a replay
        }
        ShamRiskAssessment review = jdbc.sql("SELECT risk, reviewer, reviewed_at FROM sham_risk_project"
                        + " WHERE project_id = :id")
                .param("id", event.projectId())
                .query((rs, n) -> projectReview(ShamOutsourcingRisk.valueOf(rs.getString("risk")),
                        rs.getString("reviewer"), rs.getObject("reviewed_at", java.time.OffsetDateTime.class)
                                .toInstant()))
                .optional().orElse(null);
        table.write(List.of(new Change<>(null, ShamRiskDocument.drafted(event.contractId(), event.projectId(),
                event.vendorId(), review, sequence, at))));
    }

    @EventHandler
    void on(ShamOutsourcingRiskAssessed event, @Timestamp Instant at, @SequenceNumber Long sequence,
            @MetaDataValue(MetadataKeys.USER) String user) {
        ShamRiskDocument before = table.find(event.contractId()).orElse(null);
        if (before != null && sequence <= before.sequence()) {
            return;
        }
        ShamRiskDocument base = before != null ? before
                : ShamRiskDocument.drafted(event.contractId(), null, event.vendorId(), null, sequence, at);
        ShamRiskAssessment assessment = new ShamRiskAssessment(event.risk(), event.occasion(), event.signalId(),
                event.reasons(), user, at);
        table.write(List.of(new Change<>(before, base.assessed(assessment, sequence))));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM contract_sham_risk_view").update();
        jdbc.sql("DELETE FROM sham_risk_project").update();
    }

    @QueryHandler
    Optional<ContractShamRisk> handle(FindContractShamRisk query) {
        return table.find(query.contractId()).map(ShamRiskDocument::risk);
    }

    private static ShamRiskAssessment projectReview(ShamOutsourcingRisk risk, String reviewer, Instant at) {
        return new ShamRiskAssessment(risk, null, null, null, reviewer, at);
    }
}
