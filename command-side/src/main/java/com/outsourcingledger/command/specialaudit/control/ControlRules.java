package com.outsourcingledger.command.specialaudit.control;

import java.util.List;
import java.util.function.Supplier;

/** Every control the checklist answers, one fresh rule each per checklist. */
public final class ControlRules {

    private static final List<Supplier<ControlRule>> RULES = List.of(
            FilingBeforeAccess::new,
            AccessRevokedByLastServiceDay::new,
            SettlementConfirmedAndChecked::new,
            PipsConcluded::new,
            IncidentNotifiedInTime::new
    );

    private ControlRules() {
    }

    public static List<ControlRule> fresh() {
        return RULES.stream().map(Supplier::get).toList();
    }
}
