package com.outsourcingledger.api.specialaudit;

import com.outsourcingledger.api.wire.AggregateKind;

import java.util.List;

/**
 * One subject where a control was not applied: what is wrong and the identifiers of the stored events that show it
 * (each readable in the audit explorer).
 */
public record ControlException(AggregateKind subjectKind, String subjectId, String description,
                               List<String> evidenceEventIds) {
}
