package vn.gov.quangngai.baocao.console.pages;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static vn.gov.quangngai.baocao.console.testing.Pages.page;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.console.testing.Fixtures;
import vn.gov.quangngai.baocao.console.testing.Forms;
import vn.gov.quangngai.baocao.console.testing.ServicesStub;

/** The pages as a reviewer sees them, over stubbed services: what they show, what they send, how refusals read. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ServicesStub.class)
@TestSecurity(user = "bob", roles = "reviewer")
@OidcSecurity(claims = {@Claim(key = "name", value = "Bob Lê Văn"), @Claim(key = "preferred_username", value = "bob")})
class ReviewerPagesResourceTest {

    static final String REPORTS = ServicesStub.REPORTS + "/api/v1";
    static final String SUMMARIES = ServicesStub.SUMMARIES + "/api/v1";
    static final String BDT = "/rounds/DVCQ-2021/reports/BDT";

    @ServicesStub.Server
    WireMockServer services;

    @BeforeEach
    void stubTheRound() {
        services.resetAll();
        services.stubFor(get(urlPathEqualTo(REPORTS + "/rounds")).withQueryParam("status", equalTo("OPEN")).willReturn(okJson(Fixtures.ROUNDS_OPEN)));
        services.stubFor(get(urlPathEqualTo(REPORTS + "/rounds")).withQueryParam("status", equalTo("CLOSED")).willReturn(okJson(Fixtures.ROUNDS_NONE)));
        services.stubFor(get(urlPathEqualTo(REPORTS + "/rounds/DVCQ-2021")).willReturn(okJson(Fixtures.ROUND_JSON)));
        services.stubFor(get(urlPathEqualTo(REPORTS + "/rounds/DVCQ-2021/reports")).willReturn(okJson(Fixtures.ROWS)));
        services.stubFor(get(urlPathEqualTo(REPORTS + "/rounds/DVCQ-2021/reports/BDT"))
                .willReturn(okJson(Fixtures.REPORT_BDT).withHeader("ETag", "\"7-2\"")));
        services.stubFor(get(urlPathEqualTo(REPORTS + "/rounds/DVCQ-2021/reports/BDT/versions/2")).willReturn(okJson(Fixtures.VERSION_2)));
        services.stubFor(get(urlPathEqualTo(REPORTS + "/rounds/DVCQ-2021/reports/BDT/events")).willReturn(okJson(Fixtures.EVENTS)));
        services.stubFor(get(urlPathEqualTo(REPORTS + "/rounds/DVCQ-2021/reports/BDT/diff")).willReturn(okJson(Fixtures.DIFF_1_2)));
        services.stubFor(get(urlPathEqualTo(SUMMARIES + "/rounds/DVCQ-2021/summary")).willReturn(okJson(Fixtures.SUMMARY)));
        services.stubFor(get(urlPathEqualTo(SUMMARIES + "/rounds/DVCQ-2021/snapshots")).willReturn(okJson(Fixtures.SNAPSHOTS)));
    }

    @Test
    void roundsListLinksEachRoundToItsBoardWithCountsAndThePersonsOwnToken() {
        Document rounds = page("/");

        assertThat(rounds.select("#open-rounds a[href=/rounds/DVCQ-2021]")).isNotEmpty();
        assertThat(rounds.select("#open-rounds td.progress").text()).contains("Đã nộp 1/3", "Bị trả lại 1", "Nộp muộn 1");
        assertThat(rounds.select(".who-name").text()).isEqualTo("Bob Lê Văn");
        assertThat(rounds.select("a[href=/rounds/new]")).isNotEmpty();
        services.verify(WireMock.getRequestedFor(urlPathEqualTo(REPORTS + "/rounds")).withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void everyPageForbidsInlineScriptsAndFramingAndLoadsOnlyItsOwnScripts() {
        Response answer = given().get("/rounds/DVCQ-2021");

        assertThat(answer.header("Content-Security-Policy")).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
                "default-src 'self'").doesNotContain("unsafe-inline");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        Document board = Jsoup.parse(answer.asString());
        assertThat(board.select("script")).allSatisfy(script -> {
            assertThat(script.attr("src")).startsWith("/");
            assertThat(script.data()).isBlank();
        });
        assertThat(board.select("[style]")).isEmpty();
        assertThat(board.select("[onclick], [onload], [onerror]")).isEmpty();
    }

    @Test
    void boardShowsEveryAgencyWithItsStatusWordsCountsAndTheLateAndMissingNamed() {
        Document board = page("/rounds/DVCQ-2021");

        assertThat(board.select("#reports tbody tr")).hasSize(3);
        assertThat(board.select("tr[data-agency=BDT]").text()).contains("Ban Dân tộc", "Đã nộp", "Nộp muộn", "20/11/2021 09:30");
        assertThat(board.select("tr[data-agency=STC]").text()).contains("Bị trả lại");
        assertThat(board.select("tr[data-agency=MINHLONG]").text()).contains("Chưa nộp");
        assertThat(board.select("tr[data-agency=BDT] a").attr("href")).isEqualTo(BDT);
        assertThat(board.select("#board-summary").text()).contains("Đã nộp 1/3");
        assertThat(board.select("#missing-names").text()).isEqualTo("UBND huyện Minh Long");
        assertThat(board.select("#late-names").text()).isEqualTo("Ban Dân tộc");
        assertThat(board.select("svg.status-bar rect.seg")).hasSize(3);
        assertThat(board.select("#board-live").attr("hx-trigger")).isEqualTo("every 3s");
    }

    @Test
    void anAgencysTextIsShownAsTextNeverAsMarkup() {
        String html = given().get("/rounds/DVCQ-2021").then().statusCode(200).extract().asString();

        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;số liệu&quot;");
        assertThat(Jsoup.parse(html).select("tr[data-agency=STC] td.reason").text()).isEqualTo("Bổ sung <script>alert('x')</script> & \"số liệu\"");
    }

    @Test
    void boardFiltersByStatusWithTheCountsOfTheWholeRound() {
        Document returned = page("/rounds/DVCQ-2021?status=RETURNED");

        assertThat(returned.select("#reports tbody tr[data-agency]")).extracting(e -> e.attr("data-agency")).containsExactly("STC");
        assertThat(returned.select(".legend a.current").text()).contains("Bị trả lại");
        assertThat(returned.select("#board-summary").text()).contains("1/3");
    }

    @Test
    void boardRefreshAnswersNothingUntilSomethingOnTheBoardChanges() {
        String fingerprint = page("/rounds/DVCQ-2021").select("#board-live").attr("data-fingerprint");

        given().queryParam("seen", fingerprint).get("/rounds/DVCQ-2021/live").then().statusCode(204);

        services.stubFor(get(urlPathEqualTo(REPORTS + "/rounds/DVCQ-2021/reports"))
                .willReturn(okJson(Fixtures.ROWS.replace("\"status\": \"NOT_STARTED\", \"version\": 0", "\"status\": \"SUBMITTED\", \"version\": 1"))));
        String fragment = given().queryParam("seen", fingerprint).get("/rounds/DVCQ-2021/live").then().statusCode(200).extract().asString();
        Document fresh = Jsoup.parseBodyFragment(fragment);
        assertThat(fresh.select("tr[data-agency=MINHLONG]").text()).contains("Đã nộp");
        assertThat(fresh.select("#board-live").attr("data-fingerprint")).isNotEqualTo(fingerprint);
        assertThat(fragment).as("the board's changing part, not a page").startsWith("<section id=\"board-live\"").doesNotContain("<html");
    }

    @Test
    void reportShowsItsSectionsInTemplateOrderWithIndicatorsLabelsUnitsAndVietnameseNumbers() {
        Document report = page(BDT);

        assertThat(report.select("article.section")).extracting(e -> e.attr("data-key")).containsExactly("I", "II.1", "II.6");
        assertThat(report.select("#section-I .text").text()).isEqualTo("Ban hành Kế hoạch số 12/KH-BDT & hướng dẫn <b>triển khai</b>.");
        assertThat(report.select("#section-II\\.1 tr[data-code=II.1.support_people]").text()).isEqualTo("Số người được hỗ trợ 196.878 người");
        assertThat(report.select("#section-II\\.1 tr[data-code=II.1.support_money]").text()).isEqualTo("Kinh phí hỗ trợ 9.000.000.000 đồng");
        assertThat(report.select("#report-status").text()).contains("Đã nộp", "Nộp muộn");
        assertThat(report.select("#events tr[data-action]")).hasSize(3);
        assertThat(report.select("#events tr[data-action=RETURNED]").text()).contains("Bob Lê Văn", "Trả lại", "Đề nghị bổ sung số mô hình.", "17/11/2021 14:00");
    }

    @Test
    void reportOfTwoVersionsShowsTheDiffOldToNew() {
        Document report = page(BDT);

        services.verify(WireMock.getRequestedFor(urlPathEqualTo(REPORTS + "/rounds/DVCQ-2021/reports/BDT/diff"))
                .withQueryParam("from", equalTo("1")).withQueryParam("to", equalTo("2")));
        assertThat(report.select("#figure-diff tr[data-code=II.6.models]").text()).isEqualTo("Số mô hình đăng ký mô hình 1 2");
        assertThat(report.select("#figure-diff tr[data-code=II.6.models] del").text()).isEqualTo("1");
        assertThat(report.select("#figure-diff tr[data-code=II.6.models] ins").text()).isEqualTo("2");
        assertThat(report.select("#figure-diff tr")).as("unchanged figures are left out").hasSize(2);
        assertThat(report.select(".section-diff[data-key=II.6] del").text()).isEqualTo("00");
        assertThat(report.select(".section-diff[data-key=II.6] ins").text()).isEqualTo("01");
        assertThat(report.select(".section-diff")).hasSize(1);
    }

    @Test
    void reviewerGetsBothDecisionsEachCarryingTheETagAndACsrfToken() {
        Document report = page(BDT);

        assertThat(report.select("form.accept-form input[name=etag]").val()).isEqualTo("\"7-2\"");
        assertThat(report.select("form.return-form input[name=etag]").val()).isEqualTo("\"7-2\"");
        assertThat(report.select("form[method=post]")).allSatisfy(form -> assertThat(form.select("input[name=csrf-token]").val()).isNotBlank());
        assertThat(report.select("label[for=reason]").text()).contains("Lý do trả lại");
        assertThat(report.select("button#accept").text()).isEqualTo("Tiếp nhận");
        assertThat(report.select("button#return").text()).isEqualTo("Trả lại");
    }

    @Test
    void acceptSendsTheETagAsIfMatchAndComesBackToTheReport() {
        services.stubFor(post(urlPathEqualTo(REPORTS + "/rounds/DVCQ-2021/reports/BDT/accept"))
                .willReturn(okJson(Fixtures.REPORT_BDT.replace("SUBMITTED", "ACCEPTED")).withHeader("ETag", "\"8-2\"")));

        Forms.from(BDT).formParam("etag", "\"7-2\"").post(BDT + "/accept")
                .then().statusCode(303).header("Location", endsWith(BDT + "?notice=accepted"));

        services.verify(postRequestedFor(urlPathEqualTo(REPORTS + "/rounds/DVCQ-2021/reports/BDT/accept"))
                .withHeader("If-Match", equalTo("\"7-2\"")).withHeader("Authorization", matching("Bearer .+")));
        assertThat(page(BDT + "?notice=accepted").select("#notice").text()).isEqualTo("Đã tiếp nhận báo cáo.");
    }

    @Test
    void aDecisionOnAStaleReportIsNotDoneAndThePersonIsToldAndSeesTheFreshState() {
        services.stubFor(post(urlPathEqualTo(REPORTS + "/rounds/DVCQ-2021/reports/BDT/return")).willReturn(aResponse().withStatus(412)
                .withHeader("Content-Type", "application/problem+json").withBody(Fixtures.problem(412, "PRECONDITION_FAILED", null))));

        Forms.from(BDT).formParam("etag", "\"7-2\"").formParam("reason", "Bổ sung.").post(BDT + "/return")
                .then().statusCode(303).header("Location", endsWith(BDT + "?notice=stale"));

        Document fresh = page(BDT + "?notice=stale");
        assertThat(fresh.select("#notice").attr("role")).isEqualTo("alert");
        assertThat(fresh.select("#notice").text()).contains("vừa được người khác cập nhật");
    }

    @Test
    void aReturnWithoutReasonComesBackWithTheServicesMessageNextToTheField() {
        services.stubFor(post(urlPathEqualTo(REPORTS + "/rounds/DVCQ-2021/reports/BDT/return")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(Fixtures.problem(422, "VALIDATION_FAILED", "[{\"pointer\": \"/reason\", \"message\": \"is required\"}]"))));

        String html = Forms.from(BDT).formParam("etag", "\"7-2\"").formParam("reason", "").post(BDT + "/return")
                .then().statusCode(422).extract().asString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("#reason-error").text()).isEqualTo("Bắt buộc nhập.");
        assertThat(page.select("#reason").attr("aria-describedby")).contains("reason-error");
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefusedAndNeverReachesTheService() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("etag", "\"7-2\"")
                .post(BDT + "/accept")
                .then().statusCode(403).body(containsString("Biểu mẫu không hợp lệ"));

        services.verify(0, postRequestedFor(urlPathEqualTo(REPORTS + "/rounds/DVCQ-2021/reports/BDT/accept")));
    }

    @Test
    void aRefusalOfTheServiceIsANotAllowedPage() {
        services.stubFor(get(urlPathEqualTo(REPORTS + "/rounds/DVCQ-2021/reports")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json").withBody(Fixtures.problem(403, "ACCESS_DENIED", null))));

        String html = given().get("/rounds/DVCQ-2021").then().statusCode(403).extract().asString();

        assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo("Không được phép");
        assertThat(html).doesNotContain("Exception").doesNotContain("at vn.gov");
    }

    @Test
    void aServiceFailureIsABadGatewayPageNamingTheService() {
        services.stubFor(get(urlPathEqualTo(SUMMARIES + "/rounds/DVCQ-2021/summary")).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/problem+json").withBody(Fixtures.problem(500, "INTERNAL_ERROR", null))));

        Document page = Jsoup.parse(given().get("/rounds/DVCQ-2021/summary").then().statusCode(502).extract().asString());

        assertThat(page.select("#unavailable-part").text()).isEqualTo("Dịch vụ tổng hợp (aggregation-service)");
    }

    @Test
    void summaryShowsTotalsChartsTheCompiledSectionsAndTheDownloads() {
        Document summary = page("/rounds/DVCQ-2021/summary");

        assertThat(summary.select("#totals tr[data-code=II.1.support_people]").text()).isEqualTo("Số người được hỗ trợ 196.878 người 1/3");
        assertThat(summary.select("figure[data-code=II.6.models] tbody tr")).extracting(e -> e.select("th").text())
                .containsExactly("Sở Tài chính", "Ban Dân tộc");
        assertThat(summary.select("figure[data-code=II.6.models] rect")).extracting(e -> e.attr("width")).containsExactly("100", "67");
        assertThat(summary.select("article.section[data-key=II.6] .contribution h4").text()).contains("Ban Dân tộc");
        assertThat(summary.select("article.section[data-key=II.6] .text").text()).contains("<img src=x onerror=alert(1)>");
        assertThat(summary.select("img")).isEmpty();
        assertThat(summary.select("#missing-names").text()).isEqualTo("UBND huyện Minh Long");
        assertThat(summary.select("#download-docx").attr("href")).isEqualTo("/rounds/DVCQ-2021/summary.docx?basis=submitted");
        assertThat(summary.select("#download-csv").attr("href")).isEqualTo("/rounds/DVCQ-2021/summary.csv?basis=submitted");
        assertThat(summary.select("#snapshots tbody tr").text()).contains("Bob Lê Văn", "21/11/2021 08:05");
        assertThat(summary.select(".basis-switch a.current").text()).isEqualTo("Báo cáo đã nộp");
    }

    @Test
    void summaryOnTheAcceptedBasisAsksForIt() {
        page("/rounds/DVCQ-2021/summary?basis=accepted");

        services.verify(WireMock.getRequestedFor(urlPathEqualTo(SUMMARIES + "/rounds/DVCQ-2021/summary")).withQueryParam("basis", equalTo("accepted")));
    }

    @Test
    void theWordSummaryIsPassedOnAsTheServiceWroteIt() {
        byte[] docx = {0x50, 0x4b, 0x03, 0x04, 1, 2, 3};
        services.stubFor(get(urlPathEqualTo(SUMMARIES + "/rounds/DVCQ-2021/summary.docx")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .withHeader("Content-Disposition", "attachment; filename=\"DVCQ-2021.docx\"").withBody(docx)));

        Response file = given().get("/rounds/DVCQ-2021/summary.docx?basis=submitted");

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(file.header("Content-Disposition")).isEqualTo("attachment; filename=\"DVCQ-2021.docx\"");
        assertThat(file.asByteArray()).isEqualTo(docx);
    }

    @Test
    void takingASnapshotPostsTheBasisAndComesBackToTheSummary() {
        services.stubFor(post(urlPathEqualTo(SUMMARIES + "/rounds/DVCQ-2021/snapshots"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"9\", \"takenAt\": \"2021-11-21T08:05:00+07:00\", \"basis\": \"accepted\"}")));

        Forms.from("/rounds/DVCQ-2021/summary").formParam("basis", "accepted").post("/rounds/DVCQ-2021/snapshots")
                .then().statusCode(303).header("Location", endsWith("/rounds/DVCQ-2021/summary?basis=accepted&notice=snapshot"));

        services.verify(postRequestedFor(urlPathEqualTo(SUMMARIES + "/rounds/DVCQ-2021/snapshots")).withQueryParam("basis", equalTo("accepted")));
    }

    @Test
    void openingARoundSendsTheFormAsTheServicesBodyAndGoesToTheBoard() {
        services.stubFor(get(urlPathEqualTo(REPORTS + "/agencies")).willReturn(okJson("""
                {"items": [{"code": "STC", "name": "Sở Tài chính", "kind": "SO"}, {"code": "BDT", "name": "Ban Dân tộc", "kind": "BAN"},
                           {"code": "MINHLONG", "name": "UBND huyện Minh Long", "kind": "HUYEN"}], "page": 0, "size": 500, "total": 3}""")));
        services.stubFor(get(urlPathEqualTo(REPORTS + "/templates")).willReturn(okJson("[{\"code\": \"DVCQ-NAM\", \"title\": \"Đề cương năm\"}]")));
        services.stubFor(post(urlPathEqualTo(REPORTS + "/rounds")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(Fixtures.ROUND_JSON)));

        Forms.from("/rounds/new").formParam("code", "DVCQ-2021").formParam("title", "Báo cáo năm 2021")
                .formParam("requestNumber", "2454/SNV-XDCQ").formParam("requestDate", "2021-10-29").formParam("issuer", "Sở Nội vụ tỉnh Quảng Ngãi")
                .formParam("periodKind", "YEAR").formParam("year", "2021").formParam("deadlineDate", "2021-11-15").formParam("deadlineTime", "17:00")
                .formParam("templateCode", "DVCQ-NAM").formParam("agency", "BDT").formParam("agency", "MINHLONG")
                .post("/rounds/new")
                .then().statusCode(303).header("Location", endsWith("/rounds/DVCQ-2021?notice=opened"));

        services.verify(postRequestedFor(urlPathEqualTo(REPORTS + "/rounds")).withRequestBody(WireMock.equalToJson("""
                {"code": "DVCQ-2021", "title": "Báo cáo năm 2021",
                 "request": {"number": "2454/SNV-XDCQ", "date": "2021-10-29", "issuer": "Sở Nội vụ tỉnh Quảng Ngãi"},
                 "period": {"kind": "YEAR", "year": 2021}, "deadline": "2021-11-15T17:00:00+07:00",
                 "agencies": ["BDT", "MINHLONG"], "templateCode": "DVCQ-NAM"}""")));
    }

    @Test
    void theRoundFormsShortcutsPickEveryDepartmentOrEveryLocalGovernment() {
        services.stubFor(get(urlPathEqualTo(REPORTS + "/agencies")).willReturn(okJson("""
                {"items": [{"code": "STC", "name": "Sở Tài chính", "kind": "SO"}, {"code": "BDT", "name": "Ban Dân tộc", "kind": "BAN"},
                           {"code": "MINHLONG", "name": "UBND huyện Minh Long", "kind": "HUYEN"}], "page": 0, "size": 500, "total": 3}""")));
        services.stubFor(get(urlPathEqualTo(REPORTS + "/templates")).willReturn(okJson("[{\"code\": \"DVCQ-NAM\", \"title\": \"Đề cương năm\"}]")));

        Document form = Jsoup.parse(Forms.from("/rounds/new").formParam("code", "X-1").formParam("shortcut", "so-ban").post("/rounds/new")
                .then().statusCode(200).extract().asString());

        assertThat(form.select("input[name=agency][checked]")).extracting(e -> e.val()).containsExactly("STC", "BDT");
        assertThat(form.select("#code").val()).isEqualTo("X-1");
        assertThat(form.select("label[for=agency-MINHLONG]").text()).isEqualTo("UBND huyện Minh Long");
        services.verify(0, postRequestedFor(urlPathEqualTo(REPORTS + "/rounds")));
    }

    @Test
    void theRoundFormListsTheAgenciesOfThePeriodChosen() {
        services.stubFor(get(urlPathEqualTo(REPORTS + "/agencies")).withQueryParam("asOf", equalTo("2021-12-31")).willReturn(okJson("""
                {"items": [{"code": "BDT", "name": "Ban Dân tộc", "kind": "BAN"}, {"code": "MINHLONG", "name": "UBND huyện Minh Long", "kind": "HUYEN"}],
                 "page": 0, "size": 500, "total": 2}""")));
        services.stubFor(get(urlPathEqualTo(REPORTS + "/agencies")).withQueryParam("asOf", equalTo("2025-06-30")).willReturn(okJson("""
                {"items": [{"code": "SDTTG", "name": "Sở Dân tộc và Tôn giáo", "kind": "SO"}], "page": 0, "size": 500, "total": 1}""")));
        services.stubFor(get(urlPathEqualTo(REPORTS + "/templates")).willReturn(okJson("[{\"code\": \"DVCQ-NAM\", \"title\": \"Đề cương năm\"}]")));

        Document year2021 = Jsoup.parse(Forms.from("/rounds/new").formParam("periodKind", "YEAR").formParam("year", "2021")
                .formParam("agency", "BDT").formParam("shortcut", "period").post("/rounds/new").then().statusCode(200).extract().asString());
        assertThat(year2021.select("input[name=agency]")).extracting(e -> e.val()).containsExactly("BDT", "MINHLONG");
        assertThat(year2021.select("input[name=agency][checked]")).extracting(e -> e.val()).containsExactly("BDT");
        assertThat(year2021.select("#agencies-as-of").text()).contains("31/12/2021");

        Document firstHalf2025 = Jsoup.parse(Forms.from("/rounds/new").formParam("periodKind", "HALF").formParam("year", "2025").formParam("index", "1")
                .formParam("agency", "BDT").formParam("shortcut", "period").post("/rounds/new").then().statusCode(200).extract().asString());
        assertThat(firstHalf2025.select("input[name=agency]")).extracting(e -> e.val()).containsExactly("SDTTG");
        assertThat(firstHalf2025.select("input[name=agency][checked]")).isEmpty();
    }

    @Test
    void aRefusedRoundComesBackWithEachMessageNextToItsField() {
        services.stubFor(get(urlPathEqualTo(REPORTS + "/agencies")).willReturn(okJson("{\"items\": [], \"page\": 0, \"size\": 500, \"total\": 0}")));
        services.stubFor(get(urlPathEqualTo(REPORTS + "/templates")).willReturn(okJson("[]")));
        services.stubFor(post(urlPathEqualTo(REPORTS + "/rounds")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json").withBody(Fixtures.problem(422, "VALIDATION_FAILED", """
                        [{"pointer": "/code", "message": "must be 2 to 40 capital letters, digits or '-'"},
                         {"pointer": "/deadline", "message": "is required"},
                         {"pointer": "/agencies", "message": "must name at least one agency"},
                         {"pointer": "/period/year", "message": "must be a whole number from 2000 to 2100"}]"""))));

        Document form = Jsoup.parse(Forms.from("/rounds/new").formParam("code", "sai mã").formParam("year", "hai nghìn")
                .post("/rounds/new").then().statusCode(422).extract().asString());

        assertThat(form.select("#code-error").text()).isEqualTo("Gồm 2 đến 40 chữ in hoa không dấu, chữ số hoặc dấu '-'.");
        assertThat(form.select("#deadline-error").text()).isEqualTo("Bắt buộc nhập.");
        assertThat(form.select("#agencies-error").text()).isEqualTo("Chọn ít nhất một cơ quan.");
        assertThat(form.select("#year-error").text()).isEqualTo("Phải là số nguyên từ 2000 đến 2100.");
        assertThat(form.select("#code").val()).isEqualTo("sai mã");
        assertThat(form.select("#form-problem").attr("role")).isEqualTo("alert");
        services.verify(postRequestedFor(urlPathEqualTo(REPORTS + "/rounds"))
                .withRequestBody(WireMock.matchingJsonPath("$.period.year", equalTo("hai nghìn"))));
    }

    @Test
    void everyControlHasALabel() {
        services.stubFor(get(urlPathEqualTo(REPORTS + "/agencies")).willReturn(okJson("""
                {"items": [{"code": "STC", "name": "Sở Tài chính", "kind": "SO"}], "page": 0, "size": 500, "total": 1}""")));
        services.stubFor(get(urlPathEqualTo(REPORTS + "/templates")).willReturn(okJson("[{\"code\": \"DVCQ-NAM\", \"title\": \"Đề cương năm\"}]")));

        for (String path : new String[] {"/rounds/new", BDT, "/rounds/DVCQ-2021/summary"}) {
            Document page = page(path);
            assertThat(page.select("input:not([type=hidden]), select, textarea")).as(path).allSatisfy(control ->
                    assertThat(page.select("label[for=" + control.id() + "]")).as(path + " #" + control.id()).isNotEmpty());
            assertThat(page.select("button")).as(path).allSatisfy(button -> assertThat(button.text()).isNotBlank());
        }
    }

    @Test
    void aPersonWhoseSessionEndedOnADecisionIsSentBackToTheReport() {
        given().redirects().follow(false).get(BDT + "/return").then().statusCode(303).header("Location", endsWith(BDT));
    }

    @Test
    void unknownAddressesGetAVietnameseNotFoundPage() {
        String html = given().get("/no/such/page").then().statusCode(404).extract().asString();

        assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo("Không tìm thấy trang");
        assertThat(html).as("no stack trace").doesNotContain("Exception");
    }

    @Test
    void aReportPageNeverShowsADecisionBeforeItCanBeMade() {
        services.stubFor(get(urlPathEqualTo(REPORTS + "/rounds/DVCQ-2021/reports/BDT")).willReturn(okJson(
                Fixtures.REPORT_BDT.replace("\"SUBMITTED\"", "\"RETURNED\"")).withHeader("ETag", "\"9-2\"")));

        Document report = page(BDT);

        assertThat(report.select("#accept")).isEmpty();
        assertThat(report.select("#return")).isEmpty();
        assertThat(report.select("#report-status").text()).contains("Bị trả lại");
    }

    @Test
    void anAbsentValueIsNeverWrittenAsNull() {
        for (String path : new String[] {"/", "/rounds/DVCQ-2021", BDT, "/rounds/DVCQ-2021/summary"}) {
            assertThat(page(path).select("body").text()).as(path).doesNotContainIgnoringCase("null");
        }
    }

    @Test
    void anAgencysOwnPagesAreNotAReviewers() {
        String html = given().get(BDT + "/submit").then().statusCode(403).extract().asString();

        assertThat(Jsoup.parse(html).select("main h1").text()).isEqualTo("Không được phép");
        Forms.from(BDT).formParam("etag", "\"7-2\"").post(BDT + "/submit").then().statusCode(403);
        services.verify(0, postRequestedFor(urlPathEqualTo(REPORTS + "/rounds/DVCQ-2021/reports/BDT/submit")));
    }
}
