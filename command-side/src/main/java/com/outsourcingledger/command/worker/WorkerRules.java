package com.outsourcingledger.command.worker;

import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.privacy.PersonalData;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.WorkerRuleCodes;
import com.outsourcingledger.api.worker.InductionTopic;
import com.outsourcingledger.api.worker.WorkerProofs;
import com.outsourcingledger.command.lookup.ContractFacts;
import com.outsourcingledger.command.lookup.SettlementContracts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The guards of a worker's filing, induction and dated acts: the contract, the proofs, the topics, the dates. */
final class WorkerRules {

    static final Set<ContractStatus> FILABLE = Set.of(ContractStatus.SIGNED, ContractStatus.ACTIVE);

    private WorkerRules() {
    }

    /** A filing is made by a vendor user (no internal department: its vendor instead). */
    static void requireVendorUser(String vendor) {
        requireVendorUser(WorkerRuleCodes.FILING_NOT_A_VENDOR_USER, vendor);
    }

    static void requireVendorUser(String rule, String vendor) {
        if (Refusal.isBlank(vendor)) {
            throw Refusal.forbidden(rule, "Only a user of the worker's own vendor files its proofs");
        }
    }

    /** The contract the worker serves: known, and SIGNED or ACTIVE. */
    static ContractFacts requireContractInForce(SettlementContracts contracts, String contractId) {
        ContractFacts facts = contracts.factsOf(contractId).orElseThrow(() -> Refusal.notFound(
                WorkerRuleCodes.FILING_UNKNOWN_CONTRACT, "No contract " + contractId + " to file a worker for"));
        if (!FILABLE.contains(facts.status())) {
            throw Refusal.conflict(WorkerRuleCodes.FILING_CONTRACT_NOT_IN_FORCE, "Contract " + contractId + " is "
                    + facts.status() + "; workers are filed for a SIGNED or ACTIVE contract");
        }
        return facts;
    }

    static void requirePersonalData(PersonalData data) {
        if (data == null || Refusal.isBlank(data.name()) || Refusal.isBlank(data.idNumber())
                || Refusal.isBlank(data.contact())) {
            throw Refusal.unprocessable(WorkerRuleCodes.FILING_PERSONAL_DATA_REQUIRED,
                    "A filing names the worker: name, ID number and contact");
        }
    }

    /** Every proof present, each refused by name when missing; the coverage month is a month like 2026-03. */
    static void requireProofs(WorkerProofs proofs) {
        WorkerProofs given = proofs == null ? new WorkerProofs(null, null, null, null) : proofs;
        Refusal.requireText(WorkerRuleCodes.FILING_LABOR_CONTRACT_MISSING, given.laborContractReference(),
                "A filing carries the worker's labor contract with the vendor (劳动合同)");
        Refusal.requireText(WorkerRuleCodes.FILING_SOCIAL_INSURANCE_MISSING, given.socialInsuranceReference(),
                "A filing carries the proof of social insurance paid by the vendor (社保缴纳证明)");
        Refusal.requireText(WorkerRuleCodes.FILING_SOCIAL_INSURANCE_MISSING, given.socialInsuranceMonth(),
                "A filing states the month the social-insurance proof covers");
        Refusal.requireText(WorkerRuleCodes.FILING_CONFIDENTIALITY_PLEDGE_MISSING,
                given.confidentialityPledgeReference(), "A filing carries the signed confidentiality pledge (保密承诺书)");
        try {
            YearMonth.parse(given.socialInsuranceMonth());
        } catch (DateTimeParseException e) {
            throw Refusal.unprocessable(WorkerRuleCodes.FILING_INVALID_COVERAGE_MONTH,
                    "The social-insurance coverage month is a month like 2026-03, not " + given.socialInsuranceMonth());
        }
    }

    /** An induction names its topics, none of them missing. */
    static List<InductionTopic> requireTopics(List<InductionTopic> topics) {
        if (topics == null || topics.isEmpty() || topics.stream().anyMatch(Objects::isNull)) {
            throw Refusal.unprocessable(WorkerRuleCodes.INDUCTION_TOPICS_REQUIRED,
                    "An induction names its topics, among " + InductionTopic.ALLOWED);
        }
        return List.copyOf(topics);
    }

    /** The topics outside the site's three: the company's own onboarding of its employees. */
    static List<InductionTopic> disallowed(List<InductionTopic> topics) {
        return topics.stream().filter(topic -> !topic.allowed()).distinct().toList();
    }

    /** The refusal of an induction on {@code disallowed} topics, by name (kept on record, see {@code Worker}). */
    static Refusal topicsNotAllowed(List<InductionTopic> disallowed) {
        return Refusal.unprocessable(WorkerRuleCodes.INDUCTION_TOPIC_NOT_ALLOWED, "An outsourced worker's induction"
                + " covers only " + InductionTopic.ALLOWED + "; " + disallowed + " is the company's own onboarding of"
                + " its employees");
    }

    /** A month like 2026-03. */
    static YearMonth requireMonth(String rule, String month) {
        try {
            return YearMonth.parse(month == null ? "" : month);
        } catch (DateTimeParseException e) {
            throw Refusal.unprocessable(rule, "A coverage month is a month like 2026-03, not " + month);
        }
    }

    /** The day an act happened: today when not given, never a day still to come. */
    static LocalDate requirePast(String rule, LocalDate given, LocalDate today, String act) {
        LocalDate day = given == null ? today : given;
        if (day.isAfter(today)) {
            throw Refusal.unprocessable(rule, "A " + act + " is recorded once it happened, not ahead on " + day);
        }
        return day;
    }
}
