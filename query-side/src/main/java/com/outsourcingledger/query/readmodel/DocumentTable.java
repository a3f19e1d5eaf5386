package com.outsourcingledger.query.readmodel;

import com.outsourcingledger.api.wire.EventWireFormat;
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
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A read model table of detail documents: the document as JSON in a {@code document} column, keyed by aggregate
 * id, with the columns beside it that exist only to filter, sort and page. Writes go in JDBC batches.
 *
 * @param <D> the detail document
 */
public final class DocumentTable<D> implements BatchedDocuments.Table<D> {

    private static final int CHUNK = 1000;

    /** A filter column and how a document fills it. */
    public record Column<D>(String name, int sqlType, Function<D, Object> value) {
    }

    /** The conditions a listing's rows meet, all of them, and the parameters they name. */
    public static final class Filter {

        private final List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        private final Map<String, Object> params = new HashMap<>();

        /** A condition that always holds. */
        public Filter where(String condition) {
            conditions.add(condition);
            return this;
        }

        /** A condition on the parameter {@code name}, left out when {@code value} is null. */
        public Filter where(String condition, String name, Object value) {
            if (value != null) {
                conditions.add(condition);
                params.put(name, value);
            }
            return this;
        }
    }

    /** One page of documents: {@code page} and {@code size} as served, {@code total} across every page. */
    public record Page<D>(List<D> documents, int page, int size, long total) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json = EventWireFormat.jsonMapper();
    private final String table;
    private final String idColumn;
    private final Class<D> type;
    private final Function<D, String> id;
    private final List<Column<D>> columns;
    private final Column<D> version;
    private final int[] types;
    private final TableStatistics statistics;

    /** {@code versionColumn} names the column among {@code columns} that holds the document's version. */
    public DocumentTable(DataSource dataSource, String table, String idColumn, Class<D> type, Function<D, String> id,
                         List<Column<D>> columns, String versionColumn) {
        this.jdbc = JdbcClient.create(dataSource);
        this.template = new JdbcTemplate(dataSource);
        this.statistics = new TableStatistics(dataSource);
        this.table = table;
        this.idColumn = idColumn;
        this.type = type;
        this.id = id;
        this.columns = List.copyOf(columns);
        this.version = columns.stream().filter(c -> c.name().equals(versionColumn)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(versionColumn + " is not a column of " + table));
        this.types = new int[columns.size() + 2];
        for (int i = 0; i < columns.size(); i++) {
            types[i] = columns.get(i).sqlType();
        }
        types[columns.size()] = Types.VARCHAR;
        types[columns.size() + 1] = Types.VARCHAR;
    }

    public Optional<D> find(String aggregateId) {
        return jdbc.sql("SELECT document FROM " + table + " WHERE " + idColumn + " = :id")
                .param("id", aggregateId)
                .query(String.class)
                .optional()
                .map(this::parse);
    }

    /** The documents {@code filter} keeps, in {@code order}; the size is clamped to 1 .. {@link PageSize#MAX}. */
    public Page<D> page(Filter filter, String order, int requestedPage, int requestedSize) {
        int size = Math.clamp(requestedSize, 1, PageSize.MAX);
        int page = Math.max(requestedPage, 0);
        String where = " WHERE " + String.join(" AND ", filter.conditions);
        long total = jdbc.sql("SELECT COUNT(*) FROM " + table + where).params(filter.params)
                .query(Long.class).single();
        List<D> documents = jdbc.sql("SELECT document FROM " + table + where
                        + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                .params(filter.params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(String.class)
                .list().stream()
                .map(this::parse)
                .toList();
        return new Page<>(documents, page, size, total);
    }

    public D parse(String document) {
        return json.readValue(document, type);
    }

    @Override
    public Map<String, D> read(Collection<String> ids) {
        Map<String, D> found = new HashMap<>();
        jdbc.sql("SELECT document FROM " + table + " WHERE " + idColumn + " IN (:ids)")
                .param("ids", ids)
                .query(String.class)
                .list()
                .forEach(document -> {
                    D parsed = parse(document);
                    found.put(id.apply(parsed), parsed);
                });
        return found;
    }

    @Override
    public Map<String, Long> versions(Collection<String> ids) {
        Map<String, Long> versions = new HashMap<>();
        jdbc.sql("SELECT " + idColumn + ", " + version.name() + " FROM " + table + " WHERE " + idColumn + " IN (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    versions.put(rs.getString(1), rs.getLong(2));
                });
        return versions;
    }

    @Override
    public long version(D document) {
        return ((Number) version.value().apply(document)).longValue();
    }

    /**
     * Stored documents that changed are deleted and inserted again rather than updated one statement each: the
     * driver sends the inserts as multi-row statements, and within the batch's transaction no reader sees a gap.
     */
    @Override
    public void write(List<BatchedDocuments.Change<D>> changes) {
        List<Object[]> rows = new ArrayList<>(changes.size());
        List<String> replaced = new ArrayList<>();
        for (BatchedDocuments.Change<D> change : changes) {
            rows.add(row(change.after()));
            if (change.before() != null) {
                replaced.add(id.apply(change.before()));
            }
        }
        int deleted = 0;
        for (int from = 0; from < replaced.size(); from += CHUNK) {
            deleted += jdbc.sql("DELETE FROM " + table + " WHERE " + idColumn + " IN (:ids)")
                    .param("ids", replaced.subList(from, Math.min(replaced.size(), from + CHUNK)))
                    .update();
        }
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        template.batchUpdate("INSERT INTO " + table + " (" + names + ", document, " + idColumn + ") VALUES ("
                + "?, ".repeat(columns.size() + 1) + "?)", rows, types);
        statistics.inserted(table, rows.size() - deleted);
    }

    private Object[] row(D document) {
        Object[] row = new Object[columns.size() + 2];
        for (int i = 0; i < columns.size(); i++) {
            row[i] = columns.get(i).value().apply(document);
        }
        row[columns.size()] = json.writeValueAsString(document);
        row[columns.size() + 1] = id.apply(document);
        return row;
    }
}
