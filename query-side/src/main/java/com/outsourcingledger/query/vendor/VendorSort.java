package com.outsourcingledger.query.vendor;

import java.util.Map;

/** A whitelisted sort order for the vendor directory; user input never reaches the SQL text. */
record VendorSort(String column, boolean descending) {

    static final String DEFAULT = "legalName";

    private static final Map<String, String> COLUMNS = Map.of(
            "legalName", "v.legal_name",
            "status", "v.status",
            "admittedOn", "v.admitted_on",
            "lastChangedAt", "v.last_changed_at");

    static VendorSort parse(String sort) {
        String requested = sort == null || sort.isBlank() ? DEFAULT : sort.strip();
        boolean descending = requested.startsWith("-");
        String field = descending ? requested.substring(1) : requested;
        String column = COLUMNS.get(field);
        if (column == null) {
            throw new IllegalArgumentException("Cannot sort vendors by '" + field + "'; sort by one of "
                    + COLUMNS.keySet().stream().sorted().toList() + ", optionally prefixed with '-'");
        }
        return new VendorSort(column, descending);
    }

    /** Vendors without a value sort last either way; the id keeps pages stable among equal values. */
    String orderBy() {
        return column + (descending ? " DESC" : " ASC") + " NULLS LAST, v.vendor_id ASC";
    }
}
