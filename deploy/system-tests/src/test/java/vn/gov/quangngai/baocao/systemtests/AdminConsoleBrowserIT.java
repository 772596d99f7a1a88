package vn.gov.quangngai.baocao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The registry's pages in a real browser against the real suite: an administrator connects an
 * agency's own system (a confidential Keycloak client made by report-service), its secret shown
 * once and working for the agency; a reviewer follows an agency of 2021 to its successor of 2025.
 */
class AdminConsoleBrowserIT {

    private static Suite suite;

    @BeforeAll
    static void startSuite() {
        suite = Suite.get();
    }

    @Test
    void anAdministratorConnectsMinhLongsSystemAndSeesItsSecretOnce() {
        try (Browser admin = Browser.open(suite.console.baseUrl())) {
            admin.signIn("admin");
            admin.click(By.cssSelector("nav.site-nav a[href='/agencies']"));
            admin.waitFor(By.id("agencies"));
            // UBND huyện Minh Long was dissolved on 01/07/2025: found in the registry of a day before
            admin.setValue(By.id("asOf"), "2021-12-31");
            admin.click(By.id("show-as-of"));
            admin.waitForText(By.id("as-of"), "31/12/2021");
            admin.click(By.cssSelector("tr[data-agency=MINHLONG] td a"));
            admin.waitFor(By.id("create-system"));
            assertThat(admin.path()).isEqualTo("/agencies/MINHLONG/clients");

            admin.click(By.id("create-system"));
            admin.waitFor(By.id("client-secret"));
            String clientId = admin.text(By.id("client-id"));
            String secret = admin.text(By.id("client-secret"));
            assertThat(secret).isNotBlank();
            assertThat(admin.text(By.id("secret-warning"))).contains("chỉ hiển thị một lần");
            assertThat(admin.driver.getCurrentUrl()).as("never in an address").doesNotContain(secret)
                    .isEqualTo(suite.console.baseUrl() + "/agencies/MINHLONG/clients");

            // the secret is the agency system's: a client-credentials token acting for Minh Long
            String token = suite.tokens.forClient(clientId, secret);
            given().baseUri(suite.reportService.baseUrl()).auth().oauth2(token).get("/api/v1/me")
                    .then().statusCode(200).body("agency.code", org.hamcrest.Matchers.equalTo("MINHLONG"));

            // once: back on the list the system is there, its secret nowhere
            admin.click(By.id("done"));
            admin.waitForText(By.cssSelector("tr[data-client='" + clientId + "']"), "Đang hoạt động");
            assertThat(admin.driver.getPageSource()).doesNotContain(secret);
        }
    }

    @Test
    void aReviewerFollowsBanDanTocToTheDepartmentThatTookItOver() {
        try (Browser bob = Browser.open(suite.console.baseUrl())) {
            bob.signIn("bob");
            bob.click(By.cssSelector("nav.site-nav a[href='/agencies']"));
            bob.waitFor(By.id("agencies"));
            assertThat(bob.all(By.cssSelector("tr[data-agency=BDT]"))).as("ended on 28/02/2025: not in today's registry").isEmpty();
            assertThat(bob.all(By.cssSelector("a[href$='/clients']"))).as("connected systems are an administrator's").isEmpty();
            bob.setValue(By.id("asOf"), "2021-12-31");
            bob.click(By.id("show-as-of"));
            bob.waitForText(By.id("as-of"), "31/12/2021");

            bob.click(By.cssSelector("tr[data-agency=BDT] th a"));
            bob.waitFor(By.id("periods"));
            assertThat(bob.path()).isEqualTo("/agencies/BDT");
            assertThat(bob.text(By.id("agency-summary"))).contains("đến hết 28/02/2025");
            assertThat(bob.text(By.id("successors"))).contains("Sở Dân tộc và Tôn giáo (SDTTG, từ 01/03/2025)");

            bob.click(By.cssSelector("#successors a[href='/agencies/SDTTG']"));
            bob.waitForText(By.id("predecessors"), "Ban Dân tộc (BDT, đến hết 28/02/2025)");
            assertThat(bob.text(By.id("periods"))).contains("01/03/2025", "nay", "Sở Dân tộc và Tôn giáo");
            bob.screenshot("console-agency-history");
        }
    }
}
