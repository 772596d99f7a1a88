package vn.gov.quangngai.baocao.console.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.console.testing.ServicesStub;

/** Someone without a session (never signed in, or theirs expired) is sent to sign in and comes back to the page they asked for. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ServicesStub.class)
class SignInResourceTest {

    @Test
    void aPageWithoutASessionSendsThePersonToSignInWithPkceAndBackToThatPage() {
        Response answer = given().redirects().follow(false).get("/rounds/DVCQ-2021/reports/BDT");

        assertThat(answer.statusCode()).isEqualTo(302);
        URI signIn = URI.create(answer.header("Location"));
        assertThat(signIn.getPath()).as("the provider's authorization endpoint").startsWith("/auth/realms/quarkus");
        Map<String, String> query = query(signIn);
        assertThat(URI.create(query.get("redirect_uri")).getPath()).isEqualTo("/rounds/DVCQ-2021/reports/BDT");
        assertThat(query).containsEntry("response_type", "code").containsEntry("code_challenge_method", "S256").containsKey("code_challenge");
    }

    @Test
    void theBoardsBackgroundRefreshIsToldToReloadInsteadOfBeingRedirected() {
        given().redirects().follow(false).header("X-Requested-With", "JavaScript").get("/rounds/DVCQ-2021/live")
                .then().statusCode(499);
    }

    @Test
    void signedOutPageAndAssetsNeedNoSession() {
        given().get("/signed-out").then().statusCode(200);
        given().get("/static/console.css").then().statusCode(200);
        given().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), parts.length < 2 ? "" : URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return values;
    }
}
