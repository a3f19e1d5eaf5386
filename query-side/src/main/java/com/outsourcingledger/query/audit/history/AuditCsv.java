package com.outsourcingledger.query.audit.history;

import com.outsourcingledger.query.audit.index.AuditedEvent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Audited events as RFC 4180 CSV in UTF-8 (with a byte order mark unless asked without): a header row, then one row per event, payload and metadata as JSON.
 * A value a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return: CSV
 * injection) is written with a leading apostrophe, so opening an export never executes what a user typed.
 */
final class AuditCsv {

    static final String MEDIA_TYPE = "text/csv";
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final List<String> HEADER = List.of("globalPosition", "eventId", "aggregateType", "aggregateId",
            "sequenceNumber", "type", "payloadType", "revision", "timestamp", "user", "department", "correlationId",
            "causationId", "command", "payload", "metadata");

    private AuditCsv() {
    }

    /** {@code bom}: a byte order mark first, by which spreadsheet programs recognise UTF-8 (Excel needs it). */
    static ResponseEntity<String> export(String filename, List<AuditedEvent> events, boolean bom) {
        StringBuilder csv = new StringBuilder(bom ? BYTE_ORDER_MARK : "").append(row(HEADER.stream()));
        for (AuditedEvent e : events) {
            csv.append(row(Stream.of(e.globalPosition(), e.eventId(), e.aggregateType(), e.aggregateId(),
                    e.sequenceNumber(), e.type(), e.payloadType(), e.revision(), e.timestamp(), e.user(), e.department(),
                    e.correlationId(), e.causationId(), e.command(), e.payload(), e.metadata())));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + ".csv\"")
                .body(csv.toString());
    }

    private static String row(Stream<?> values) {
        return values.map(v -> v == null ? "" : field(v.toString())).collect(Collectors.joining(",")) + "\r\n";
    }

    /** Quoted when it holds a comma, a quote, a line break or edge blanks; quotes inside are doubled. */
    static String field(String text) {
        String value = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        boolean quote = Stream.of(",", "\"", "\n", "\r").anyMatch(value::contains)
                || !Objects.equals(value, value.strip());
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
