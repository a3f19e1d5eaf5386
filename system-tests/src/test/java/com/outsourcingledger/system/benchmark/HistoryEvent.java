package com.outsourcingledger.system.benchmark;

/** One event of a generated history, of the aggregate {@code type} {@code id} (the appender numbers them). */
record HistoryEvent(String type, String id, Object payload) {

    static HistoryEvent contract(String contractId, Object payload) {
        return new HistoryEvent("Contract", contractId, payload);
    }
}
