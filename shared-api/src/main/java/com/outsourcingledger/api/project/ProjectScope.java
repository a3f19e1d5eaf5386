package com.outsourcingledger.api.project;

import com.outsourcingledger.api.money.Money;

/** What a contract for the project needs to know of it: the work, its standards, period, size and budget. */
public record ProjectScope(String name, String requestingDepartment, String projectLead, ProjectCategory category,
                           String scope, String deliverables, String preliminarySla, ProjectPeriod period,
                           int estimatedHeadcount, Money budget) {
}
