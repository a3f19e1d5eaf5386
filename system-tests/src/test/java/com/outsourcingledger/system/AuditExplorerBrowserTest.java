package com.outsourcingledger.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The audit explorer in a real browser against both apps on PostgreSQL: an auditor opens a signed contract's history,
 * steps its state as of each event, compares two instants, follows a request, downloads the proof and the CSV under
 * the console's session, and sees INTACT; a department without audit rights and a vendor's portal user are refused;
 * last, on the JDBC store only, a stored event is edited in the database and the page reports it TAMPERED.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditExplorerBrowserTest {

    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.onPostgres();
    @RegisterExtension
    static final Browser browser = new Browser();
    private static final LedgerClient client = new LedgerClient();

    private static String vendorId;
    private static String contractId;
    private static List<JsonNode> events;

    @BeforeAll
    static void aSignedContract() {
        LedgerSystem system = ledger.system();
        vendorId = VendorSteps.registerAndAdmit(system, client);
        LocalDate start = LocalDate.now().plusDays(10);
        contractId = ContractSteps.signed(system, client, vendorId, start, start.plusYears(1));
        ContractSteps.awaitContract(system, client, contractId, c -> c.path("status").asString().equals("SIGNED"));
        int stored = StoreTruth.of(system).eventsOf(contractId).size();
        await().atMost(Duration.ofSeconds(30)).until(() -> history().size() == stored);
        events = history();
    }

    @Test
    @Order(1)
    void anAuditorOpensAContractsHistoryStepsItAndSeesItIntact() {
        browser.signIn(ledger.system(), "audit");
        browser.find(By.cssSelector("nav a[href$='/console/audit']")).click();
        browser.find(By.id("pick-id")).sendKeys(contractId);
        new Select(browser.find(By.id("pick-kind"))).selectByValue("contracts");
        browser.find(By.cssSelector("#pick-entity button[type=submit]")).click();

        browser.waitFor(d -> browser.path().equals("/console/audit/contracts/" + contractId));
        assertThat(browser.text(By.id("entity-id"))).isEqualTo(contractId);
        List<WebElement> timeline = browser.driver().findElements(By.cssSelector("#timeline > li.event"));
        assertThat(timeline).hasSize(events.size());
        WebElement drafted = timeline.getFirst();
        assertThat(drafted.findElement(By.className("type")).getText()).isEqualTo("ContractDrafted");
        assertThat(drafted.findElement(By.className("user")).getText()).isEqualTo("business");
        assertThat(drafted.findElement(By.className("department")).getText()).isEqualTo("业务部");
        assertThat(drafted.findElement(By.className("command")).getText()).isEqualTo("DraftContract");
        assertThat(drafted.findElement(By.tagName("time")).getText()).doesNotContain("T").isNotBlank();
        assertThat(browser.text(By.id("verification-status"))).isEqualTo("INTACT");
        assertThat(browser.driver().findElements(By.id("divergence"))).isEmpty();
        int latest = events.size() - 1;
        assertThat(browser.text(By.id("asof-sequence"))).isEqualTo("#" + latest);
        assertThat(browser.text(By.id("state-differing"))).startsWith("0 ");
        browser.screenshot("audit-explorer");
        browser.driver().executeScript("document.getElementById('timeline-section').scrollIntoView()");
        browser.screenshot("audit-timeline");

        browser.find(By.id("step-previous")).sendKeys(Keys.ENTER);
        int previous = awaitStepBelow(latest);
        assertThat(browser.driver().findElements(By.cssSelector("#state tr.differs"))).isNotEmpty();
        new Actions(browser.driver()).sendKeys(Keys.ARROW_LEFT).perform();
        int earlier = awaitStepBelow(previous);
        browser.find(By.id("step-next")).click();
        browser.waitFor(d -> sequence() == previous);
        assertThat(earlier).isLessThan(previous);

        browser.driver().executeScript("document.getElementById('asof-local').value = '2020-01-01T00:00:00'");
        browser.find(By.cssSelector("#asof-form button[type=submit]")).click();
        browser.find(By.id("asof-none"));
        assertThat(browser.driver().getCurrentUrl()).contains("at=2020-01-0").doesNotContain("atLocal");

        browser.open(ledger.system().queryUrl("/console/audit/contracts/no-such-contract"));
        browser.find(By.id("status-404"));
        browser.open(ledger.system().queryUrl("/console/audit/contracts/" + contractId + "?at=yesterday"));
        browser.find(By.id("status-400"));
    }

    @Test
    @Order(2)
    void theDiffBetweenTwoInstantsNamesTheEventsBehindEachChange() {
        browser.signIn(ledger.system(), "legal");
        Instant first = Instant.parse(events.getFirst().path("timestamp").asString());
        Instant last = Instant.parse(events.getLast().path("timestamp").asString());
        browser.open(ledger.system().queryUrl("/console/audit/contracts/" + contractId + "?from=" + first.minusMillis(1)
                + "&to=" + last));

        WebElement status = browser.find(By.cssSelector("#changes tr[data-path=status]"));
        assertThat(status.findElements(By.className("value")).get(1).getText()).isEqualTo("SIGNED");
        assertThat(status.findElements(By.cssSelector(".causes li")).stream().map(WebElement::getText))
                .anySatisfy(cause -> assertThat(cause).contains("ContractSigned").contains("management"));
        browser.driver().executeScript("document.getElementById('diff').scrollIntoView()");
        browser.screenshot("audit-diff");

        browser.find(By.cssSelector("a.lang[hreflang=en]")).click();
        browser.awaitText(By.id("verification-title"), "Verification"::equals);
        assertThat(browser.text(By.cssSelector("#verification .verdict"))).contains("INTACT").contains("Intact");
        assertThat(browser.text(By.id("timeline-title"))).isEqualTo("Timeline");
        browser.find(By.cssSelector("a.lang[hreflang=zh]")).click();
        browser.awaitText(By.id("verification-title"), "校验结果"::equals);
    }

    @Test
    @Order(3)
    void aRequestIdOpensEverythingItCausedAndTheDownloadsWorkUnderTheSession() {
        browser.signIn(ledger.system(), "management");
        browser.open(ledger.system().queryUrl("/console/audit/contracts/" + contractId));
        String request = events.getFirst().path("correlationId").asString();
        browser.find(By.cssSelector("#event-0 a.request")).click();

        browser.waitFor(d -> browser.path().startsWith("/console/audit/requests/"));
        assertThat(browser.text(By.id("trail-request"))).isEqualTo(request);
        assertThat(browser.driver().findElements(By.cssSelector("#trail a.trail-entity")).stream()
                .map(WebElement::getText)).contains(contractId);
        assertThat(fetch(browser.find(By.id("download-trail-csv")).getAttribute("href"))).startsWith("200 text/csv");

        browser.open(ledger.system().queryUrl("/console/audit/contracts/" + contractId));
        assertThat(fetch(browser.find(By.id("download-proof")).getAttribute("href"))).startsWith("200 application/json");
        assertThat(fetch(browser.find(By.id("download-csv")).getAttribute("href"))).startsWith("200 text/csv");

        Dimension desk = browser.driver().manage().window().getSize();
        try {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.open(ledger.system().queryUrl("/console/audit/contracts/" + contractId));
            browser.find(By.id("timeline"));
            assertThat((Boolean) browser.driver().executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling").isTrue();
            browser.screenshot("audit-phone");
        } finally {
            browser.driver().manage().window().setSize(desk);
        }
    }

    @Test
    @Order(4)
    void aDepartmentWithoutAuditRightsAndAVendorAreRefusedTheExplorer() {
        browser.signIn(ledger.system(), "business");
        assertThat(browser.driver().findElements(By.cssSelector("nav a[href$='/console/audit']"))).isEmpty();
        for (String path : List.of("/console/audit", "/console/audit/contracts/" + contractId)) {
            assertRefused(path);
        }
        assertThat(fetch(ledger.system().queryUrl("/console/audit/contracts/" + contractId + "/proof").toString()))
                .startsWith("403");

        PerformanceSteps.Portal portal = PerformanceSteps.openPortalAccount(ledger.system(), client, vendorId);
        browser.signIn(ledger.system(), portal.user(), PerformanceSteps.PORTAL_PASSWORD);
        assertRefused("/console/audit/contracts/" + contractId);
        assertRefused("/console/audit/requests/" + events.getFirst().path("correlationId").asString());
    }

    @Test
    @Order(5)
    @JdbcStoreOnly
    void anEventEditedInTheStoreIsReportedTamperedAndMarkedInTheTimeline() {
        String drafted = events.getFirst().path("eventId").asString();
        int edited = JdbcClient.create(ledger.system().querySide().getBean(DataSource.class))
                .sql("UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                        + " 'BANK_TRANSFER', 'BANK_ACCEPTANCE_BILL'), 'UTF8') WHERE eventidentifier = :id")
                .param("id", drafted).update();
        assertThat(edited).isEqualTo(1);

        browser.signIn(ledger.system(), "audit");
        browser.open(ledger.system().queryUrl("/console/audit/contracts/" + contractId));
        assertThat(browser.text(By.id("verification-status"))).isEqualTo("TAMPERED");
        assertThat(browser.text(By.id("divergence-kind"))).contains("ALTERED");
        assertThat(browser.text(By.id("divergence-fields"))).contains("payload");
        assertThat(browser.find(By.id("divergence-event")).getAttribute("href")).endsWith("#event-0");
        List<WebElement> marked = browser.driver().findElements(By.cssSelector("#timeline > li.event.tampered"));
        assertThat(marked).hasSize(1);
        assertThat(marked.getFirst().getAttribute("data-event-id")).isEqualTo(drafted);
        assertThat(marked.getFirst().findElement(By.className("tampered-mark")).getText()).contains("TAMPERED");
        browser.screenshot("audit-tampered");
    }

    private static void assertRefused(String path) {
        browser.open(ledger.system().queryUrl(path));
        browser.find(By.id("status-403"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("无权查看");
    }

    /** Fetches {@code url} from the page, with the page's session: the status and the content type. */
    private static String fetch(String url) {
        return String.valueOf(browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(function (r) { done(r.status + ' ' + r.headers.get('content-type')); })"
                + ".catch(function (e) { done('failed ' + e); });", url));
    }

    private static int awaitStepBelow(int step) {
        browser.waitFor(d -> sequence() < step);
        return sequence();
    }

    private static int sequence() {
        List<WebElement> shown = browser.driver().findElements(By.id("asof-sequence"));
        return shown.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(shown.getFirst().getText().strip().substring(1));
    }

    private static List<JsonNode> history() {
        JsonNode page = client.get(ledger.system().queryUrl("/audit/contracts/" + contractId + "/events?size=1000"),
                "audit").json();
        return page.path("items").valueStream().toList();
    }
}
