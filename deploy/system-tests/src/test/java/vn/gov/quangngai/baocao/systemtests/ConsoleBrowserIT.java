package vn.gov.quangngai.baocao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser against the real suite: Keycloak's own login page, both services,
 * the console from its packaged jar. Each person signs in as they would at the office.
 */
class ConsoleBrowserIT {

    private static Suite suite;
    private static SeedSubmissions agencies;

    @BeforeAll
    static void startSuite() {
        suite = Suite.get();
        agencies = new SeedSubmissions(suite.reportService.baseUrl());
    }

    @Test
    void reviewerFollowsARoundFromOpeningToTheSummary() throws IOException {
        String round = "CONSOLE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try (Browser bob = Browser.open(suite.console.baseUrl())) {
            bob.signIn("bob");
            assertThat(bob.text(By.cssSelector(".who-name"))).isEqualTo("Bob Lê Văn");

            openRound(bob, round);
            assertThat(bob.path()).isEqualTo("/rounds/" + round);
            assertThat(bob.all(By.cssSelector("#reports tbody tr[data-agency]"))).extracting(row -> row.getAttribute("data-agency"))
                    .as("in the registry's order, which summaries compile in").containsExactly("STC", "BDT", "MINHLONG");
            assertThat(bob.text(By.cssSelector("tr[data-agency=BDT]"))).contains("Chưa nộp");

            // the board refreshes itself: the page is not reloaded (the marker survives) and BDT turns Đã nộp
            bob.script("window.stillTheSamePage = true;");
            Instant submitted = Instant.now();
            agencies.submitSeed(suite.tokens.forDemoUser("alice"), round, "BDT");
            bob.waitForText(By.cssSelector("tr[data-agency=BDT]"), "Đã nộp", Duration.ofSeconds(10));
            Duration seen = Duration.between(submitted, Instant.now());
            assertThat(bob.script("return window.stillTheSamePage === true;")).isEqualTo(true);
            assertThat(seen).isLessThan(Duration.ofSeconds(8));
            assertThat(bob.text(By.id("board-summary"))).contains("Đã nộp 1/3");
            bob.screenshot("console-board");

            // from the board, by its link, to the report: the seed's sections in the outline's order
            bob.click(By.cssSelector("tr[data-agency=BDT] a"));
            bob.waitFor(By.id("report-status"));
            assertThat(bob.path()).isEqualTo("/rounds/" + round + "/reports/BDT");
            assertThat(bob.text(By.cssSelector("#section-II\\.3 .text"))).contains("Lịch tiếp công dân định kỳ");
            assertThat(bob.text(By.cssSelector("#section-II\\.1 tr[data-code='II.1.support_people']"))).contains("196.878", "người");
            assertThat(bob.all(By.cssSelector("article.section")).get(0).getAttribute("data-key")).isEqualTo("I");

            bob.driver.findElement(By.id("reason")).sendKeys("Đề nghị rà soát số khẩu được hỗ trợ & bổ sung <nguồn> số liệu.");
            bob.click(By.id("return"));
            bob.waitForText(By.id("notice"), "Đã trả lại");
            assertThat(bob.text(By.id("report-status"))).contains("Bị trả lại");
            assertThat(bob.text(By.id("return-reason"))).contains("bổ sung <nguồn> số liệu.");

            agencies.resubmitWith(suite.tokens.forDemoUser("alice"), round, "BDT", "II.1.support_people", 196900, "196.878 khẩu", "196.900 khẩu");
            bob.go("/rounds/" + round + "/reports/BDT");
            assertThat(bob.text(By.cssSelector("#figure-diff tr[data-code='II.1.support_people'] del"))).isEqualTo("196.878");
            assertThat(bob.text(By.cssSelector("#figure-diff tr[data-code='II.1.support_people'] ins"))).isEqualTo("196.900");
            assertThat(bob.text(By.id("report-version"))).isEqualTo("2");
            assertThat(bob.text(By.cssSelector(".section-diff[data-key='II.1'] del"))).isEqualTo("196.878");
            assertThat(bob.text(By.cssSelector(".section-diff[data-key='II.1'] ins"))).isEqualTo("196.900");
            bob.scrollTo(By.id("diff"));
            bob.screenshot("console-report-diff");

            bob.click(By.id("accept"));
            bob.waitForText(By.id("notice"), "Đã tiếp nhận báo cáo");
            assertThat(bob.text(By.id("report-status"))).contains("Đã tiếp nhận");

            // from the round's board to its summary, once aggregation-service has the accepted version
            bob.click(By.cssSelector("nav.crumbs a[href='/rounds/" + round + "']"));
            bob.click(By.id("summary-link"));
            new WebDriverWait(bob.driver, Duration.ofSeconds(20)).until(driver -> {
                if (bob.text(By.cssSelector("#totals tr[data-code='II.1.support_people']")).contains("196.900")) {
                    return true;
                }
                driver.navigate().refresh();
                return false;
            });
            assertThat(bob.text(By.cssSelector("#totals tr[data-code='II.1.support_people']"))).contains("196.900", "người", "1/3");
            assertThat(bob.all(By.cssSelector("figure[data-code='II.1.support_people'] tbody tr"))).hasSize(1);
            assertThat(bob.text(By.cssSelector("figure[data-code='II.1.support_people']"))).contains("Ban Dân tộc", "196.900");
            assertThat(bob.text(By.id("missing-names"))).isEqualTo("Sở Tài chính; UBND huyện Minh Long");
            bob.scrollTo(By.id("figures-heading"));
            bob.screenshot("console-summary");

            bob.click(By.id("download-docx"));
            Path docx = awaitDownload(bob, ".docx");
            try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in);
                 XWPFWordExtractor text = new XWPFWordExtractor(document)) {
                assertThat(text.getText()).contains("BÁO CÁO", "Ban Dân tộc", "196.900");
            }
        }
    }

    @Test
    void viewerSeesTheBoardAndSummaryAndAForgedReturnIsRefusedByTheService() {
        String round = openRoundThroughTheApi();
        agencies.submitSeed(suite.tokens.forDemoUser("alice"), round, "BDT");
        try (Browser vera = Browser.open(suite.console.baseUrl())) {
            vera.signIn("vera");
            vera.click(By.cssSelector("#open-rounds a[href='/rounds/" + round + "']"));
            vera.waitForText(By.cssSelector("tr[data-agency=BDT]"), "Đã nộp");

            vera.click(By.cssSelector("tr[data-agency=BDT] a"));
            vera.waitFor(By.id("report-status"));
            assertThat(vera.all(By.cssSelector("#accept, #return, form.accept-form, form.return-form"))).isEmpty();
            assertThat(vera.text(By.cssSelector("#section-II\\.3 .text"))).contains("Lịch tiếp công dân định kỳ");

            // the console offers vera no button; a return forged in her page still goes to report-service, which refuses it
            vera.script("""
                    const form = document.createElement('form');
                    form.method = 'post';
                    form.action = location.pathname + '/return';
                    for (const [name, value] of [['csrf-token', document.querySelector('input[name=csrf-token]').value],
                                                 ['etag', ''], ['reason', 'Giả mạo']]) {
                      const input = document.createElement('input');
                      input.type = 'hidden'; input.name = name; input.value = value;
                      form.appendChild(input);
                    }
                    document.body.appendChild(form);
                    form.submit();""");
            vera.waitForText(By.cssSelector("main h1"), "Không được phép");
            given().baseUri(suite.reportService.baseUrl()).auth().oauth2(suite.tokens.forDemoUser("bob"))
                    .get("/api/v1/rounds/" + round + "/reports/BDT").then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("SUBMITTED"));

            vera.go("/rounds/" + round + "/summary");
            new WebDriverWait(vera.driver, Duration.ofSeconds(20)).until(driver -> {
                if (!vera.all(By.cssSelector("#totals tr[data-code='II.1.support_people']")).isEmpty()
                        && vera.text(By.cssSelector("#totals tr[data-code='II.1.support_people']")).contains("196.878")) {
                    return true;
                }
                driver.navigate().refresh();
                return false;
            });
            assertThat(vera.all(By.cssSelector("#download-docx, #take-snapshot"))).isEmpty();
        }
    }

    @Test
    void submitterReachingAReviewerPageIsToldItIsNotAllowed() {
        String round = openRoundThroughTheApi();
        try (Browser alice = Browser.open(suite.console.baseUrl())) {
            alice.signIn("alice");
            assertThat(alice.all(By.cssSelector("#open-rounds a[href='/rounds/" + round + "']"))).as("no link to a board she may not see").isEmpty();

            alice.go("/rounds/" + round);

            assertThat(alice.text(By.cssSelector("main h1"))).isEqualTo("Không được phép");
            assertThat(alice.text(By.cssSelector("main .lead"))).contains("không có quyền");
        }
    }

    @Test
    void twoReviewersDecidingAtOnceOneWinsAndTheOtherIsToldAndSeesTheFreshState() {
        String round = openRoundThroughTheApi();
        agencies.submitSeed(suite.tokens.forDemoUser("alice"), round, "BDT");
        String report = "/rounds/" + round + "/reports/BDT";
        try (Browser bob = Browser.open(suite.console.baseUrl()); Browser thu = Browser.open(suite.console.baseUrl())) {
            bob.signIn("bob");
            thu.signIn(secondReviewer());
            bob.go(report);
            thu.go(report);
            bob.waitFor(By.id("accept"));
            thu.waitFor(By.id("return"));

            bob.click(By.id("accept"));
            bob.waitForText(By.id("notice"), "Đã tiếp nhận báo cáo");
            thu.driver.findElement(By.id("reason")).sendKeys("Bổ sung số liệu.");
            thu.click(By.id("return"));

            thu.waitForText(By.id("notice"), "vừa được người khác cập nhật");
            assertThat(thu.text(By.id("report-status"))).contains("Đã tiếp nhận");
            assertThat(thu.all(By.id("accept"))).isEmpty();
            List<String> actions = given().baseUri(suite.reportService.baseUrl()).auth().oauth2(suite.tokens.forDemoUser("bob"))
                    .get("/api/v1/rounds/" + round + "/reports/BDT/events").then().statusCode(200).extract().path("items.action");
            assertThat(actions).endsWith("SUBMITTED", "ACCEPTED").doesNotContain("RETURNED");
        }
    }

    @Test
    void anEndedSessionSignsInAgainAndComesBackToTheSamePage() {
        String round = openRoundThroughTheApi();
        String board = "/rounds/" + round + "?status=NOT_STARTED";
        try (Browser bob = Browser.open(suite.console.baseUrl())) {
            bob.signIn("bob");
            bob.go(board);
            bob.waitFor(By.id("board-live"));

            // the console's session gone, Keycloak's still there: back on the same page without a password
            bob.driver.manage().deleteAllCookies();
            bob.go(board);
            bob.waitFor(By.id("board-live"));
            assertThat(bob.driver.getCurrentUrl()).isEqualTo(suite.console.baseUrl() + board);

            // every session gone, as after a long absence: Keycloak's login page, then the same page again
            bob.clearAllCookies();
            bob.go(board);
            bob.signInOnKeycloak("bob");
            bob.waitFor(By.id("board-live"));
            assertThat(bob.driver.getCurrentUrl()).isEqualTo(suite.console.baseUrl() + board);
            assertThat(bob.text(By.cssSelector(".legend a.current"))).contains("Chưa nộp");
        }
    }

    @Test
    void signingOutEndsTheKeycloakSessionToo() {
        try (Browser bob = Browser.open(suite.console.baseUrl())) {
            bob.signIn("bob");
            bob.click(By.cssSelector("header form[action='/logout'] button"));
            bob.waitForText(By.cssSelector("main h1"), "Bạn đã đăng xuất");

            bob.go("/");
            assertThat(bob.waitFor(By.id("username")).isDisplayed()).as("Keycloak asks for the password again").isTrue();
        }
    }

    private static void openRound(Browser bob, String round) {
        bob.click(By.cssSelector("a.button[href='/rounds/new']"));
        bob.waitFor(By.id("code")).sendKeys(round);
        bob.driver.findElement(By.id("title")).sendKeys("Báo cáo kết quả công tác dân vận chính quyền năm 2021");
        bob.driver.findElement(By.id("requestNumber")).sendKeys("2454/SNV-XDCQ");
        bob.setValue(By.id("requestDate"), "2021-10-29");
        bob.driver.findElement(By.id("year")).clear();
        bob.driver.findElement(By.id("year")).sendKeys("2021");
        bob.setValue(By.id("deadlineDate"), "2099-11-15");
        // the 2021 province: the agencies in force at the end of the period, Ban Dân tộc and the districts included
        bob.click(By.id("refresh-agencies"));
        bob.waitForText(By.id("agencies-as-of"), "31/12/2021");
        for (String agency : List.of("BDT", "STC", "MINHLONG")) {
            bob.click(By.id("agency-" + agency));
        }
        assertThat(bob.text(By.id("agencies-count"))).isEqualTo("(đã chọn 3)");
        bob.click(By.id("open-round"));
        bob.waitForText(By.cssSelector("main .notice"), "Đã mở kỳ báo cáo");
    }

    private static String openRoundThroughTheApi() {
        return SuiteRounds.open(suite, suite.tokens.forDemoUser("bob"), "2099-11-15", List.of("BDT", "STC", "MINHLONG"));
    }

    private static String secondReviewer;

    /** A second SNV reviewer, created once through Keycloak's admin API. */
    private static synchronized String secondReviewer() {
        if (secondReviewer == null) {
            new KeycloakAdmin(suite.keycloak.baseUrl(), suite.keycloak.adminUser(), suite.keycloak.adminPassword())
                    .createPerson("thu", "Thu", "Phạm Thị", "reviewer", "SNV");
            secondReviewer = "thu";
        }
        return secondReviewer;
    }

    private static Path awaitDownload(Browser browser, String extension) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(driver -> {
            try (var files = Files.list(browser.downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(extension)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }
}
