package com.outsourcingledger.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real browser against both apps on PostgreSQL: the sign-in form and its session, the language
 * switch, signing out; the API beside it keeps its stateless HTTP Basic.
 */
class ConsoleSignInBrowserTest {

    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.onPostgres();
    @RegisterExtension
    static final Browser browser = new Browser();
    private static final LedgerClient client = new LedgerClient();

    @Test
    void theRootAsksForASignInThenOpensTheDashboardInChinese() {
        browser.signOut(ledger.system());
        browser.open(ledger.system().queryUrl("/"));
        browser.waitFor(d -> browser.path().equals("/login"));
        assertThat(browser.text(By.cssSelector("label[for=username]"))).isEqualTo("用户名");
        browser.screenshot("login");

        browser.find(By.id("username")).sendKeys("hr");
        browser.find(By.id("password")).sendKeys(Browser.PASSWORD);
        browser.find(By.cssSelector("form button[type=submit]")).click();

        browser.waitFor(d -> browser.path().equals("/console/dashboard"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("仪表盘");
        assertThat(browser.text(By.cssSelector(".who .user"))).isEqualTo("hr");
        assertThat(browser.text(By.cssSelector(".who .department"))).isEqualTo("人力资源部");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh");
    }

    @Test
    void aWrongPasswordIsRefusedAndNothingOpens() {
        browser.signIn(ledger.system(), "hr", "not-the-password");

        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.text(By.id("login-error"))).isEqualTo("用户名或密码错误");
        browser.open(ledger.system().queryUrl("/console/dashboard"));
        browser.waitFor(d -> browser.path().equals("/login"));
    }

    @Test
    void switchesToEnglishAndKeepsItForTheNextPage() {
        browser.signIn(ledger.system(), "finance");
        browser.find(By.cssSelector("a.lang[hreflang=en]")).click();

        browser.awaitText(By.tagName("h1"), "Dashboard"::equals);
        browser.open(ledger.system().queryUrl("/console/dashboard"));
        assertThat(browser.text(By.cssSelector(".who .department"))).isEqualTo("Finance");
        browser.find(By.cssSelector("a.lang[hreflang=zh]")).click();
        browser.awaitText(By.tagName("h1"), "仪表盘"::equals);
    }

    @Test
    void signingOutEndsTheSession() {
        browser.signIn(ledger.system(), "legal");
        browser.find(By.cssSelector("form.logout button")).click();

        browser.waitFor(d -> browser.path().equals("/login"));
        browser.open(ledger.system().queryUrl("/console/dashboard"));
        browser.waitFor(d -> browser.path().equals("/login"));
    }

    @Test
    void theApiKeepsItsStatelessHttpBasic() {
        assertThat(client.get(ledger.system().queryUrl("/dashboard"), "hr").status()).isEqualTo(200);
        LedgerClient.Response anonymous = client.get(ledger.system().queryUrl("/dashboard"), null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.header("Set-Cookie")).isNull();
    }
}
