package vn.gov.quangngai.baocao.console.pages;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.quangngai.baocao.console.testing.Forms;
import vn.gov.quangngai.baocao.console.testing.ServicesStub;

/**
 * A reviewer's and an administrator's forms posted from another site are refused, nothing sent to
 * the services; the session's own token is taken; signing out is that form only. The list of forms
 * here and in {@link ForgedAgencyFormsResourceTest} is checked against every @POST of the pages.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ServicesStub.class)
@TestSecurity(user = "bob", roles = {"reviewer", "admin"})
@OidcSecurity(claims = {@Claim(key = "name", value = "Bob Lê Văn"), @Claim(key = "preferred_username", value = "bob"),
        @Claim(key = "sub", value = "bob-id"), @Claim(key = "sid", value = "bobs-session")})
class ForgedFormsResourceTest extends ForgedForms {

    static Stream<Form> forms() {
        return REVIEWER_FORMS.stream();
    }

    @Override
    String subject() {
        return "bob-id";
    }

    @Override
    String session() {
        return "bobs-session";
    }

    @ParameterizedTest
    @MethodSource("forms")
    void aForgedFormWithAPlantedCookieAndTheSameValueInTheFormIsRefusedAndNothingIsDone(Form form) {
        refusesAPlantedCookieWithTheSameValueInTheForm(form);
    }

    @ParameterizedTest
    @MethodSource("forms")
    void aFormWithoutATokenIsRefusedAndNothingIsDone(Form form) {
        refusesAFormWithoutAToken(form);
    }

    @ParameterizedTest
    @MethodSource("forms")
    void aTokenFromAnotherSessionOfTheSamePersonIsRefusedAndNothingIsDone(Form form) {
        refusesATokenFromAnotherSessionOfTheSamePerson(form);
    }

    @ParameterizedTest
    @MethodSource("forms")
    void aTokenFromAnotherPersonsPageIsRefusedAndNothingIsDone(Form form) {
        refusesATokenFromAnotherPersonsPage(form);
    }

    @Test
    void theListHoldsEveryFormOfTheConsole() throws IOException, URISyntaxException {
        Set<String> listed = new TreeSet<>(Stream.concat(REVIEWER_FORMS.stream(), AGENCY_FORMS.stream()).map(Form::template).toList());

        assertThat(listed).as("a new form must be added to REVIEWER_FORMS or AGENCY_FORMS").isEqualTo(postEndpoints());
    }

    @Test
    void theSessionsOwnTokenIsTakenAndThePageSetsNoTokenCookie() {
        services.stubFor(post(urlPathEqualTo(ServicesStub.SUMMARIES + "/api/v1/rounds/DVCQ-2021/snapshots"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"9\", \"takenAt\": \"2021-11-21T08:05:00+07:00\", \"basis\": \"accepted\"}")));
        Response page = given().get("/logout");
        assertThat(page.getCookies()).doesNotContainKey(Forms.CSRF);
        String token = Jsoup.parse(page.asString()).select("form[method=post] input[name=csrf-token]").val();

        Response answer = send(new Form("", ROUND + "/snapshots", false, List.of("basis", "accepted")), given().redirects().follow(false), token);

        assertThat(answer.statusCode()).isEqualTo(303);
        services.verify(1, postRequestedFor(urlPathEqualTo(ServicesStub.SUMMARIES + "/api/v1/rounds/DVCQ-2021/snapshots")));
    }

    @Test
    void openingTheSignOutAddressShowsTheButtonAndEndsNothing() {
        Response answer = given().redirects().follow(false).get("/logout");

        assertThat(answer.statusCode()).as("no hand-over to the provider's sign-out").isEqualTo(200);
        Document page = Jsoup.parse(answer.asString());
        assertThat(page.select("main form[method=post][action=/logout] button").text()).isEqualTo("Đăng xuất");
        assertThat(page.select("main form[action=/logout] input[name=csrf-token]").val()).isNotBlank();
        assertThat(answer.getCookies()).as("no session cookie is removed").isEmpty();
    }

    @Test
    void theSignOutButtonInTheHeaderIsAFormWithTheToken() {
        Document rounds = Jsoup.parse(given().get("/logout").then().statusCode(200).extract().asString());

        assertThat(rounds.select("header form[method=post][action=/logout] button").text()).isEqualTo("Đăng xuất");
        assertThat(rounds.select("header form[action=/logout] input[name=csrf-token]").val()).isNotBlank();
        assertThat(rounds.select("a[href=/logout]")).isEmpty();
    }

    /** The path of every @POST method of the console's page classes, read from the compiled classes. */
    private static Set<String> postEndpoints() throws IOException, URISyntaxException {
        java.nio.file.Path folder = java.nio.file.Path.of(ForgedFormsResourceTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().resolve("classes").resolve(ErrorPages.class.getPackageName().replace('.', '/'));
        Set<String> paths = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.list(folder)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                Class<?> type = load(ErrorPages.class.getPackageName() + "." + file.getFileName().toString().replace(".class", ""));
                Path base = type.getAnnotation(Path.class);
                for (Method method : type.getDeclaredMethods()) {
                    if (method.isAnnotationPresent(POST.class)) {
                        Path sub = method.getAnnotation(Path.class);
                        paths.add(join(base == null ? "" : base.value(), sub == null ? "" : sub.value()));
                        Consumes consumes = method.getAnnotation(Consumes.class);
                        assertThat(consumes).as(type.getSimpleName() + "." + method.getName() + " takes a form").isNotNull();
                        assertThat(consumes.value()).containsAnyOf(MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA);
                    }
                }
            }
        }
        assertThat(paths).as("the scan found the console's forms").hasSizeGreaterThan(5);
        return paths;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ForgedFormsResourceTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
