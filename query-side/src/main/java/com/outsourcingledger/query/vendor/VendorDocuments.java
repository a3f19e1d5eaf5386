package com.outsourcingledger.query.vendor;

import com.outsourcingledger.api.risk.RiskFlag;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorQuery.QualificationView;
import com.outsourcingledger.api.vendor.VendorQuery.VendorDetail;
import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.query.readmodel.BatchedDocuments;
import com.outsourcingledger.query.readmodel.DocumentTable;
import com.outsourcingledger.query.readmodel.DocumentTable.Column;
import com.outsourcingledger.query.readmodel.TableStatistics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The vendor detail documents with their filter columns, and the category, qualification and sanction tables beside
 * them. A document is stored without its sanctions ({@link VendorSanctions}), so that it does not grow with every
 * warning; it is read with them.
 */
final class VendorDocuments implements BatchedDocuments.Table<VendorDetail> {

    private final DocumentTable<VendorDetail> documents;
    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private final TableStatistics statistics;
    private final VendorSanctions sanctions;

    VendorDocuments(DataSource dataSource) {
        this.documents = new DocumentTable<>(dataSource, "vendor_view", "vendor_id", VendorDetail.class,
                VendorDetail::vendorId, List.of(
                new Column<>("legal_name", Types.VARCHAR, VendorDetail::legalName),
                new Column<>("credit_code", Types.VARCHAR, VendorDetail::creditCode),
                new Column<>("status", Types.VARCHAR, d -> d.status().name()),
                new Column<>("tier", Types.VARCHAR, d -> d.tier() == null ? null : d.tier().name()),
                new Column<>("admitted_on", Types.DATE, VendorDetail::admittedOn),
                new Column<>("last_changed_at", Types.TIMESTAMP_WITH_TIMEZONE,
                        d -> OffsetDateTime.ofInstant(d.lastChangedAt(), ZoneOffset.UTC)),
                new Column<>("version", Types.BIGINT, VendorDetail::version),
                new Column<>("risk_flags", Types.VARCHAR, VendorDocuments::riskFlags)), "version");
        this.template = new JdbcTemplate(dataSource);
        this.jdbc = JdbcClient.create(dataSource);
        this.statistics = new TableStatistics(dataSource);
        this.sanctions = new VendorSanctions(dataSource);
    }

    /** An ended vendor (eliminated, blacklisted) carries no risk flag. */
    static String riskFlags(VendorDetail vendor) {
        boolean ended = vendor.status() == VendorStatus.ELIMINATED || vendor.status() == VendorStatus.BLACKLISTED;
        return RiskFlag.column(vendor.annualReviewOverdue() && !ended ? Set.of(RiskFlag.ANNUAL_REVIEW_OVERDUE) : Set.of());
    }

    Optional<VendorDetail> find(String vendorId) {
        return documents.find(vendorId).map(d -> sanctions.attach(Map.of(vendorId, d)).get(vendorId));
    }

    @Override
    public Map<String, VendorDetail> read(Collection<String> ids) {
        return sanctions.attach(documents.read(ids));
    }

    void reset() {
        sanctions.reset();
    }

    @Override
    public Map<String, Long> versions(Collection<String> ids) {
        return documents.versions(ids);
    }

    @Override
    public long version(VendorDetail document) {
        return documents.version(document);
    }

    @Override
    public void write(List<BatchedDocuments.Change<VendorDetail>> changes) {
        List<BatchedDocuments.Change<VendorDetail>> stored = new ArrayList<>(changes.size());
        for (BatchedDocuments.Change<VendorDetail> change : changes) {
            stored.add(new BatchedDocuments.Change<>(change.before(), VendorSanctions.stored(change.after())));
        }
        documents.write(stored);
        sanctions.write(changes);
        List<VendorDetail> categories = new ArrayList<>();
        List<VendorDetail> qualifications = new ArrayList<>();
        for (BatchedDocuments.Change<VendorDetail> change : changes) {
            VendorDetail before = change.before();
            VendorDetail after = change.after();
            if (before == null || !before.categories().equals(after.categories())) {
                categories.add(after);
            }
            if (before == null || !before.qualifications().equals(after.qualifications())) {
                qualifications.add(after);
            }
        }
        replaceCategories(categories);
        replaceQualifications(qualifications);
    }

    private void replaceCategories(List<VendorDetail> details) {
        int deleted = delete("vendor_view_category", details);
        List<Object[]> rows = new ArrayList<>();
        for (VendorDetail d : details) {
            for (VendorCategory category : d.categories()) {
                rows.add(new Object[]{d.vendorId(), category.name()});
            }
        }
        batch("INSERT INTO vendor_view_category (vendor_id, category) VALUES (?, ?)", rows,
                new int[]{Types.VARCHAR, Types.VARCHAR}, deleted);
    }

    private void replaceQualifications(List<VendorDetail> details) {
        int deleted = delete("vendor_qualification_view", details);
        List<Object[]> rows = new ArrayList<>();
        for (VendorDetail d : details) {
            for (QualificationView q : d.qualifications()) {
                rows.add(new Object[]{d.vendorId(), q.qualificationId(), q.type().name(), q.number(), q.validUntil(),
                        q.required(), q.expired()});
            }
        }
        batch("INSERT INTO vendor_qualification_view (vendor_id, qualification_id, type, number, valid_until,"
                        + " required, expired) VALUES (?, ?, ?, ?, ?, ?, ?)", rows,
                new int[]{Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.BOOLEAN,
                        Types.BOOLEAN}, deleted);
    }

    /** How many rows it deleted. */
    private int delete(String table, List<VendorDetail> details) {
        List<String> ids = details.stream().map(VendorDetail::vendorId).toList();
        int deleted = 0;
        for (int from = 0; from < ids.size(); from += 1000) {
            deleted += jdbc.sql("DELETE FROM " + table + " WHERE vendor_id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .update();
        }
        return deleted;
    }

    /** Counts for the table's statistics only the rows beyond the {@code replaced} ones: the table's growth. */
    private void batch(String sql, List<Object[]> rows, int[] types, int replaced) {
        if (!rows.isEmpty()) {
            template.batchUpdate(sql, rows, types);
            statistics.insertedBy(sql, rows.size() - replaced);
        }
    }
}
