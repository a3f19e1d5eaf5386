package com.outsourcingledger.api.contract;

public record Clause(ClauseCategory category, String text) {
}
