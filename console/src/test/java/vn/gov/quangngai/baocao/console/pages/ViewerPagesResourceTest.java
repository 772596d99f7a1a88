package vn.gov.quangngai.baocao.console.pages;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.console.testing.Fixtures;
import vn.gov.quangngai.baocao.console.testing.Forms;
import vn.gov.quangngai.baocao.console.testing.ServicesStub;

/** A viewer reads every page and is offered no change; a change forged anyway is the service's to refuse. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ServicesStub.class)
@TestSecurity(user = "vera", roles = "viewer")
@OidcSecurity(claims = {@Claim(key = "name", value = "Vera Võ Thị"), @Claim(key = "preferred_username", value = "vera")})
class ViewerPagesResourceTest {

    static final String REPORTS = ServicesStub.REPORTS + "/api/v1";
    static final String SUMMARIES = ServicesStub.SUMMARIES + "/api/v1";
    static final String BDT = "/rounds/DVCQ-2021/reports/BDT";

    @ServicesStub.Server
    WireMockServer services;

    @BeforeEach
    void stubTheRound() {
        services.resetAll();
        services.stubFor(get(urlPathEqualTo(REPORTS + "/rounds/DVCQ-2021")).willReturn(okJson(Fixtures.ROUND_JSON)));
        services.stubFor(get(urlPathEqualTo(REPORTS + "/rounds/DVCQ-2021/reports")).willReturn(okJson(Fixtures.ROWS)));
        services.stubFor(get(urlPathEqualTo(REPORTS + "/rounds/DVCQ-2021/reports/BDT"))
                .willReturn(okJson(Fixtures.REPORT_BDT).withHeader("ETag", "\"7-2\"")));
        services.stubFor(get(urlPathEqualTo(REPORTS + "/rounds/DVCQ-2021/reports/BDT/versions/2")).willReturn(okJson(Fixtures.VERSION_2)));
        services.stubFor(get(urlPathEqualTo(REPORTS + "/rounds/DVCQ-2021/reports/BDT/events")).willReturn(okJson(Fixtures.EVENTS)));
        services.stubFor(get(urlPathEqualTo(REPORTS + "/rounds/DVCQ-2021/reports/BDT/diff")).willReturn(okJson(Fixtures.DIFF_1_2)));
        services.stubFor(get(urlPathEqualTo(SUMMARIES + "/rounds/DVCQ-2021/summary")).willReturn(okJson(Fixtures.SUMMARY)));
    }

    @Test
    void viewerReadsTheReportWithoutReturnOrAccept() {
        Document report = Jsoup.parse(given().get(BDT).then().statusCode(200).extract().asString());

        assertThat(report.select("article.section")).hasSize(3);
        assertThat(report.select("#figure-diff")).isNotEmpty();
        assertThat(report.select("#accept, #return, form.accept-form, form.return-form")).isEmpty();
        assertThat(report.select(".who-role").text()).isEqualTo("Người xem");
        assertThat(report.select("a[href=/rounds/new]")).isEmpty();
    }

    @Test
    void viewerReadsTheSummaryWithoutTheReviewersWordFileAndSnapshots() {
        Document summary = Jsoup.parse(given().get("/rounds/DVCQ-2021/summary").then().statusCode(200).extract().asString());

        assertThat(summary.select("#totals tr")).isNotEmpty();
        assertThat(summary.select("#download-csv")).isNotEmpty();
        assertThat(summary.select("#download-docx, #take-snapshot, #snapshots")).isEmpty();
        services.verify(0, getRequestedFor(urlPathEqualTo(SUMMARIES + "/rounds/DVCQ-2021/snapshots")));
    }

    @Test
    void aForgedReturnByAViewerGoesToTheServiceWhichRefusesIt() {
        services.stubFor(post(urlPathEqualTo(REPORTS + "/rounds/DVCQ-2021/reports/BDT/return")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json").withBody(Fixtures.problem(403, "ACCESS_DENIED", null))));

        String html = Forms.from(BDT).formParam("etag", "\"7-2\"").formParam("reason", "Giả mạo").post(BDT + "/return")
                .then().statusCode(403).extract().asString();

        assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo("Không được phép");
        services.verify(1, postRequestedFor(urlPathEqualTo(REPORTS + "/rounds/DVCQ-2021/reports/BDT/return")));
    }
}
