package com.outsourcingledger.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console under {@code ledger.security.mode=jwt} in a real browser: signed in with OpenID Connect at a provider
 * running in this JVM ({@link OidcProvider}), the department (or the vendor) taken from the ID token's claims as the
 * API takes it from an access token; sign-out at the provider too. Both apps trust the same provider, and the API
 * answers bearer tokens only: the console's session opens no API call, and the console's own forms need their CSRF
 * token.
 */
class ConsoleOidcBrowserTest {

    @RegisterExtension
    static final OidcProvider provider = OidcProvider.start();
    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.onPostgres(provider::appProperties);
    @RegisterExtension
    static final Browser browser = new Browser();
    private static final LedgerClient client = LedgerClient.bearer(provider::accessToken);
    private static String vendorId;
    private static String otherVendorId;
    private static String projectId;

    @BeforeAll
    static void history() {
        LedgerSystem system = ledger.system();
        vendorId = VendorSteps.registerAndAdmit(system, client);
        otherVendorId = VendorSteps.registerAndAdmit(system, client);
        projectId = ProjectSteps.draftAndSubmit(system, client);
        ProjectSteps.awaitQuery(system, client, "/dashboard", d -> d.get("projects").get("SUBMITTED").asLong() == 1
                && d.get("vendors").get("ADMITTED").asLong() == 2);
        provider.user("li.vendor", Map.of("roles", List.of("VENDOR"), "vendor_id", vendorId));
        provider.user("zhang.sales", Map.of("department", "sales"));
    }

    @Test
    void anHrUserSignsInAtTheProviderAndSeesTheHrWorkQueue() {
        signIn("hr");

        assertThat(browser.path()).isEqualTo("/console/dashboard");
        assertThat(browser.text(By.cssSelector(".who .user"))).isEqualTo("hr");
        assertThat(browser.text(By.cssSelector(".who .department"))).isEqualTo("人力资源部");
        assertThat(browser.find(By.cssSelector("main > section")).getAttribute("class")).contains("own-queue");
        assertThat(browser.text(By.id("own-queue-title"))).contains("人力资源部");
    }

    @Test
    void aBusinessUserSeesTheProjectWaitingForItsDepartment() {
        signIn("business2");

        assertThat(browser.text(By.id("own-queue-title"))).contains("业务部");
        assertThat(browser.text(By.id("own-project-reviews"))).isEqualTo("1");
        assertThat(browser.find(By.cssSelector("#review-queue tbody tr td a")).getAttribute("href"))
                .endsWith("/console/projects/" + projectId);
    }

    @Test
    void anAuditUserReachesTheAuditExplorerAndABusinessUserIsRefusedIt() {
        signIn("audit");
        browser.open(ledger.system().queryUrl("/console/audit"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("审计浏览");
        assertThat(browser.driver().findElements(By.id("pick-entity"))).hasSize(1);

        signIn("business");
        browser.open(ledger.system().queryUrl("/console/audit"));
        browser.find(By.id("status-403"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("无权查看");
    }

    @Test
    void aVendorClaimIsBoundToItsVendor() {
        signIn("li.vendor");

        assertThat(browser.path()).isEqualTo("/console/vendors/" + vendorId);
        assertThat(browser.text(By.cssSelector(".who .user"))).isEqualTo("li.vendor");
        browser.open(ledger.system().queryUrl("/console/vendors/" + otherVendorId));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("未找到");
        browser.open(ledger.system().queryUrl("/console/dashboard"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("无权查看");
    }

    @Test
    void claimsTheApiWouldRefuseRefuseTheSignIn() {
        signInAtTheProvider("zhang.sales");

        browser.waitFor(d -> browser.path().equals("/login"));
        assertThat(browser.text(By.id("login-error"))).isEqualTo("统一身份认证未通过：账号未配置可用的部门或供应商");
        assertThat(browser.driver().findElements(By.id("password"))).as("no password form under jwt").isEmpty();
        browser.open(ledger.system().queryUrl("/console/dashboard"));
        browser.waitFor(d -> d.getCurrentUrl().startsWith(provider.issuer() + "/authorize"));
    }

    @Test
    void signingOutEndsTheSessionHereAndAtTheProvider() {
        signIn("legal");
        browser.find(By.cssSelector("form.logout button")).click();

        browser.waitFor(d -> browser.path().equals("/login"));
        assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("您已退出");
        assertThat(provider.signedOut()).contains("legal");
        browser.find(By.id("oidc-sign-in"));
        browser.open(ledger.system().queryUrl("/console/dashboard"));
        browser.waitFor(d -> d.getCurrentUrl().startsWith(provider.issuer() + "/authorize"));
    }

    @Test
    void theApiAnswersBearerTokensOnlyAndTheConsolesFormsNeedTheirCsrfToken() throws Exception {
        signIn("finance");
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(session).isNotNull();
        String cookie = "JSESSIONID=" + session.getValue();

        assertThat(send(ledger.system().queryUrl("/console/dashboard"), "GET", cookie).statusCode()).isEqualTo(200);
        HttpResponse<String> withSessionOnly = send(ledger.system().queryUrl("/dashboard"), "GET", cookie);
        assertThat(withSessionOnly.statusCode()).as("the session opens no API call").isEqualTo(401);
        HttpResponse<String> forgedSignOut = send(ledger.system().queryUrl("/logout"), "POST", cookie);
        assertThat(forgedSignOut.statusCode()).as("a form posted without its CSRF token").isEqualTo(403);
        assertThat(send(ledger.system().queryUrl("/console/dashboard"), "GET", cookie).statusCode())
                .as("still signed in").isEqualTo(200);

        LedgerClient.Response bearer = client.get(ledger.system().queryUrl("/dashboard"), "finance");
        assertThat(bearer.status()).isEqualTo(200);
        assertThat(bearer.header("Set-Cookie")).isNull();
        LedgerClient.Response anonymous = client.get(ledger.system().queryUrl("/dashboard"), null);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    /** Forgets the console's session, opens {@code /}, and signs in as {@code user} at the provider. */
    private static void signIn(String user) {
        signInAtTheProvider(user);
        browser.waitFor(d -> d.getCurrentUrl().startsWith(ledger.system().queryUrl("/console").toString()));
    }

    private static void signInAtTheProvider(String user) {
        browser.signOut(ledger.system());
        browser.open(ledger.system().queryUrl("/"));
        browser.waitFor(d -> d.getCurrentUrl().startsWith(provider.issuer() + "/authorize"));
        browser.find(By.id("username")).sendKeys(user);
        browser.find(By.id("provider-sign-in")).click();
    }

    private static HttpResponse<String> send(URI uri, String method, String cookie) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Cookie", cookie)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
