package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.Clause;
import com.outsourcingledger.api.contract.ClauseCategory;
import com.outsourcingledger.api.contract.ContractContent;
import com.outsourcingledger.api.contract.Party;
import com.outsourcingledger.api.contract.SettlementCycle;
import com.outsourcingledger.api.contract.SlaMetric;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.project.ProjectPeriod;
import com.outsourcingledger.api.project.ProjectScope;
import com.outsourcingledger.api.refusal.ContractRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.outsourcingledger.api.refusal.Refusal.isBlank;
import static com.outsourcingledger.command.contract.ContractRules.listOf;

/** Checks on what a contract says, and the defaults a draft gets where it is silent. */
final class ContractContents {

    static final int DEFAULT_FORCE_MAJEURE_DAYS = 60;
    static final BigDecimal HIGHEST_BONUS_PERCENT = BigDecimal.valueOf(100);

    /** The rules one act's content check refuses with, one code per check. */
    record ContentRules(String contentRequired, String clientPartyRequired, String vendorPartyRequired,
                        String scopeRequired, String feeRequired, String paymentMethodRequired,
                        String invalidForceMajeureThreshold, String clauseCategoryRequired,
                        String invalidBonus) {
    }

    static final ContentRules DRAFTING = new ContentRules(
            ContractRuleCodes.DRAFTING_CONTENT_REQUIRED,
            ContractRuleCodes.DRAFTING_CLIENT_PARTY_REQUIRED,
            ContractRuleCodes.DRAFTING_VENDOR_PARTY_REQUIRED,
            ContractRuleCodes.DRAFTING_SCOPE_REQUIRED,
            ContractRuleCodes.DRAFTING_FEE_REQUIRED,
            ContractRuleCodes.DRAFTING_PAYMENT_METHOD_REQUIRED,
            ContractRuleCodes.DRAFTING_INVALID_FORCE_MAJEURE_THRESHOLD,
            ContractRuleCodes.DRAFTING_CLAUSE_CATEGORY_REQUIRED,
            ContractRuleCodes.DRAFTING_INVALID_BONUS);

    static final ContentRules REVISION = new ContentRules(
            ContractRuleCodes.REVISION_CONTENT_REQUIRED,
            ContractRuleCodes.REVISION_CLIENT_PARTY_REQUIRED,
            ContractRuleCodes.REVISION_VENDOR_PARTY_REQUIRED,
            ContractRuleCodes.REVISION_SCOPE_REQUIRED,
            ContractRuleCodes.REVISION_FEE_REQUIRED,
            ContractRuleCodes.REVISION_PAYMENT_METHOD_REQUIRED,
            ContractRuleCodes.REVISION_INVALID_FORCE_MAJEURE_THRESHOLD,
            ContractRuleCodes.REVISION_CLAUSE_CATEGORY_REQUIRED,
            ContractRuleCodes.REVISION_INVALID_BONUS);

    static final ContentRules AMENDMENT = new ContentRules(
            ContractRuleCodes.AMENDMENT_CONTENT_REQUIRED,
            ContractRuleCodes.AMENDMENT_CLIENT_PARTY_REQUIRED,
            ContractRuleCodes.AMENDMENT_VENDOR_PARTY_REQUIRED,
            ContractRuleCodes.AMENDMENT_SCOPE_REQUIRED,
            ContractRuleCodes.AMENDMENT_FEE_REQUIRED,
            ContractRuleCodes.AMENDMENT_PAYMENT_METHOD_REQUIRED,
            ContractRuleCodes.AMENDMENT_INVALID_FORCE_MAJEURE_THRESHOLD,
            ContractRuleCodes.AMENDMENT_CLAUSE_CATEGORY_REQUIRED,
            ContractRuleCodes.AMENDMENT_INVALID_BONUS);

    private ContractContents() {
    }

    /** The content as it will be recorded: checked, with the monthly cycle and 60-day threshold as defaults. */
    static ContractContent checked(ContentRules rules, ContractContent content) {
        if (content == null) {
            throw Refusal.unprocessable(rules.contentRequired(),
                    "A contract states its content");
        }
        requireParty(rules.clientPartyRequired(), "client", content.client());
        requireParty(rules.vendorPartyRequired(), "vendor", content.vendor());
        if (isBlank(content.scope())) {
            throw Refusal.unprocessable(rules.scopeRequired(),
                    "A contract states its scope");
        }
        if (content.feeModel() == null || content.amount() == null || content.amount().amount().signum() <= 0) {
            throw Refusal.unprocessable(rules.feeRequired(),
                    "A contract states its fee model and a positive amount");
        }
        if (content.paymentMethod() == null) {
            throw Refusal.unprocessable(rules.paymentMethodRequired(),
                    "A contract states its payment method");
        }
        Integer threshold = content.forceMajeureThresholdDays();
        if (threshold != null && threshold <= 0) {
            throw Refusal.unprocessable(rules.invalidForceMajeureThreshold(),
                    "The force-majeure threshold is a positive number of days, not " + threshold);
        }
        BigDecimal bonus = content.bonusPercent();
        if (bonus != null && (bonus.signum() < 0 || bonus.compareTo(HIGHEST_BONUS_PERCENT) > 0 || bonus.scale() > 2)) {
            throw Refusal.unprocessable(rules.invalidBonus(),
                    "The A-grade bonus is 0 to 100 percent with at most two decimals, not " + bonus.toPlainString());
        }
        if (listOf(content.clauses()).stream().anyMatch(c -> c == null || c.category() == null)) {
            throw Refusal.unprocessable(rules.clauseCategoryRequired(),
                    "Every clause names its category");
        }
        return new ContractContent(content.client(), content.vendor(), content.scope(), listOf(content.deliverables()),
                content.acceptanceCriteria(), content.feeModel(), content.amount(), content.paymentMethod(),
                content.settlementCycle() == null ? SettlementCycle.MONTHLY : content.settlementCycle(),
                listOf(content.clauses()), threshold == null ? DEFAULT_FORCE_MAJEURE_DAYS : threshold,
                content.evaluationCadence(), bonus);
    }

    /**
     * What an award tells a draft: the scope, deliverables and preliminary SLA as acceptance criteria, and the
     * project budget as a provisional amount. Parties, fee model, payment method and clauses are left for
     * BUSINESS to complete; submission refuses the draft until the clauses are there.
     */
    static ContractContent fromAward(ProjectScope scope) {
        return new ContractContent(null, null, scope.scope(),
                isBlank(scope.deliverables()) ? List.of() : List.of(scope.deliverables()), scope.preliminarySla(),
                null, scope.budget(), null, SettlementCycle.MONTHLY, List.of(), DEFAULT_FORCE_MAJEURE_DAYS);
    }

    /** The project period as the contract term; null when the period cannot be one. */
    static Term termOf(ProjectPeriod period) {
        if (period == null || period.startsOn() == null || period.endsOn() == null
                || !period.endsOn().isAfter(period.startsOn())) {
            return null;
        }
        return new Term(period.startsOn(), period.endsOn());
    }

    static Set<ClauseCategory> missingClauses(ContractContent content) {
        Set<ClauseCategory> missing = EnumSet.allOf(ClauseCategory.class);
        for (Clause clause : content.clauses()) {
            if (!isBlank(clause.text())) {
                missing.remove(clause.category());
            }
        }
        return missing;
    }

    /** One currency per contract: that of its amount. A contract without an amount yet has none to keep to. */
    static void requireCurrency(String rule, ContractContent content, Money money, String what) {
        Money amount = content == null ? null : content.amount();
        if (amount != null && money != null && !amount.currency().equals(money.currency())) {
            throw Refusal.unprocessable(rule, "A contract keeps to one currency, " + amount.currency() + "; the "
                    + what + " is in " + money.currency());
        }
    }

    /** An amendment's whole new set of SLA metrics: each complete, none twice, in the contract's currency. */
    static List<SlaMetric> checkedSlas(List<SlaMetric> slas, ContractContent content) {
        if (slas == null) {
            return null;
        }
        if (slas.isEmpty()) {
            throw Refusal.unprocessable(ContractRuleCodes.AMENDMENT_SLA_MISSING,
                    "An amendment that sets the SLAs leaves at least one SLA metric");
        }
        Set<String> ids = new HashSet<>();
        for (SlaMetric metric : slas) {
            checkMetric(metric);
            if (!ids.add(metric.metricId())) {
                throw Refusal.conflict(ContractRuleCodes.SLA_ALREADY_DEFINED,
                        "SLA metric " + metric.metricId() + " appears twice in the amendment");
            }
            requireCurrency(ContractRuleCodes.AMENDMENT_CURRENCY_MISMATCH, content, metric.penaltyCapPerPeriod(),
                    "penalty cap of " + metric.metricId());
        }
        return List.copyOf(slas);
    }

    static void checkMetric(SlaMetric metric) {
        if (metric == null || isBlank(metric.metricId()) || isBlank(metric.name()) || metric.target() == null
                || metric.direction() == null || metric.period() == null) {
            throw Refusal.unprocessable(ContractRuleCodes.SLA_INCOMPLETE,
                    "An SLA metric has an id, a name, a target, a direction and a measurement period");
        }
        if (isBlank(metric.dataSource()) || isBlank(metric.collectionOwner())) {
            throw Refusal.unprocessable(ContractRuleCodes.SLA_NOT_MEASURABLE,
                    "An SLA metric names its data source and its collection owner");
        }
        if (metric.penaltyPercent() == null || metric.penaltyPercent().signum() < 0
                || metric.penaltyPercent().compareTo(java.math.BigDecimal.valueOf(100)) > 0
                || metric.penaltyCapPerPeriod() == null || metric.penaltyCapPerPeriod().amount().signum() < 0) {
            throw Refusal.unprocessable(ContractRuleCodes.SLA_INVALID_PENALTY,
                    "An SLA metric's penalty is 0 to 100 percent of the period fee, with a cap per period of at least 0");
        }
    }

    private static void requireParty(String rule, String role, Party party) {
        if (party == null || isBlank(party.name())) {
            throw Refusal.unprocessable(rule,
                    "A contract names the " + role + " party");
        }
    }
}
