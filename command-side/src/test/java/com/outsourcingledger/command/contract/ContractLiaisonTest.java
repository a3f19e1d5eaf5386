package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.*;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.SuspensionGround;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.outsourcingledger.command.contract.ContractSamples.*;
import static com.outsourcingledger.platform.testing.RuleViolations.breaks;

class ContractLiaisonTest extends ContractFixture {

    private static final String LEAD = "王经理";

    private static SiteLeadNamed leadNamed(String name) {
        return new SiteLeadNamed(CONTRACT_ID, VENDOR_ID, name, "13900000000");
    }

    private static IssueInstructionToVendor instruction(String id, String addressee) {
        return new IssueInstructionToVendor(CONTRACT_ID, id, addressee, "质检标准调整", "自下周起按新版质检标准验收");
    }

    private static InstructionIssuedToVendor issued(String id, String addressee, boolean toLead) {
        return new InstructionIssuedToVendor(CONTRACT_ID, id, VENDOR_ID, addressee, toLead, "质检标准调整",
                "自下周起按新版质检标准验收");
    }

    private static ReportRuleViolationToVendor report(String id, String addressee) {
        return new ReportRuleViolationToVendor(CONTRACT_ID, id, addressee, "worker-7", "未佩戴工牌进入机房");
    }

    private static RuleViolationReportedToVendor reported(String id, String addressee, boolean toLead) {
        return new RuleViolationReportedToVendor(CONTRACT_ID, id, VENDOR_ID, addressee, toLead, "worker-7",
                "未佩戴工牌进入机房");
    }

    private static Object[] withLead() {
        return with(active(), leadNamed(LEAD));
    }

    @Nested
    class SiteLead {

        @Test
        void namesTheVendorsSiteLeadAtKickoff() {
            given(with(approved(), new ContractSigned(CONTRACT_ID, TODAY, 1)))
                    .when(new NameSiteLead(CONTRACT_ID, " " + LEAD + " ", "13900000000"))
                    .expectEvents(leadNamed(LEAD));
        }

        @Test
        void renamesTheSiteLeadWhileTheContractRuns() {
            given(withLead()).when(new NameSiteLead(CONTRACT_ID, "李经理", "13900000000"))
                    .expectEvents(leadNamed("李经理"));
        }

        @Test
        void rejectsNamingASiteLeadBeforeSigning() {
            given(approved()).when(new NameSiteLead(CONTRACT_ID, LEAD, null))
                    .expectException(breaks("contract.site-lead.wrong-status", 409));
        }

        @Test
        void rejectsASiteLeadWithoutAName() {
            given(active()).when(new NameSiteLead(CONTRACT_ID, " ", null))
                    .expectException(breaks("contract.site-lead.name-required", 422));
        }
    }

    @Nested
    class Instruction {

        @Test
        void recordsAnInstructionToTheSiteLeadAsAddressedToTheLead() {
            given(withLead()).when(instruction("ins-1", " 王经理"))
                    .expectEvents(issued("ins-1", " 王经理", true));
        }

        @Test
        void matchesTheLeadWhateverTheCase() {
            given(with(active(), leadNamed("Li Wei"))).when(instruction("ins-1", "li wei "))
                    .expectEvents(issued("ins-1", "li wei ", true));
        }

        @Test
        void recordsAnInstructionToSomeoneElseAsNotAddressedToTheLead() {
            given(withLead()).when(instruction("ins-1", "张三"))
                    .expectEvents(issued("ins-1", "张三", false));
        }

        @Test
        void recordsAnInstructionBeforeAnyLeadIsNamedAsNotAddressedToTheLead() {
            given(active()).when(instruction("ins-1", LEAD))
                    .expectEvents(issued("ins-1", LEAD, false));
        }

        @Test
        void recordsAnInstructionWhileTheContractIsSuspended() {
            given(with(withLead(), new ContractSuspended(CONTRACT_ID, SuspensionGround.DECISION, "整改")))
                    .when(instruction("ins-1", LEAD))
                    .expectEvents(issued("ins-1", LEAD, true));
        }

        @Test
        void rejectsAnInstructionOnAContractNotSignedYet() {
            given(approved()).when(instruction("ins-1", LEAD))
                    .expectException(breaks("contract.instruction.wrong-status", 409));
        }

        @Test
        void rejectsAnInstructionIdUsedBefore() {
            given(with(withLead(), issued("ins-1", LEAD, true))).when(instruction("ins-1", LEAD))
                    .expectException(breaks("contract.instruction.already-issued", 409));
        }

        @Test
        void rejectsAnInstructionWithoutAnId() {
            given(withLead()).when(instruction(" ", LEAD))
                    .expectException(breaks("contract.instruction.instruction-id-required", 422));
        }

        @Test
        void rejectsAnInstructionWithoutAnAddressee() {
            given(withLead()).when(instruction("ins-1", null))
                    .expectException(breaks("contract.instruction.addressee-required", 422));
        }

        @Test
        void rejectsAnInstructionWithoutASubject() {
            given(withLead()).when(new IssueInstructionToVendor(CONTRACT_ID, "ins-1", LEAD, "", "内容"))
                    .expectException(breaks("contract.instruction.subject-required", 422));
        }

        @Test
        void rejectsAnInstructionWithoutContent() {
            given(withLead()).when(new IssueInstructionToVendor(CONTRACT_ID, "ins-1", LEAD, "主题", null))
                    .expectException(breaks("contract.instruction.content-required", 422));
        }
    }

    @Nested
    class ViolationReport {

        @Test
        void reportsAWorkersBreachToTheSiteLead() {
            given(withLead()).when(report("rv-1", LEAD)).expectEvents(reported("rv-1", LEAD, true));
        }

        @Test
        void recordsAReportToTheWorkerAsNotAddressedToTheLead() {
            given(withLead()).when(report("rv-1", "张三")).expectEvents(reported("rv-1", "张三", false));
        }

        @Test
        void rejectsAReportIdUsedBefore() {
            given(with(withLead(), reported("rv-1", LEAD, true))).when(report("rv-1", LEAD))
                    .expectException(breaks("contract.violation-report.already-reported", 409));
        }

        @Test
        void rejectsAReportOnAClosedContract() {
            given(with(withLead(), new ContractExpired(CONTRACT_ID, TERM.end())))
                    .when(report("rv-1", LEAD))
                    .expectException(breaks("contract.violation-report.wrong-status", 409));
        }

        @Test
        void rejectsAReportWithoutAnId() {
            given(withLead()).when(report(null, LEAD))
                    .expectException(breaks("contract.violation-report.report-id-required", 422));
        }

        @Test
        void rejectsAReportWithoutAnAddressee() {
            given(withLead()).when(report("rv-1", " "))
                    .expectException(breaks("contract.violation-report.addressee-required", 422));
        }

        @Test
        void rejectsAReportWithoutADescription() {
            given(withLead()).when(new ReportRuleViolationToVendor(CONTRACT_ID, "rv-1", LEAD, null, " "))
                    .expectException(breaks("contract.violation-report.description-required", 422));
        }
    }
}
