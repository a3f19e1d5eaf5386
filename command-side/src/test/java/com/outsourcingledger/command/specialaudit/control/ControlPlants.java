package com.outsourcingledger.command.specialaudit.control;

import java.util.List;

/** A plant for every control; {@code ControlPlantsTest} fails while a control has none. */
final class ControlPlants {

    static final List<ControlPlant> ALL = List.of(
            new ApprovalOrderPlant(),
            new CandidatesAndPanelPlant(),
            new NdaBeforeSigningPlant(),
            new FourDepartmentCoReviewPlant(),
            new RenewalReviewLeadTimePlant(),
            new BreachTerminationSignOffPlant(),
            new FilingBeforeAccessPlant(),
            new AccessRevokedByLastServiceDayPlant(),
            new SettlementConfirmedAndCheckedPlant(),
            new PipConcludedPlant(),
            new IncidentNotifiedInTimePlant(),
            new AnnualReviewOnTimePlant()
    );

    private ControlPlants() {
    }
}
