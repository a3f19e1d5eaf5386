package com.outsourcingledger.api.refusal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

/** The catalogue of rule codes: every code a refusal can name is a constant of one of these holders. */
public final class RuleCodes {

    public static final List<Class<?>> HOLDERS = List.of(VendorRuleCodes.class, ProjectRuleCodes.class,
            SourcingRuleCodes.class, ContractRuleCodes.class, AuditRuleCodes.class, ProjectionRuleCodes.class,
            RequestRuleCodes.class, EvaluationRuleCodes.class, SettlementRuleCodes.class, WorkerRuleCodes.class,
            LineageRuleCodes.class, PrivacyRuleCodes.class,
            ComplianceRuleCodes.class, SignalRuleCodes.class,
            RiskRuleCodes.class, IncidentRuleCodes.class, SpecialAuditRuleCodes.class);

    private RuleCodes() {
    }

    /** Every code of every holder, holder by holder, duplicates included (a test refuses them). */
    public static List<String> all() {
        return HOLDERS.stream().flatMap(holder -> codesOf(holder).stream()).toList();
    }

    static List<String> codesOf(Class<?> holder) {
        return Arrays.stream(holder.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(RuleCodes::valueOf)
                .toList();
    }

    private static String valueOf(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(field + " is not a public constant", e);
        }
    }
}
