package com.outsourcingledger.api.sourcing;

import com.outsourcingledger.api.organization.Department;

/** An evaluator, identified by login, scoring for their department. */
public record PanelMember(String user, Department department) {
}
