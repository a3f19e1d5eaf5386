package com.outsourcingledger.api.sourcing;

import java.util.Map;

/** One panel member's independent scores for one candidate. */
public record ScoreSheet(String member, String vendorId, Map<Criterion, Integer> scores) {
}
