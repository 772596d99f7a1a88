package vn.gov.quangngai.baocao.console.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * report-service and aggregation-service as the console's module tests need them: one WireMock
 * server on a free port, each service under its own path, stubbed by each test.
 */
public class ServicesStub implements QuarkusTestResourceLifecycleManager {

    public static final String REPORTS = "/report-service";
    public static final String SUMMARIES = "/aggregation-service";

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
        return Map.of(
                "quarkus.rest-client.report-service.url", server.baseUrl() + REPORTS,
                "quarkus.rest-client.aggregation-service.url", server.baseUrl() + SUMMARIES);
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
