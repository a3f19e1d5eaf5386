package com.outsourcingledger.command.lookup;

import com.outsourcingledger.api.project.ProjectStatus;

import java.util.Optional;

/**
 * Each project's current status, as drafting a contract for it needs it. Read from the project's own stream
 * when asked, so it is never stale; a project cancelled a moment later may still pass, as with any check made
 * before another aggregate's next event.
 */
public interface ProjectStatuses {

    /** Empty for an unknown project. */
    Optional<ProjectStatus> statusOf(String projectId);
}
