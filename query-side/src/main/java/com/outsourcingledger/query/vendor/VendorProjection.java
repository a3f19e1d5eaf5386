package com.outsourcingledger.query.vendor;

import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorEvent;
import com.outsourcingledger.api.vendor.VendorQuery.ExpiringQualification;
import com.outsourcingledger.api.vendor.VendorQuery.FindExpiringQualifications;
import com.outsourcingledger.api.vendor.VendorQuery.FindVendor;
import com.outsourcingledger.api.vendor.VendorQuery.FindVendors;
import com.outsourcingledger.api.vendor.VendorQuery.QualificationView;
import com.outsourcingledger.api.vendor.VendorQuery.VendorDetail;
import com.outsourcingledger.api.vendor.VendorQuery.VendorPage;
import com.outsourcingledger.api.vendor.VendorQuery.VendorSummary;
import com.outsourcingledger.api.vendor.QualificationType;
import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.api.vendor.VendorTier;
import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.api.wire.MetadataKeys;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * vendor's detail document by {@link VendorView}; the columns and side tables beside it serve filtering only.
 * Events at or below the stored sequence number are skipped, so re-delivery and replay are harmless.
 */
@Component
@ProcessingGroup(VendorProjection.PROCESSING_GROUP)
class VendorProjection {

    static final String PROCESSING_GROUP = "vendor-views";
    static final int MAX_PAGE_SIZE = 200;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json = EventWireFormat.jsonMapper();

    VendorProjection(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    @EventHandler
    void on(VendorEvent event, @Timestamp Instant at, @SequenceNumber Long sequence,
            @MetaDataValue(MetadataKeys.USER) String user) {
        Optional<VendorDetail> before = load(event.vendorId());
        if (before.isPresent() && sequence <= before.get().version()) {
            return;
        }
        VendorDetail after = VendorView.evolve(before.orElse(null), event, new EventContext(at, user, sequence));
        save(before.orElse(null), after);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM vendor_qualification_view").update();
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
    VendorDetail handle(FindVendor query) {
        return load(query.vendorId()).map(detail -> VendorView.asOf(detail, LocalDate.now(clock))).orElse(null);
    }

    /** Not yet expired and valid until at most {@code withinDays} from today, soonest first. */
    @QueryHandler
    List<ExpiringQualification> handle(FindExpiringQualifications query) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("SELECT q.vendor_id, v.legal_name, q.qualification_id, q.type, q.number, q.valid_until,"
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
                .list();
    }

    private Optional<VendorDetail> load(String vendorId) {
        return jdbc.sql("SELECT document FROM vendor_view WHERE vendor_id = :id")
                .param("id", vendorId)
                .query(String.class)
                .optional()
                .map(document -> json.readValue(document, VendorDetail.class));
    }

    private void save(VendorDetail before, VendorDetail after) {
        String sql = before == null
                ? "INSERT INTO vendor_view (vendor_id, legal_name, credit_code, status, tier, admitted_on,"
                + " last_changed_at, version, document) VALUES (:id, :legalName, :creditCode, :status, :tier,"
                + " :admittedOn, :lastChangedAt, :version, :document)"
                : "UPDATE vendor_view SET legal_name = :legalName, credit_code = :creditCode, status = :status,"
                + " tier = :tier, admitted_on = :admittedOn, last_changed_at = :lastChangedAt,"
                + " version = :version, document = :document WHERE vendor_id = :id";
        jdbc.sql(sql)
                .param("id", after.vendorId())
                .param("legalName", after.legalName())
                .param("creditCode", after.creditCode())
                .param("status", after.status().name())
                .param("tier", after.tier() == null ? null : after.tier().name(), Types.VARCHAR)
                .param("admittedOn", after.admittedOn(), Types.DATE)
                .param("lastChangedAt", OffsetDateTime.ofInstant(after.lastChangedAt(), ZoneOffset.UTC))
                .param("version", after.version())
                .param("document", json.writeValueAsString(after))
                .update();
        if (before == null || !before.categories().equals(after.categories())) {
            saveCategories(after);
        }
        if (before == null || !before.qualifications().equals(after.qualifications())) {
            saveQualifications(after);
        }
    }

    private void saveCategories(VendorDetail detail) {
        jdbc.sql("DELETE FROM vendor_view_category WHERE vendor_id = :id").param("id", detail.vendorId()).update();
        for (VendorCategory category : detail.categories()) {
            jdbc.sql("INSERT INTO vendor_view_category (vendor_id, category) VALUES (:id, :category)")
                    .param("id", detail.vendorId())
                    .param("category", category.name())
                    .update();
        }
    }

    private void saveQualifications(VendorDetail detail) {
        jdbc.sql("DELETE FROM vendor_qualification_view WHERE vendor_id = :id").param("id", detail.vendorId()).update();
        for (QualificationView q : detail.qualifications()) {
            jdbc.sql("INSERT INTO vendor_qualification_view (vendor_id, qualification_id, type, number,"
                            + " valid_until, required, expired) VALUES (:id, :qualificationId, :type, :number,"
                            + " :validUntil, :required, :expired)")
                    .param("id", detail.vendorId())
                    .param("qualificationId", q.qualificationId())
                    .param("type", q.type().name())
                    .param("number", q.number(), Types.VARCHAR)
                    .param("validUntil", q.validUntil(), Types.DATE)
                    .param("required", q.required())
                    .param("expired", q.expired())
                    .update();
        }
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
