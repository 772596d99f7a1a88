package vn.gov.quangngai.baocao.console.pages;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static vn.gov.quangngai.baocao.console.testing.Pages.page;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.console.testing.Fixtures;
import vn.gov.quangngai.baocao.console.testing.Forms;
import vn.gov.quangngai.baocao.console.testing.ServicesStub;

/** An administrator connects an agency's own system: its clients listed, created and rotated (the secret shown once), disabled. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ServicesStub.class)
@TestSecurity(user = "admin", roles = "admin")
@OidcSecurity(claims = {@Claim(key = "name", value = "Quản trị Hệ thống"), @Claim(key = "preferred_username", value = "admin")})
class AdminPagesResourceTest {

    static final String REPORTS = ServicesStub.REPORTS + "/api/v1";
    static final String CLIENTS = "/agencies/MINHLONG/clients";
    static final String API_CLIENTS = REPORTS + CLIENTS;
    static final String SECRET = "s3cr3t-Zq9vL2mN8xK4wP7tR1yB6";

    @ServicesStub.Server
    WireMockServer services;

    @BeforeEach
    void stubTheRegistry() {
        services.resetAll();
        services.stubFor(get(urlPathEqualTo(REPORTS + "/agencies")).willReturn(okJson("""
                {"items": [{"code": "STC", "name": "Sở Tài chính", "kind": "SO"}, {"code": "BDT", "name": "Ban Dân tộc", "kind": "BAN"},
                           {"code": "MINHLONG", "name": "UBND huyện Minh Long", "kind": "HUYEN"}], "page": 0, "size": 500, "total": 3}""")));
        services.stubFor(get(urlPathEqualTo(REPORTS + "/agencies/MINHLONG")).willReturn(okJson("""
                {"code": "MINHLONG", "name": "UBND huyện Minh Long", "kind": "HUYEN", "validFrom": "2000-01-01"}""")));
        services.stubFor(get(urlPathEqualTo(API_CLIENTS)).willReturn(okJson("""
                {"items": [{"clientId": "agency-minhlong-1", "enabled": true, "createdAt": "2026-03-02T09:15:00+07:00"},
                           {"clientId": "agency-minhlong-old", "enabled": false, "createdAt": "2025-01-10T14:00:00+07:00"}]}""")));
    }

    @Test
    void theStartPageLeadsAnAdministratorToTheRegistryAndEachAgencyToItsConnectedSystems() {
        services.stubFor(get(urlPathEqualTo(REPORTS + "/rounds")).willReturn(okJson(Fixtures.ROUNDS_NONE)));

        assertThat(page("/").select("nav.site-nav a[href=/agencies]").text()).isEqualTo("Cơ quan");
        Document agencies = page("/agencies");

        assertThat(agencies.select("#agencies tr[data-agency]")).extracting(e -> e.attr("data-agency")).containsExactly("STC", "BDT", "MINHLONG");
        assertThat(agencies.select("tr[data-agency=MINHLONG]").text()).contains("UBND huyện Minh Long", "UBND huyện, thị xã, thành phố", "Hệ thống kết nối");
        assertThat(agencies.select("tr[data-agency=MINHLONG] td a").attr("href")).isEqualTo(CLIENTS);
        assertThat(agencies.select(".who-role").text()).isEqualTo("Quản trị hệ thống");
        services.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo(REPORTS + "/agencies"))
                .withQueryParam("asOf", equalTo(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString())));
    }

    @Test
    void theRegistryOfAnEarlierDayFindsAnAgencyDissolvedSince() {
        services.stubFor(get(urlPathEqualTo(REPORTS + "/agencies")).withQueryParam("asOf", equalTo("2021-12-31")).willReturn(okJson("""
                {"items": [{"code": "MINHLONG", "name": "UBND huyện Minh Long", "kind": "HUYEN", "validFrom": "2000-01-01", "validTo": "2025-07-01"}],
                 "page": 0, "size": 500, "total": 1}""")));

        Document agencies = page("/agencies?asOf=2021-12-31");

        assertThat(agencies.getElementById("as-of").text()).isEqualTo("31/12/2021");
        assertThat(agencies.getElementById("asOf").val()).isEqualTo("2021-12-31");
        assertThat(agencies.select("tr[data-agency=MINHLONG]").text()).contains("từ 01/01/2000 đến hết 30/06/2025");
        assertThat(agencies.select("tr[data-agency=MINHLONG] td a").attr("href")).isEqualTo(CLIENTS);
    }

    @Test
    void anAgencysSystemsAreListedWithTheirStateAndNeverASecret() {
        Document systems = page(CLIENTS);

        assertThat(systems.select("h1").text()).isEqualTo("Hệ thống kết nối của UBND huyện Minh Long");
        assertThat(systems.select("tr[data-client=agency-minhlong-1]").text()).contains("Đang hoạt động", "02/03/2026 09:15");
        assertThat(systems.select("tr[data-client=agency-minhlong-old]").text()).contains("Đã vô hiệu hóa");
        assertThat(systems.select("tr[data-client=agency-minhlong-old] button")).as("nothing to do with a disabled one").isEmpty();
        assertThat(systems.select("tr[data-client=agency-minhlong-1] form[data-confirm]")).hasSize(2);
        assertThat(systems.select("form[method=post]")).allSatisfy(f -> assertThat(f.select("input[name=csrf-token]").val()).isNotBlank());
        services.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo(API_CLIENTS))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void aNewSystemsSecretIsShownOnceInTheAnswerItselfNeverInAnAddressACacheOrALog() {
        services.stubFor(post(urlPathEqualTo(API_CLIENTS)).willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"clientId\": \"agency-minhlong-2\", \"secret\": \"" + SECRET + "\"}")));
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = capture(logged);
        Logger.getLogger("").addHandler(capture);
        Response answer;
        try {
            answer = Forms.from(CLIENTS).post(CLIENTS);
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }

        assertThat(answer.statusCode()).as("the page itself, not a redirect that would carry the secret").isEqualTo(200);
        assertThat(answer.header("Location")).isNull();
        assertThat(answer.headers().getValues("Cache-Control")).containsExactly("no-store");
        Document page = Jsoup.parse(answer.asString());
        assertThat(page.getElementById("client-secret").text()).isEqualTo(SECRET);
        assertThat(page.getElementById("client-id").text()).isEqualTo("agency-minhlong-2");
        assertThat(page.getElementById("secret-warning").text()).contains("chỉ hiển thị một lần");
        assertThat(page.getElementById("secret-warning").attr("role")).isEqualTo("alert");
        assertThat(page.getElementById("copy-secret").attr("data-copy")).isEqualTo("client-secret");
        assertThat(page.getElementById("token-endpoint").text()).endsWith("/protocol/openid-connect/token");
        assertThat(answer.asString().split(SECRET, -1)).as("shown exactly once").hasSize(2);
        assertThat(answer.getCookies().values()).noneMatch(cookie -> cookie.contains(SECRET));
        assertThat(logged).noneMatch(record -> String.valueOf(record.getMessage()).contains(SECRET)
                || (record.getParameters() != null && List.of(record.getParameters()).toString().contains(SECRET)));
        services.verify(postRequestedFor(urlPathEqualTo(API_CLIENTS)).withHeader("Authorization", matching("Bearer .+")));
        assertThat(given().get(CLIENTS).asString()).doesNotContain(SECRET);
    }

    @Test
    void rotatingShowsTheNewSecretAndSaysTheOldOneNoLongerWorks() {
        services.stubFor(post(urlPathEqualTo(API_CLIENTS + "/agency-minhlong-1/secret")).willReturn(okJson(
                "{\"clientId\": \"agency-minhlong-1\", \"secret\": \"" + SECRET + "\"}")));

        Document page = Jsoup.parse(Forms.from(CLIENTS).post(CLIENTS + "/agency-minhlong-1/secret").then().statusCode(200).extract().asString());

        assertThat(page.select("h1").text()).isEqualTo("Đã cấp mật khẩu mới cho UBND huyện Minh Long");
        assertThat(page.getElementById("client-secret").text()).isEqualTo(SECRET);
        assertThat(page.getElementById("secret-warning").text()).contains("Mật khẩu cũ của kết nối này đã hết hiệu lực");
    }

    @Test
    void disablingSendsTheDeleteAndComesBackToTheList() {
        services.stubFor(delete(urlPathEqualTo(API_CLIENTS + "/agency-minhlong-1")).willReturn(aResponse().withStatus(204)));

        Forms.from(CLIENTS).post(CLIENTS + "/agency-minhlong-1/disable")
                .then().statusCode(303).header("Location", endsWith(CLIENTS + "?notice=disabled"));

        services.verify(deleteRequestedFor(urlPathEqualTo(API_CLIENTS + "/agency-minhlong-1")));
        assertThat(page(CLIENTS + "?notice=disabled").getElementById("notice").text()).contains("Đã vô hiệu hóa kết nối");
    }

    @Test
    void anActionWhoseSessionEndedGoesBackToTheListDoingNothing() {
        given().redirects().follow(false).get(CLIENTS + "/agency-minhlong-1/secret")
                .then().statusCode(303).header("Location", endsWith(CLIENTS));
        services.verify(0, postRequestedFor(urlPathEqualTo(API_CLIENTS + "/agency-minhlong-1/secret")));
    }

    @Test
    void whatTheServiceRefusesIsANotAllowedPage() {
        services.stubFor(get(urlPathEqualTo(API_CLIENTS)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json").withBody(Fixtures.problem(403, "ACCESS_DENIED", null))));

        String html = given().get(CLIENTS).then().statusCode(403).extract().asString();

        assertThat(Jsoup.parse(html).select("main h1").text()).isEqualTo("Không được phép");
    }

    @Test
    void aCreateWithoutTheCsrfTokenNeverReachesTheService() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").post(CLIENTS).then().statusCode(403);

        services.verify(0, postRequestedFor(urlPathEqualTo(API_CLIENTS)));
    }

    private static Handler capture(List<LogRecord> records) {
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        return handler;
    }
}
