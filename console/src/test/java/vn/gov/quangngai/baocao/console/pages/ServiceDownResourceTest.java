package vn.gov.quangngai.baocao.console.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** With report-service's address pointing at a closed port, a page says which part is unavailable, not how it failed. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(ServiceDownResourceTest.ReportServiceDown.class)
@TestSecurity(user = "bob", roles = "reviewer")
class ServiceDownResourceTest {

    /** report-service on a port nothing listens on. */
    public static class ReportServiceDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.report-service.url", "http://127.0.0.1:" + closedPort(),
                    "quarkus.rest-client.aggregation-service.url", "http://127.0.0.1:" + closedPort());
        }
    }

    @Test
    void aPageOfADownServiceNamesItAndShowsNoStackTrace() {
        String html = given().get("/rounds/DVCQ-2021").then().statusCode(503).extract().asString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("#unavailable-part").text()).isEqualTo("Dịch vụ báo cáo (report-service)");
        assertThat(page.select("h1").text()).contains("tạm thời không truy cập được");
        assertThat(page.select("a.button.primary").attr("href")).isEqualTo("/rounds/DVCQ-2021");
        assertThat(html).doesNotContain("Exception").doesNotContain("Connection refused").doesNotContain("at io.");
    }

    @Test
    void theSummaryOfADownAggregationServiceNamesThatService() {
        Document page = Jsoup.parse(given().get("/rounds/DVCQ-2021/summary").then().statusCode(503).extract().asString());

        assertThat(page.select("#unavailable-part").text()).isEqualTo("Dịch vụ tổng hợp (aggregation-service)");
    }

    @Test
    void theConsoleItselfStaysReadyWhileAServiceIsDown() {
        given().get("/q/health/ready").then().statusCode(200);
    }

    /** A port that was free a moment ago and that nothing listens on now. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
