package com.outsourcingledger.command.sourcing;

import java.util.Optional;

/** The projects sourcing is opened for. */
interface ProjectStandings {

    /** Empty for an unknown project. */
    Optional<ProjectStanding> find(String projectId);

    /**
     * Takes the project for {@code sourcingId}; claiming it again for the same sourcing is a retry and succeeds.
     * A claim held by {@code releasedSourcingId} (the round the project released, or null) is taken over.
     *
     * @throws com.outsourcingledger.api.refusal.Refusal when another sourcing holds it
     */
    void claim(String projectId, String sourcingId, String releasedSourcingId);
}
