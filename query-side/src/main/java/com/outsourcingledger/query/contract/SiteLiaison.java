package com.outsourcingledger.query.contract;

import com.outsourcingledger.api.contract.ContractEvent;
import com.outsourcingledger.api.contract.ContractEvent.InstructionIssuedToVendor;
import com.outsourcingledger.api.contract.ContractEvent.RuleViolationReportedToVendor;
import com.outsourcingledger.api.contract.ContractEvent.SiteLeadNamed;
import com.outsourcingledger.api.contract.ContractQuery.InstructionView;
import com.outsourcingledger.api.contract.ContractQuery.SiteLiaisonView;
import com.outsourcingledger.api.contract.ContractQuery.ViolationReportView;
import com.outsourcingledger.query.readmodel.ViewFold.Step;

import java.util.ArrayList;
import java.util.List;

/**
 * The site-liaison part of {@link ContractView}'s fold (§12): the vendor's site lead, and each instruction and
 * rule-violation report addressed to the vendor with whether it went to the lead, as the contract decided it.
 */
final class SiteLiaison {

    private SiteLiaison() {
    }

    /** {@code liaison} is null in a document stored before contracts showed it. */
    static SiteLiaisonView after(SiteLiaisonView liaison, ContractEvent event, Step step) {
        SiteLiaisonView before = liaison == null ? SiteLiaisonView.NONE : liaison;
        List<InstructionView> instructions = new ArrayList<>(before.instructions());
        List<ViolationReportView> reports = new ArrayList<>(before.violationReports());
        String lead = before.siteLead();
        String contact = before.siteLeadContact();
        switch (event) {
            case SiteLeadNamed e -> {
                lead = e.name();
                contact = e.contact();
            }
            case InstructionIssuedToVendor e -> instructions.add(new InstructionView(e.instructionId(), e.addressee(),
                    e.addressedToSiteLead(), e.subject(), e.content(), step.user(), step.at()));
            case RuleViolationReportedToVendor e -> reports.add(new ViolationReportView(e.reportId(), e.addressee(),
                    e.addressedToSiteLead(), e.workerId(), e.description(), step.user(), step.at()));
            default -> {
            }
        }
        return new SiteLiaisonView(lead, contact, List.copyOf(instructions), List.copyOf(reports));
    }
}
