package com.outsourcingledger.command.specialaudit.control;

import java.util.List;
import java.util.function.Supplier;

/** Every control the checklist answers, one fresh rule each per checklist. */
public final class ControlRules {

    private static final List<Supplier<ControlRule>> RULES = List.of(
            ApprovalOrderRule::new,
            CandidatesAndPanelRule::new,
            NdaBeforeSigningRule::new,
            FourDepartmentCoReviewRule::new,
            RenewalReviewLeadTimeRule::new,
            BreachTerminationSignOffRule::new,
            FilingBeforeAccessRule::new,
            AccessRevokedByLastServiceDayRule::new,
            SettlementConfirmedAndCheckedRule::new,
            PipConcludedRule::new,
            IncidentNotifiedInTimeRule::new,
            AnnualReviewOnTimeRule::new
    );

    private ControlRules() {
    }

    public static List<ControlRule> fresh() {
        return RULES.stream().map(Supplier::get).toList();
    }
}
