package com.outsourcingledger.query.vendor;

import com.outsourcingledger.api.vendor.VendorQuery.SanctionView;
import com.outsourcingledger.api.vendor.VendorQuery.VendorDetail;
import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.query.readmodel.BatchedDocuments.Change;
import com.outsourcingledger.query.readmodel.TableStatistics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A vendor's sanctions kept apart from its document, in parts numbered by the position of their first sanction:
 * the fold only ever appends a sanction, so a change stores just the sanctions its document gained, as one part. A document stored before the sanctions
 * moved here still holds them (it was read with them, {@link #attach}); its next change stores them all here.
 */
final class VendorSanctions {

    private static final int CHUNK = 1000;
    private static final String INSERT = "INSERT INTO vendor_sanction_view (vendor_id, position, sanctions)"
            + " VALUES (?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TableStatistics statistics;
    private final JsonMapper json = EventWireFormat.jsonMapper();
    /** Vendors last read from a document that still held its sanctions. */
    private final Set<String> inDocument = ConcurrentHashMap.newKeySet();

    VendorSanctions(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.template = new JdbcTemplate(dataSource);
        this.statistics = new TableStatistics(dataSource);
    }

    /** The document as stored: without its sanctions. */
    static VendorDetail stored(VendorDetail d) {
        return d.sanctions().isEmpty() ? d : with(d, List.of());
    }

    /** The stored documents with their sanctions, from this table unless a document still holds its own. */
    Map<String, VendorDetail> attach(Map<String, VendorDetail> documents) {
        List<String> apart = new ArrayList<>();
        documents.forEach((id, document) -> {
            if (document.sanctions().isEmpty()) {
                inDocument.remove(id);
                apart.add(id);
            } else {
                inDocument.add(id);
            }
        });
        Map<String, List<SanctionView>> sanctions = new HashMap<>();
        for (int from = 0; from < apart.size(); from += CHUNK) {
            jdbc.sql("SELECT vendor_id, sanctions FROM vendor_sanction_view WHERE vendor_id IN (:ids)"
                            + " ORDER BY vendor_id, position")
                    .param("ids", apart.subList(from, Math.min(apart.size(), from + CHUNK)))
                    .query(rs -> {
                        sanctions.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                                .addAll(List.of(json.readValue(rs.getString(2), SanctionView[].class)));
                    });
        }
        Map<String, VendorDetail> attached = new HashMap<>(documents);
        sanctions.forEach((id, list) -> attached.put(id, with(documents.get(id), List.copyOf(list))));
        return attached;
    }

    /** Appends each vendor's new sanctions as one part; rewrites a vendor's parts only when it was not an append. */
    void write(Collection<Change<VendorDetail>> changes) {
        List<String> rewritten = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (Change<VendorDetail> change : changes) {
            VendorDetail before = change.before();
            VendorDetail after = change.after();
            boolean wasInDocument = before != null && inDocument.remove(after.vendorId());
            int from = before == null || wasInDocument || !appended(before, after) ? 0 : before.sanctions().size();
            if (from == 0 && before != null) {
                rewritten.add(after.vendorId());
            }
            List<SanctionView> sanctions = after.sanctions();
            if (from < sanctions.size()) {
                rows.add(new Object[]{after.vendorId(), from,
                        json.writeValueAsString(sanctions.subList(from, sanctions.size()))});
            }
        }
        for (int from = 0; from < rewritten.size(); from += CHUNK) {
            jdbc.sql("DELETE FROM vendor_sanction_view WHERE vendor_id IN (:ids)")
                    .param("ids", rewritten.subList(from, Math.min(rewritten.size(), from + CHUNK)))
                    .update();
        }
        if (!rows.isEmpty()) {
            template.batchUpdate(INSERT, rows, new int[]{Types.VARCHAR, Types.INTEGER, Types.VARCHAR});
            statistics.insertedBy(INSERT, rows.size());
        }
    }

    void reset() {
        jdbc.sql("DELETE FROM vendor_sanction_view").update();
        inDocument.clear();
    }

    private static boolean appended(VendorDetail before, VendorDetail after) {
        List<SanctionView> was = before.sanctions();
        List<SanctionView> is = after.sanctions();
        return is.size() >= was.size() && is.subList(0, was.size()).equals(was);
    }

    private static VendorDetail with(VendorDetail d, List<SanctionView> sanctions) {
        return new VendorDetail(d.vendorId(), d.legalName(), d.creditCode(), d.legalRepresentative(), d.address(),
                d.contacts(), d.registeredCapital(), d.foundingYear(), d.headcount(), d.categories(), d.status(),
                d.tier(), d.suspensionCauses(), d.admittedOn(), d.annualReviewDue(), d.annualReviewOverdue(),
                d.lastReviewedOn(), d.lastReviewOutcome(), d.qualifications(), d.findings(), d.rejectionReasons(),
                sanctions, d.version(), d.lastChangedAt());
    }
}
