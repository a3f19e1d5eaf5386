package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.project.ProjectStatus;
import com.outsourcingledger.command.lookup.ProjectStatuses;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

final class InMemoryProjectStatuses implements ProjectStatuses {

    private final Map<String, ProjectStatus> statuses = new HashMap<>();

    void set(String projectId, ProjectStatus status) {
        statuses.put(projectId, status);
    }

    @Override
    public Optional<ProjectStatus> statusOf(String projectId) {
        return Optional.ofNullable(statuses.get(projectId));
    }
}
