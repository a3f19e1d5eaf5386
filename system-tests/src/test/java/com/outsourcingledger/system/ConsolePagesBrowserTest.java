package com.outsourcingledger.system;

import com.outsourcingledger.api.contract.ContractEvent.ShamOutsourcingRiskAssessed;
import com.outsourcingledger.api.contract.ShamRiskOccasion;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import com.outsourcingledger.api.signal.ShamSignalEvent.ShamSignalRaised;
import com.outsourcingledger.api.signal.ShamSignalType;
import com.outsourcingledger.api.signal.SignalSource;
import com.outsourcingledger.api.wire.MetadataKeys;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static com.outsourcingledger.system.ProjectSteps.awaitQuery;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's pages in a real browser against both apps on PostgreSQL, over one history: an admitted vendor, a
 * contract signed with it that ends in 20 days and breached its SLA twice (so a notice is open), a project waiting
 * for BUSINESS's review, a worker filed on that contract by the vendor's portal user over HTTP, and (each in its own
 * test) a sham-outsourcing signal planted in the event store and an ad-hoc compliance check opened over HTTP. Every
 * figure on a page comes from the same queries as the API's.
 */
class ConsolePagesBrowserTest {

    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.onPostgres();
    @RegisterExtension
    static final Browser browser = new Browser();
    private static final LedgerClient client = new LedgerClient();
    private static String vendorId;
    private static String contractId;
    private static String projectId;
    private static String establishedId;
    private static PerformanceSteps.Portal otherPortal;
    private static String workerId;
    private static PerformanceSteps.Portal portal;

    @BeforeAll
    static void history() {
        LedgerSystem system = ledger.system();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate start = today.withDayOfMonth(1).minusMonths(2);
        vendorId = VendorSteps.registerAndAdmit(system, client);
        LedgerClient.Response iso = client.post(system.commandUrl("/vendors/" + vendorId + "/qualifications"), "hr",
                VendorSteps.qualification("iso-" + vendorId, "ISO9001", today.minusYears(3), today.plusDays(45), false));
        assertThat(iso.status()).as(iso.toString()).isEqualTo(201);
        contractId = ContractSteps.signed(system, client, vendorId, start, today.plusDays(20));
        ContractSteps.measure(system, client, contractId, YearMonth.from(start).toString(), "90");
        ContractSteps.measure(system, client, contractId, YearMonth.from(start).plusMonths(1).toString(), "91.5");
        projectId = ProjectSteps.draftAndSubmit(system, client);
        establishedId = ProjectSteps.establish(system, client);
        otherPortal = PerformanceSteps.openPortalAccount(system, client, VendorSteps.registerAndAdmit(system, client));
        portal = PerformanceSteps.openPortalAccount(system, client, vendorId);
        workerId = "w-" + contractId;
        VendorEndpoints.Call filing = VendorEndpoints.workerFiling(workerId, contractId);
        LedgerClient.Response filed = portal.client().post(system.commandUrl(filing.path()), portal.user(),
                filing.body());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        awaitQuery(system, client, "/workers/" + workerId, w -> "PROPOSED".equals(w.get("status").asString()));
        awaitQuery(system, client, "/dashboard", d -> d.get("openRectifications").asLong() == 1
                && d.get("projects").get("SUBMITTED").asLong() == 1 && d.get("projects").get("ESTABLISHED").asLong() == 1
                && d.get("sla").get("measurements").asLong() == 2);
        awaitQuery(system, client, "/contracts/" + contractId, c -> c.get("rectificationNotices").size() == 1);
        awaitQuery(system, client, "/vendors/qualifications/expiring?withinDays=90", q -> q.size() == 1);
    }

    @Test
    void theDashboardShowsTheDepartmentsOwnQueueFirst() {
        browser.signIn(ledger.system(), "business2");

        WebElement first = browser.find(By.cssSelector("main > section"));
        assertThat(first.getAttribute("class")).contains("own-queue");
        assertThat(browser.text(By.id("own-queue-title"))).contains("业务部");
        assertThat(browser.text(By.id("own-project-reviews"))).isEqualTo("1");
        assertThat(browser.text(By.cssSelector("#review-queue tbody tr td a"))).isEqualTo("客服中心话务外包");
        assertThat(browser.find(By.cssSelector("#review-queue tbody tr td a")).getAttribute("href"))
                .endsWith("/console/projects/" + projectId);
    }

    @Test
    void theDashboardShowsExpiryNoticesAndSlaComplianceByMonth() {
        browser.signIn(ledger.system(), "finance");

        assertThat(browser.text(By.cssSelector("#expiring tbody tr:first-child td a"))).isEqualTo("1");
        WebElement expiringContract = browser.find(By.cssSelector("#expiring-contracts tbody tr"));
        assertThat(expiringContract.findElement(By.tagName("a")).getAttribute("href"))
                .endsWith("/console/contracts/" + contractId);
        assertThat(expiringContract.findElement(By.className("days")).getText()).isEqualTo("20");
        assertThat(expiringContract.getText()).contains("30 天内");
        WebElement expiringQualification = browser.find(By.cssSelector("#expiring-qualifications tbody tr"));
        assertThat(expiringQualification.getText()).contains("ISO9001", "NO-iso-" + vendorId,
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(45).toString(), "60 天内");
        assertThat(expiringQualification.findElement(By.className("days")).getText()).isEqualTo("45");
        assertThat(browser.text(By.id("notices-open"))).isEqualTo("1");
        assertThat(browser.find(By.cssSelector("#open-notices tbody a")).getAttribute("href"))
                .endsWith("/console/contracts/" + contractId);
        assertThat(browser.text(By.cssSelector("#vendor-penalties tbody tr td:last-child"))).isEqualTo("16000.00 CNY");
        assertThat(browser.text(By.id("sla-percent"))).isEqualTo("0.0 %");
        List<WebElement> bars = browser.driver().findElements(By.cssSelector("#sla-chart rect.bar"));
        assertThat(bars).hasSize(12);
        assertThat(bars.stream().filter(bar -> Double.parseDouble(bar.getAttribute("height")) == 0).count())
                .isEqualTo(12);
        assertThat(browser.driver().findElements(By.cssSelector("#sla-chart title")).stream()
                .map(title -> title.getAttribute("textContent")))
                .contains(YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(2) + ": 0.0 %");
        browser.screenshot("dashboard");
    }

    @Test
    void aDashboardFigureChangesLiveAfterACommandWithoutAReload() {
        browser.signIn(ledger.system(), "management");
        browser.waitFor(d -> browser.find(By.id("live-status")).getAttribute("class").contains("on"));
        long registered = Long.parseLong(browser.text(By.id("vendors-REGISTERED")));
        browser.driver().executeScript("window.stillTheSamePage = true;");

        VendorSteps.register(ledger.system(), client, VendorSteps.newRegistration(), Map.of());

        browser.awaitText(By.id("vendors-REGISTERED"), text -> text.equals(String.valueOf(registered + 1)));
        long proposed = Long.parseLong(browser.text(By.id("workers-PROPOSED")));
        VendorEndpoints.Call filing = VendorEndpoints.workerFiling("live-" + contractId, contractId);
        assertThat(portal.client().post(ledger.system().commandUrl(filing.path()), portal.user(), filing.body())
                .status()).isEqualTo(201);
        browser.awaitText(By.id("workers-PROPOSED"), text -> text.equals(String.valueOf(proposed + 1)));
        assertThat(browser.text(By.id("exited-with-live-access"))).isEqualTo("0");
        assertThat(browser.driver().executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);
    }

    @Test
    void theContractRegisterLeadsToAContractsSlasBreachesNoticesRenewalAndExit() {
        browser.signIn(ledger.system(), "legal");
        browser.open(ledger.system().queryUrl("/console/contracts?vendorId=" + vendorId));

        browser.find(By.linkText("客服外包服务合同")).click();
        browser.waitFor(d -> browser.path().equals("/console/contracts/" + contractId));
        assertThat(browser.text(By.id("contract-status"))).isEqualTo("履行中");
        assertThat(browser.text(By.cssSelector("#sla-table tbody td"))).isEqualTo("质量合格率");
        assertThat(browser.driver().findElements(By.cssSelector("#breaches tbody tr"))).hasSize(2);
        assertThat(browser.text(By.cssSelector("#notice-table tbody td:last-child"))).isEqualTo("待整改");
        assertThat(browser.text(By.id("renewal-open"))).as("its term ends in 20 days").isEqualTo("是");
        assertThat(browser.text(By.id("exit-none"))).isEqualTo("未终止，无退出事项");
        browser.screenshot("contract");

        browser.open(ledger.system().queryUrl("/console/contracts?status=SOMETIMES"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("请求无效");
        assertThat(browser.driver().findElements(By.id("status-400"))).hasSize(1);
    }

    @Test
    void theVendorDirectoryLeadsToAVendorAndItsContracts() {
        browser.signIn(ledger.system(), "procurement");
        browser.open(ledger.system().queryUrl("/console/vendors?status=ADMITTED"));
        browser.screenshot("vendors");

        browser.find(By.cssSelector("#vendors a[href$='/console/vendors/" + vendorId + "']")).click();
        browser.waitFor(d -> browser.path().equals("/console/vendors/" + vendorId));
        assertThat(browser.text(By.id("vendor-status"))).isEqualTo("已准入");
        assertThat(browser.text(By.cssSelector("#vendor-contract-table tbody a"))).isEqualTo("客服外包服务合同");
    }

    @Test
    void theProjectPipelineLeadsToAProjectsApprovalTrailInTheReadersZone() {
        browser.signIn(ledger.system(), "audit");
        browser.inZone("America/New_York");
        browser.open(ledger.system().queryUrl("/console/projects?status=ESTABLISHED"));

        browser.find(By.cssSelector("#projects a[href$='/console/projects/" + establishedId + "']")).click();
        browser.waitFor(d -> browser.path().equals("/console/projects/" + establishedId));
        assertThat(browser.text(By.id("project-status"))).isEqualTo("已立项");
        List<WebElement> trail = browser.driver().findElements(By.cssSelector("#approval-trail > li"));
        assertThat(trail).hasSize(5);
        assertThat(trail.getFirst().getText()).contains("业务负责人", "同意", "business2");
        WebElement reviewedAt = browser.find(By.cssSelector("#approval-trail time"));
        String newYork = DateTimeFormatter.ofPattern("HH:mm").format(Instant.parse(reviewedAt.getAttribute("datetime"))
                .atZone(ZoneId.of("America/New_York")));
        assertThat(reviewedAt.getText()).as("shown in New York's time").contains(newYork).doesNotContain("T");
        browser.screenshot("project");
        browser.inZone(null);
    }

    @Test
    void readableAtAPhonesWidthAndUsableByKeyboard() {
        browser.signIn(ledger.system(), "business2");
        try {
            browser.resize(390, 844);
            browser.open(ledger.system().queryUrl("/console/dashboard"));
            browser.find(By.id("own-queue-title"));
            assertThat(browser.fitsTheWidth()).as("no sideways scrolling at 390 px").isTrue();
            browser.screenshot("dashboard-phone");

            browser.press(Keys.TAB);
            assertThat(browser.focused().getAttribute("class")).isEqualTo("skip");
            browser.press(Keys.ENTER);
            browser.waitFor(d -> "main".equals(browser.focused().getAttribute("id")));
            browser.press(Keys.TAB);
            assertThat(browser.focused().getAttribute("href")).endsWith("/console/projects/" + projectId);
        } finally {
            browser.resize(1280, 900);
        }
        browser.open(ledger.system().queryUrl("/console/contracts"));
        assertThat(browser.fitsTheWidth()).as("no sideways scrolling at 1280 px").isTrue();
    }

    @Test
    void aVendorsPortalUserReadsOnlyItsOwnVendor() {
        browser.signIn(ledger.system(), otherPortal.user(), PerformanceSteps.PORTAL_PASSWORD);

        assertThat(browser.path()).startsWith("/console/vendors/").doesNotEndWith(vendorId);
        browser.open(ledger.system().queryUrl("/console/dashboard"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("无权查看");
        browser.open(ledger.system().queryUrl("/console/projects"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("无权查看");
        browser.open(ledger.system().queryUrl("/console/contracts/" + contractId));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("未找到");
        browser.open(ledger.system().queryUrl("/console/vendors/" + vendorId));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("未找到");
        browser.open(ledger.system().queryUrl("/console/contracts"));
        assertThat(browser.driver().findElements(By.cssSelector("#contracts tbody tr"))).isEmpty();
    }

    @Test
    void aWorkerFiledByItsVendorShowsOnItsContractAndItsOwnPageButNotToAnotherVendor() {
        browser.signIn(ledger.system(), "hr");
        assertThat(browser.text(By.id("exited-with-live-access"))).as("must be 0").isEqualTo("0");
        assertThat(browser.find(By.id("exited-with-live-access")).getAttribute("class")).doesNotContain("alert");
        assertThat(Long.parseLong(browser.text(By.id("workers-PROPOSED")))).isPositive();

        browser.open(ledger.system().queryUrl("/console/contracts/" + contractId));
        WebElement row = browser.find(By.cssSelector("#worker-roster tbody tr"));
        assertThat(row.getText()).contains("张三", "待核验", "工牌", "邮箱后缀");
        browser.find(By.cssSelector("#worker-roster a[href$='/console/workers/" + workerId + "']")).click();
        browser.waitFor(d -> browser.path().equals("/console/workers/" + workerId));
        assertThat(browser.text(By.id("worker-name"))).isEqualTo("张三");
        assertThat(browser.text(By.id("worker-status"))).isEqualTo("待核验");
        assertThat(browser.text(By.id("worker-badge"))).isEqualTo("—");
        assertThat(browser.find(By.id("worker-contract")).getAttribute("href")).endsWith("/console/contracts/"
                + contractId);
        browser.screenshot("worker");
        try {
            browser.resize(390, 844);
            browser.open(ledger.system().queryUrl("/console/workers/" + workerId));
            assertThat(browser.fitsTheWidth()).as("no sideways scrolling at 390 px").isTrue();
            browser.open(ledger.system().queryUrl("/console/workers"));
            assertThat(browser.text(By.id("exited-count"))).isEqualTo("共 0 条");
            assertThat(browser.find(By.cssSelector("#incomplete-workers a[href$='/console/workers/" + workerId
                    + "']")).getText()).isEqualTo("张三");
            assertThat(browser.fitsTheWidth()).as("no sideways scrolling at 390 px").isTrue();
        } finally {
            browser.resize(1280, 900);
        }

        browser.signIn(ledger.system(), otherPortal.user(), PerformanceSteps.PORTAL_PASSWORD);
        browser.open(ledger.system().queryUrl("/console/workers/" + workerId));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("未找到");
        browser.open(ledger.system().queryUrl("/console/workers"));
        assertThat(browser.driver().findElements(By.cssSelector("#incomplete-workers tbody tr"))).isEmpty();
    }

    /**
     * A sham-outsourcing signal and a HIGH re-assessment planted in the event store on a contract of its own (the
     * signal's command side is another branch's): the dashboard counts it live, the risk-signal page lists it by
     * contract with the level, its page links its source to the audit explorer, and the contract page shows the level.
     * A vendor user is refused the page and sees no level on its own contract.
     */
    @Test
    void aPlantedShamSignalShowsLiveOnTheDashboardOnTheRiskSignalPagesAndItsContractsRiskLevel() {
        LedgerSystem system = ledger.system();
        browser.signIn(system, "management");
        browser.waitFor(d -> browser.find(By.id("live-status")).getAttribute("class").contains("on"));
        long open = Long.parseLong(browser.text(By.id("open-sham-signals")));

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String riskyId = ContractSteps.inCoReview(system, client, vendorId, today.withDayOfMonth(1),
                today.plusYears(1));
        EventStore store = system.commandSide().getBean(EventStore.class);
        String draftedEventId = store.readEvents(riskyId).next().getIdentifier();
        long next = store.lastSequenceNumberFor(riskyId).orElseThrow() + 1;
        String signalId = "sig-" + riskyId;
        MetaData hr = MetaData.with(MetadataKeys.USER, "hr").and(MetadataKeys.DEPARTMENT, "HR");
        store.publish(new GenericDomainEventMessage<>("ShamSignal", signalId, 0, new ShamSignalRaised(signalId,
                riskyId, vendorId, null, ShamSignalType.INSTRUCTION_NOT_TO_SITE_LEAD, "业务部直接向外包人员派工",
                List.of(new SignalSource(draftedEventId, "Contract", riskyId, 0, "ContractDrafted"))), hr));
        store.publish(new GenericDomainEventMessage<>("Contract", riskyId, next, new ShamOutsourcingRiskAssessed(
                riskyId, vendorId, ShamOutsourcingRisk.HIGH, ShamRiskOccasion.AD_HOC, null, "直接派工"), hr));
        browser.awaitText(By.id("open-sham-signals"), text -> text.equals(String.valueOf(open + 1)));
        awaitQuery(system, client, "/contracts/" + riskyId + "/sham-risk", r -> "HIGH".equals(r.get("level").asString()));

        browser.signIn(system, "legal");
        browser.open(system.queryUrl("/console/sham-signals"));
        WebElement line = browser.find(By.cssSelector("#signals-by-contract a[href$='/console/contracts/" + riskyId
                + "']")).findElement(By.xpath("ancestor::tr"));
        assertThat(line.getText()).contains(vendorId, "1", "高");
        assertThat(line.findElement(By.cssSelector(".risk")).getAttribute("class")).contains("risk-HIGH");
        browser.screenshot("sham-signals");
        browser.find(By.cssSelector("#signals a[href$='/console/sham-signals/" + signalId + "']")).click();
        browser.waitFor(d -> browser.path().equals("/console/sham-signals/" + signalId));
        assertThat(browser.text(By.id("signal-status"))).isEqualTo("待研判");
        assertThat(browser.text(By.id("signal-description"))).isEqualTo("业务部直接向外包人员派工");
        assertThat(browser.text(By.id("signal-legal-opinion"))).isEqualTo("待法务意见");
        assertThat(browser.find(By.cssSelector("#signal-source-events a")).getAttribute("href"))
                .endsWith("/console/audit/contracts/" + riskyId);
        browser.screenshot("sham-signal");

        browser.open(system.queryUrl("/console/contracts/" + riskyId));
        assertThat(browser.text(By.id("contract-sham-risk"))).isEqualTo("高");
        assertThat(browser.text(By.id("contract-sham-risk-occasion"))).isEqualTo("专项复评 · hr");
        assertThat(browser.text(By.id("contract-open-signals"))).isEqualTo("1");

        browser.signIn(system, portal.user(), PerformanceSteps.PORTAL_PASSWORD);
        browser.open(system.queryUrl("/console/sham-signals"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("无权查看");
        browser.open(system.queryUrl("/console/contracts/" + riskyId));
        assertThat(browser.driver().findElements(By.id("contract-sham-risk"))).isEmpty();
    }

    /**
     * An ad-hoc compliance check HR opens over HTTP on the contract asking for two proofs, one submitted by the
     * vendor's portal user: the work list of the checks waiting for proofs and the checks by status list it, and its
     * page shows both proofs, the submitted one with its reference and who submitted it, the other as not submitted;
     * the dashboard's figure of checks waiting for proofs links there. The vendor's own user sees it; another vendor's
     * user neither on the list nor on its page.
     */
    @Test
    void anAdHocComplianceCheckShowsOnTheWorkListAndItsPageShowsItsProofs() {
        LedgerSystem system = ledger.system();
        LocalDate dueOn = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(5);
        String checkId = "adhoc-" + contractId;
        ContractSteps.created(ContractSteps.command(system, client, "hr", "/compliance-checks", Map.of("checkId",
                checkId, "contractId", contractId, "proofs", List.of("ROSTER", "WAGE_VOUCHERS"),
                "dueOn", dueOn.toString())));
        ContractSteps.ok(portal.client().post(system.commandUrl("/compliance-checks/" + checkId + "/proofs"),
                portal.user(), Map.of("submissions", List.of(Map.of("proof", "ROSTER", "reference", "HMC-7")))));
        awaitQuery(system, client, "/compliance-checks/" + checkId, c -> c.get("submitted").size() == 1);

        awaitQuery(system, client, "/dashboard", d -> d.get("complianceChecksDue").asLong() >= 1);

        browser.signIn(system, "hr");
        assertThat(Long.parseLong(browser.text(By.id("compliance-checks-due")))).isPositive();
        browser.find(By.id("compliance-checks-due")).click();
        browser.waitFor(d -> browser.path().equals("/console/compliance-checks"));
        WebElement due = browser.find(By.cssSelector("#compliance-due a[href$='/console/compliance-checks/" + checkId
                + "']")).findElement(By.xpath("ancestor::tr"));
        assertThat(due.getText()).contains(contractId, vendorId, "专项检查", "工资发放凭证", dueOn.toString())
                .doesNotContain("人员名册", "逾期");
        assertThat(due.getAttribute("class")).doesNotContain("overdue");
        browser.screenshot("compliance-checks");
        browser.open(system.queryUrl("/console/compliance-checks?status=PROOFS_REQUESTED&contractId=" + contractId));
        assertThat(browser.text(By.cssSelector("#compliance-checks tbody tr"))).contains(checkId, "待提交材料");
        browser.find(By.cssSelector("#compliance-checks a[href$='/console/compliance-checks/" + checkId + "']")).click();
        browser.waitFor(d -> browser.path().equals("/console/compliance-checks/" + checkId));
        assertThat(browser.text(By.id("check-status"))).isEqualTo("待提交材料");
        assertThat(browser.text(By.id("check-occasion"))).isEqualTo("专项检查");
        assertThat(browser.text(By.id("check-due-on"))).isEqualTo(dueOn.toString());
        assertThat(browser.text(By.id("check-opened-by"))).isEqualTo("hr");
        assertThat(browser.driver().findElements(By.id("check-overdue"))).isEmpty();
        assertThat(browser.text(By.cssSelector("#check-proof-list tr[data-proof='ROSTER']")))
                .contains("人员名册", "HMC-7", portal.user());
        WebElement missing = browser.find(By.cssSelector("#check-proof-list tr[data-proof='WAGE_VOUCHERS']"));
        assertThat(missing.getText()).contains("工资发放凭证", "未提交");
        assertThat(missing.getAttribute("class")).contains("missing");
        browser.screenshot("compliance-check");

        browser.signIn(system, portal.user(), PerformanceSteps.PORTAL_PASSWORD);
        browser.open(system.queryUrl("/console/compliance-checks"));
        assertThat(browser.text(By.id("compliance-due"))).contains(checkId);
        browser.signIn(system, otherPortal.user(), PerformanceSteps.PORTAL_PASSWORD);
        browser.open(system.queryUrl("/console/compliance-checks"));
        assertThat(browser.text(By.tagName("main"))).doesNotContain(checkId);
        browser.open(system.queryUrl("/console/compliance-checks/" + checkId));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("未找到");
    }

    @Test
    void aUserWithoutADepartmentIsRefusedTheDashboard() {
        browser.signIn(ledger.system(), "integrator");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("无权查看");
        assertThat(browser.driver().findElements(By.id("status-403"))).hasSize(1);
    }
}
