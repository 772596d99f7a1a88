package vn.gov.quangngai.baocao.console.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import vn.gov.quangngai.baocao.console.config.FormTokens;
import vn.gov.quangngai.baocao.console.testing.Forms;
import vn.gov.quangngai.baocao.console.testing.ServicesStub;

/**
 * The checks every form of the console must pass when posted from somewhere else: refused, whatever
 * cookie the other site managed to plant, because the token is the signed-in session's own, not a
 * copy of a cookie. Each subclass signs in someone who may send its forms, so only the token stops
 * them, and runs these checks on each (the identity of a test is read from the class declaring its
 * method); {@link #subject()} and {@link #session()} are that person's ID token claims.
 */
abstract class ForgedForms {

    static final String ROUND = "/rounds/DVCQ-2021";
    static final String BDT = ROUND + "/reports/BDT";
    static final String CLIENTS = "/agencies/MINHLONG/clients";

    /** A form of the console (a @POST of the pages): its path template, a path to post to, what a forger would fill in. */
    record Form(String template, String path, boolean multipart, List<String> fields) {
        @Override
        public String toString() {
            return "POST " + path;
        }
    }

    /** The forms a reviewer or an administrator sends (any signed-in person signs out). */
    static final List<Form> REVIEWER_FORMS = List.of(
            new Form("/rounds/new", "/rounds/new", false, List.of("code", "GIA-MAO-1", "title", "Kỳ giả mạo", "periodKind", "YEAR",
                    "year", "2021", "deadlineDate", "2031-01-15", "templateCode", "DVCQ", "agency", "BDT")),
            new Form("/rounds/{round}/reports/{agency}/return", BDT + "/return", false, List.of("etag", "\"7-2\"", "reason", "Giả mạo")),
            new Form("/rounds/{round}/reports/{agency}/accept", BDT + "/accept", false, List.of("etag", "\"7-2\"")),
            new Form("/rounds/{round}/snapshots", ROUND + "/snapshots", false, List.of("basis", "accepted")),
            new Form("/agencies/{code}/clients", CLIENTS, false, List.of()),
            new Form("/agencies/{code}/clients/{clientId}/secret", CLIENTS + "/agency-minhlong-1/secret", false, List.of()),
            new Form("/agencies/{code}/clients/{clientId}/disable", CLIENTS + "/agency-minhlong-1/disable", false, List.of()),
            new Form("/logout", "/logout", false, List.of()));

    /** The forms an agency's officer sends for their own agency (BDT). */
    static final List<Form> AGENCY_FORMS = List.of(
            new Form("/rounds/{round}/reports/{agency}/draft", BDT + "/draft", false, List.of("etag", "\"7-2\"", "sectionKey", "I",
                    "sectionText", "Giả mạo")),
            new Form("/rounds/{round}/reports/{agency}/import", BDT + "/import", true, List.of("etag", "\"7-2\"")),
            new Form("/rounds/{round}/reports/{agency}/submit", BDT + "/submit", false, List.of("etag", "\"7-2\"")));

    @ServicesStub.Server
    WireMockServer services;

    @Inject
    FormTokens tokens;

    /** The signed-in person's {@code sub} claim. */
    abstract String subject();

    /** The signed-in person's {@code sid} claim: their Keycloak session. */
    abstract String session();

    @BeforeEach
    void nothingStubbed() {
        // any call reaching a service is recorded: a refused form must make none
        services.resetAll();
    }

    void refusesAPlantedCookieWithTheSameValueInTheForm(Form form) {
        String planted = randomToken();

        Response answer = send(form, given().redirects().follow(false).cookie(Forms.CSRF, planted), planted);

        assertRefused(answer);
    }

    void refusesAFormWithoutAToken(Form form) {
        assertRefused(send(form, given().redirects().follow(false), null));
    }

    void refusesATokenFromAnotherSessionOfTheSamePerson(Form form) {
        assertThat(Forms.token("/logout")).as("the derivation these tokens come from").isEqualTo(tokens.of(subject(), session()));
        services.resetAll();

        assertRefused(send(form, given().redirects().follow(false), tokens.of(subject(), session() + "-other")));
    }

    void refusesATokenFromAnotherPersonsPage(Form form) {
        assertRefused(send(form, given().redirects().follow(false), tokens.of(subject() + "-someone-else", session())));
    }

    static Response send(Form form, RequestSpecification request, String token) {
        List<String> fields = form.fields();
        if (form.multipart()) {
            if (token != null) {
                request.multiPart(Forms.CSRF, token);
            }
            for (int i = 0; i < fields.size(); i += 2) {
                request.multiPart(fields.get(i), fields.get(i + 1));
            }
            request.multiPart("document", "bao-cao.txt", "I. Giả mạo".getBytes(StandardCharsets.UTF_8), "text/plain");
        } else {
            request.contentType("application/x-www-form-urlencoded; charset=UTF-8");
            if (token != null) {
                request.formParam(Forms.CSRF, token);
            }
            for (int i = 0; i < fields.size(); i += 2) {
                request.formParam(fields.get(i), fields.get(i + 1));
            }
        }
        return request.post(form.path());
    }

    void assertRefused(Response answer) {
        assertThat(services.getAllServeEvents()).as("no call reached report-service or aggregation-service").isEmpty();
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("text/html");
        Document page = Jsoup.parse(answer.asString());
        assertThat(page.select("main h1").text()).isEqualTo("Biểu mẫu không hợp lệ");
        assertThat(page.select("main").text()).contains("không được thực hiện");
    }

    /** A value of the shape the double-submit cookie had: another site can plant it as a cookie and copy it into the form. */
    static String randomToken() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
