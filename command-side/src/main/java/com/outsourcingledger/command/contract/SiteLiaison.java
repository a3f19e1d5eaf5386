package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.IssueInstructionToVendor;
import com.outsourcingledger.api.contract.ContractCommand.NameSiteLead;
import com.outsourcingledger.api.contract.ContractCommand.ReportRuleViolationToVendor;
import com.outsourcingledger.api.contract.ContractEvent.ContractDrafted;
import com.outsourcingledger.api.contract.ContractEvent.InstructionIssuedToVendor;
import com.outsourcingledger.api.contract.ContractEvent.RuleViolationReportedToVendor;
import com.outsourcingledger.api.contract.ContractEvent.SiteLeadNamed;
import com.outsourcingledger.api.refusal.ContractRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import static com.outsourcingledger.api.contract.ContractStatus.ACTIVE;
import static com.outsourcingledger.api.contract.ContractStatus.SIGNED;
import static com.outsourcingledger.api.contract.ContractStatus.SUSPENDED;
import static com.outsourcingledger.command.contract.ContractRules.requireStatus;
import static com.outsourcingledger.command.contract.ContractRules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The one channel between the client and the vendor's people (§12, the four no-directs): the vendor's site lead,
 * named at kickoff and renamed while the contract runs, and the instructions and rule-violation reports addressed
 * to the vendor. One given to someone other than the named lead is recorded all the same, flagged as not addressed
 * to the lead, for the sham-outsourcing detector to raise its signal from: the record is the evidence, so it is
 * never refused for its addressee.
 */
class SiteLiaison {

    private final Contract contract;
    private String vendorId;
    private String siteLead;
    private final Set<String> instructions = new HashSet<>();
    private final Set<String> reports = new HashSet<>();

    SiteLiaison(Contract contract) {
        this.contract = contract;
    }

    @CommandHandler
    void handle(NameSiteLead command) {
        requireStatus(ContractRuleCodes.SITE_LEAD_WRONG_STATUS, contract.id(), contract.status(), "naming a site lead",
                SIGNED, ACTIVE);
        requireText(ContractRuleCodes.SITE_LEAD_NAME_REQUIRED, "site lead", "name", command.name());
        apply(new SiteLeadNamed(contract.id(), vendorId, command.name().trim(), command.contact()));
    }

    @CommandHandler
    void handle(IssueInstructionToVendor command) {
        requireStatus(ContractRuleCodes.INSTRUCTION_WRONG_STATUS, contract.id(), contract.status(), "an instruction",
                SIGNED, ACTIVE, SUSPENDED);
        requireText(ContractRuleCodes.INSTRUCTION_INSTRUCTION_ID_REQUIRED, "instruction", "id",
                command.instructionId());
        if (instructions.contains(command.instructionId())) {
            throw Refusal.conflict(ContractRuleCodes.INSTRUCTION_ALREADY_ISSUED, "Contract " + contract.id()
                    + " has instruction " + command.instructionId() + " already");
        }
        requireText(ContractRuleCodes.INSTRUCTION_ADDRESSEE_REQUIRED, "instruction", "addressee", command.addressee());
        requireText(ContractRuleCodes.INSTRUCTION_SUBJECT_REQUIRED, "instruction", "subject", command.subject());
        requireText(ContractRuleCodes.INSTRUCTION_CONTENT_REQUIRED, "instruction", "content", command.content());
        apply(new InstructionIssuedToVendor(contract.id(), command.instructionId(), vendorId, command.addressee(),
                toSiteLead(command.addressee()), command.subject(), command.content()));
    }

    @CommandHandler
    void handle(ReportRuleViolationToVendor command) {
        requireStatus(ContractRuleCodes.VIOLATION_REPORT_WRONG_STATUS, contract.id(), contract.status(),
                "a rule-violation report", SIGNED, ACTIVE, SUSPENDED);
        requireText(ContractRuleCodes.VIOLATION_REPORT_REPORT_ID_REQUIRED, "rule-violation report", "id",
                command.reportId());
        if (reports.contains(command.reportId())) {
            throw Refusal.conflict(ContractRuleCodes.VIOLATION_REPORT_ALREADY_REPORTED, "Contract " + contract.id()
                    + " has rule-violation report " + command.reportId() + " already");
        }
        requireText(ContractRuleCodes.VIOLATION_REPORT_ADDRESSEE_REQUIRED, "rule-violation report", "addressee",
                command.addressee());
        requireText(ContractRuleCodes.VIOLATION_REPORT_DESCRIPTION_REQUIRED, "rule-violation report", "description",
                command.description());
        apply(new RuleViolationReportedToVendor(contract.id(), command.reportId(), vendorId, command.addressee(),
                toSiteLead(command.addressee()), command.workerId(), command.description()));
    }

    /** Addressed to the named site lead: the same name, trimmed, in any case; never when no lead is named. */
    private boolean toSiteLead(String addressee) {
        return siteLead != null && normalized(siteLead).equals(normalized(addressee));
    }

    private static String normalized(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    @EventSourcingHandler
    void on(ContractDrafted event) {
        vendorId = event.vendorId();
    }

    @EventSourcingHandler
    void on(SiteLeadNamed event) {
        siteLead = event.name();
    }

    @EventSourcingHandler
    void on(InstructionIssuedToVendor event) {
        instructions.add(event.instructionId());
    }

    @EventSourcingHandler
    void on(RuleViolationReportedToVendor event) {
        reports.add(event.reportId());
    }
}
