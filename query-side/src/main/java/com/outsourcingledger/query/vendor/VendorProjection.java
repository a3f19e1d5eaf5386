package com.outsourcingledger.query.vendor;

import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorEvent;
import com.outsourcingledger.api.vendor.VendorQuery.ExpiringQualification;
import com.outsourcingledger.api.vendor.VendorQuery.ExpiringQualifications;
import com.outsourcingledger.api.vendor.VendorQuery.FindExpiringQualifications;
import com.outsourcingledger.api.vendor.VendorQuery.FindVendor;
import com.outsourcingledger.api.vendor.VendorQuery.FindVendors;
import com.outsourcingledger.api.vendor.VendorQuery.VendorDetail;
import com.outsourcingledger.api.vendor.VendorQuery.VendorPage;
import com.outsourcingledger.api.vendor.VendorQuery.VendorSummary;
import com.outsourcingledger.api.vendor.QualificationType;
import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.api.vendor.VendorTier;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.query.readmodel.BatchedDocuments;
import com.outsourcingledger.query.readmodel.ViewFold.Step;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The vendor directory, vendor detail and qualification-expiry read models. Each event is folded into the
 * vendor's detail document by {@link VendorView}; the columns and side tables beside it serve filtering only, but
 * for the sanctions, which are stored beside the document rather than in it ({@link VendorDocuments}).
 * Documents are read and written once per batch of events ({@link BatchedDocuments}). Events at or below the
 * stored sequence number are skipped, so re-delivery and replay are harmless.
 */
@Component
@ProcessingGroup(VendorProjection.PROCESSING_GROUP)
class VendorProjection {

    static final String PROCESSING_GROUP = "vendor-views";
    static final int MAX_PAGE_SIZE = 200;

    private final JdbcClient jdbc;
    private final VendorDocuments table;
    private final BatchedDocuments<VendorDetail> documents;
    private final Clock clock;

    VendorProjection(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.table = new VendorDocuments(dataSource);
        this.documents = new BatchedDocuments<>(VendorEvent.class, table);
        this.clock = clock;
    }

    @EventHandler
    void on(VendorEvent event, @Timestamp Instant at, @SequenceNumber Long sequence,
            @MetaDataValue(MetadataKeys.USER) String user) {
        documents.evolve(event.vendorId(), sequence, VendorDetail::version,
                before -> VendorView.evolve(before, event, new Step(at, user, sequence)));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM vendor_qualification_view").update();
        table.reset();
        jdbc.sql("DELETE FROM vendor_view_category").update();
        jdbc.sql("DELETE FROM vendor_view").update();
    }

    @QueryHandler
    VendorPage handle(FindVendors query) {
        VendorSort sort = VendorSort.parse(query.sort());
        int size = Math.clamp(query.size(), 1, MAX_PAGE_SIZE);
        int page = Math.max(query.page(), 0);
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        Map<String, Object> params = new HashMap<>();
        if (query.status() != null) {
            conditions.add("v.status = :status");
            params.put("status", query.status().name());
        }
        if (query.tier() != null) {
            conditions.add("v.tier = :tier");
            params.put("tier", query.tier().name());
        }
        if (query.category() != null) {
            conditions.add("EXISTS (SELECT 1 FROM vendor_view_category c"
                    + " WHERE c.vendor_id = v.vendor_id AND c.category = :category)");
            params.put("category", query.category().name());
        }
        if (query.flag() != null) {
            conditions.add("v.risk_flags LIKE :flag");
            params.put("flag", query.flag().columnPattern());
        }
        String where = " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT COUNT(*) FROM vendor_view v" + where).params(params).query(Long.class).single();
        List<VendorSummary> items = jdbc.sql("SELECT v.vendor_id, v.legal_name, v.credit_code, v.status, v.tier,"
                        + " v.admitted_on, v.last_changed_at FROM vendor_view v" + where
                        + " ORDER BY " + sort.orderBy() + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(VendorProjection::summary)
                .list();
        return new VendorPage(withCategories(items), page, size, total);
    }

    @QueryHandler
    Optional<VendorDetail> handle(FindVendor query) {
        return table.find(query.vendorId()).map(detail -> VendorView.asOf(detail, LocalDate.now(clock)));
    }

    /** Not yet expired and valid until at most {@code withinDays} from today, soonest first. */
    @QueryHandler
    ExpiringQualifications handle(FindExpiringQualifications query) {
        LocalDate today = LocalDate.now(clock);
        return new ExpiringQualifications(jdbc.sql("SELECT q.vendor_id, v.legal_name, q.qualification_id, q.type, q.number, q.valid_until,"
                        + " q.required FROM vendor_qualification_view q"
                        + " JOIN vendor_view v ON v.vendor_id = q.vendor_id"
                        + " WHERE q.expired = FALSE AND q.valid_until >= :today AND q.valid_until <= :horizon"
                        + " AND v.status <> :blacklisted"
                        + " ORDER BY q.valid_until, v.legal_name, q.vendor_id, q.qualification_id")
                .param("today", today)
                .param("horizon", today.plusDays(query.withinDays()))
                .param("blacklisted", VendorStatus.BLACKLISTED.name())
                .query((rs, row) -> {
                    LocalDate validUntil = rs.getObject("valid_until", LocalDate.class);
                    return new ExpiringQualification(rs.getString("vendor_id"), rs.getString("legal_name"),
                            rs.getString("qualification_id"), QualificationType.valueOf(rs.getString("type")),
                            rs.getString("number"), validUntil, rs.getBoolean("required"),
                            ChronoUnit.DAYS.between(today, validUntil));
                })
                .list());
    }

    private List<VendorSummary> withCategories(List<VendorSummary> items) {
        if (items.isEmpty()) {
            return items;
        }
        Map<String, Set<VendorCategory>> categories = new HashMap<>();
        jdbc.sql("SELECT vendor_id, category FROM vendor_view_category WHERE vendor_id IN (:ids)")
                .param("ids", items.stream().map(VendorSummary::vendorId).toList())
                .query(rs -> {
                    categories.computeIfAbsent(rs.getString("vendor_id"), id -> new TreeSet<>())
                            .add(VendorCategory.valueOf(rs.getString("category")));
                });
        return items.stream()
                .map(s -> new VendorSummary(s.vendorId(), s.legalName(), s.creditCode(), s.status(), s.tier(),
                        Collections.unmodifiableSet(categories.getOrDefault(s.vendorId(), new TreeSet<>())), s.admittedOn(),
                        s.lastChangedAt()))
                .toList();
    }

    private static VendorSummary summary(ResultSet rs, int row) throws SQLException {
        String tier = rs.getString("tier");
        return new VendorSummary(rs.getString("vendor_id"), rs.getString("legal_name"), rs.getString("credit_code"),
                VendorStatus.valueOf(rs.getString("status")), tier == null ? null : VendorTier.valueOf(tier),
                Set.of(), rs.getObject("admitted_on", LocalDate.class),
                rs.getObject("last_changed_at", OffsetDateTime.class).toInstant());
    }
}
