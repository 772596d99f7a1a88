package vn.gov.quangngai.baocao.aggregation.client;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * report-service and the realm's token endpoint as one WireMock server on a free port: the REST
 * clients call it with a real client-credentials token, so the tests see the header they send.
 */
public class ReportServiceStub implements QuarkusTestResourceLifecycleManager {

    private static final String REALM = "/realms/baocao";
    private static final String TOKEN_PATH = "/protocol/openid-connect/token";
    static final String TOKEN = "service-token";

    /** Marks the test's field that receives the running stub. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Server {
    }

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.wireMockConfig().dynamicPort());
        server.start();
        stubToken(server);
        return Map.of(
                "quarkus.rest-client.report-service.url", server.baseUrl(),
                "quarkus.oidc-client.client-enabled", "true",
                "quarkus.oidc-client.auth-server-url", server.baseUrl() + REALM,
                "quarkus.oidc-client.discovery-enabled", "false",
                "quarkus.oidc-client.token-path", TOKEN_PATH);
    }

    /** The token endpoint; tests that reset the stub put it back with this. */
    static void stubToken(WireMockServer server) {
        server.stubFor(post(urlPathEqualTo(REALM + TOKEN_PATH))
                .willReturn(okJson("{\"access_token\": \"" + TOKEN + "\", \"token_type\": \"Bearer\", \"expires_in\": 300}")));
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(Server.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
