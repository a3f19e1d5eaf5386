package com.outsourcingledger.api.incident;

import com.outsourcingledger.api.organization.Department;

/** A member of an incident's emergency team: a name, the department (null for the vendor's people) and the role. */
public record EmergencyTeamMember(String name, Department department, String role) {
}
