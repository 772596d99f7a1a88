package vn.gov.quangngai.baocao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Forms posted to the console from another site, against the real suite: a person signed in through
 * Keycloak's login page in a real browser, and a forger who can make that browser send its session
 * cookie with a planted {@code csrf-token} cookie (a sibling subdomain can set one) and the same value
 * in the form. The services are asked afterwards whether anything was done.
 */
class ConsoleForgeryIT {

    private static Suite suite;

    @BeforeAll
    static void startSuite() {
        suite = Suite.get();
    }

    @Test
    void aForgedFormWithAPlantedCookieOpensNoRoundAndTakesNoSnapshot() {
        String round = roundWithASubmission();
        String forgedRound = "GIA-MAO-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try (Browser bob = Browser.open(suite.console.baseUrl())) {
            bob.signIn("bob");
            String planted = randomToken();

            Response opening = forged(bob, "csrf-token=" + planted).formParam("csrf-token", planted)
                    .formParam("code", forgedRound).formParam("title", "Kỳ báo cáo giả mạo").formParam("requestNumber", "1/GM")
                    .formParam("requestDate", "2021-10-29").formParam("issuer", "Sở Nội vụ tỉnh Quảng Ngãi").formParam("periodKind", "YEAR")
                    .formParam("year", "2021").formParam("deadlineDate", "2099-11-15").formParam("deadlineTime", "17:00")
                    .formParam("templateCode", "DVCQ-NAM").formParam("agency", "BDT").post("/rounds/new");
            Response snapshot = forged(bob, "csrf-token=" + planted).formParam("csrf-token", planted).formParam("basis", "submitted")
                    .post("/rounds/" + round + "/snapshots");

            assertRefused(opening);
            assertRefused(snapshot);
            given().baseUri(suite.reportService.baseUrl()).auth().oauth2(suite.tokens.forDemoUser("bob"))
                    .get("/api/v1/rounds/" + forgedRound).then().statusCode(404);
            assertThat(snapshots(round)).as("no snapshot was taken").isZero();
        }
    }

    @Test
    void aTokenFromAnotherSessionOrAnotherPersonIsRefusedAndTheSessionsOwnIsTaken() {
        String round = roundWithASubmission();
        try (Browser first = Browser.open(suite.console.baseUrl()); Browser second = Browser.open(suite.console.baseUrl());
             Browser vera = Browser.open(suite.console.baseUrl())) {
            first.signIn("bob");
            second.signIn("bob");
            vera.signIn("vera");
            String firstToken = pageToken(first);
            String secondToken = pageToken(second);
            assertThat(firstToken).as("two sign-ins of the same person are two sessions").isNotEqualTo(secondToken);
            assertThat(pageToken(first)).as("a session's token stays the same from page to page").isEqualTo(firstToken);

            assertRefused(forged(second, null).formParam("csrf-token", firstToken).formParam("basis", "submitted")
                    .post("/rounds/" + round + "/snapshots"));
            assertRefused(forged(second, null).formParam("csrf-token", pageToken(vera)).formParam("basis", "submitted")
                    .post("/rounds/" + round + "/snapshots"));
            assertThat(snapshots(round)).isZero();

            forged(second, null).formParam("csrf-token", secondToken).formParam("basis", "submitted")
                    .post("/rounds/" + round + "/snapshots").then().statusCode(303);
            assertThat(snapshots(round)).as("the session's own form still works").isEqualTo(1);
        }
    }

    @Test
    void onlyTheSignOutButtonWithTheSessionsTokenEndsTheSession() {
        try (Browser bob = Browser.open(suite.console.baseUrl())) {
            bob.signIn("bob");

            bob.go("/logout");
            assertThat(bob.text(By.cssSelector("main h1"))).isEqualTo("Đăng xuất khỏi hệ thống?");
            bob.go("/");
            assertThat(bob.text(By.cssSelector(".who-name"))).as("opening /logout ended nothing").isEqualTo("Bob Lê Văn");

            assertRefused(forged(bob, null).post("/logout"));
            String planted = randomToken();
            assertRefused(forged(bob, "csrf-token=" + planted).formParam("csrf-token", planted).post("/logout"));
            bob.go("/");
            assertThat(bob.text(By.cssSelector(".who-name"))).as("a sign-out without the token ended nothing").isEqualTo("Bob Lê Văn");

            bob.go("/logout");
            bob.click(By.cssSelector("main form[action='/logout'] button"));
            bob.waitForText(By.cssSelector("main h1"), "Bạn đã đăng xuất");
            bob.go("/");
            assertThat(bob.waitFor(By.id("username")).isDisplayed()).as("Keycloak asks for the password again").isTrue();
        }
    }

    /** An open round with BDT's report submitted, once aggregation-service has it (a snapshot then has something to hold). */
    private static String roundWithASubmission() {
        String round = SuiteRounds.open(suite, suite.tokens.forDemoUser("bob"), "2099-11-15", List.of("BDT", "STC", "MINHLONG"));
        new SeedSubmissions(suite.reportService.baseUrl()).submitSeed(suite.tokens.forDemoUser("alice"), round, "BDT");
        Awaitility.await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .baseUri(suite.aggregationService.baseUrl()).auth().oauth2(suite.tokens.forDemoUser("bob"))
                .get("/api/v1/rounds/" + round + "/summary").statusCode() == 200);
        return round;
    }

    /** A request the forger makes the person's browser send: its cookies for the console, plus any the forger planted. */
    private static RequestSpecification forged(Browser browser, String plantedCookie) {
        String cookies = browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return given().baseUri(suite.console.baseUrl()).redirects().follow(false)
                .header("Cookie", plantedCookie == null ? cookies : cookies + "; " + plantedCookie)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    private static String pageToken(Browser browser) {
        browser.go("/");
        return browser.driver.findElement(By.cssSelector("header form[action='/logout'] input[name=csrf-token]")).getDomProperty("value");
    }

    private static void assertRefused(Response answer) {
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.asString()).contains("<h1>Biểu mẫu không hợp lệ</h1>");
    }

    private static int snapshots(String round) {
        return given().baseUri(suite.aggregationService.baseUrl()).auth().oauth2(suite.tokens.forDemoUser("bob"))
                .get("/api/v1/rounds/" + round + "/snapshots").then().statusCode(200).extract().jsonPath().getInt("total");
    }

    /** A value of the shape quarkus-rest-csrf's double-submit cookie had (16 random bytes, base64url). */
    private static String randomToken() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
