package vn.gov.quangngai.baocao.systemtests;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import vn.gov.quangngai.baocao.identity.KeycloakServer;
import vn.gov.quangngai.baocao.identity.KeycloakTokens;
import vn.gov.quangngai.baocao.identity.RealmDefinition;

/**
 * The whole suite, started once for the test run: one real PostgreSQL (embedded binaries), one
 * real Keycloak with the development realm, report-service, aggregation-service and the console
 * from their packaged jars, all on free loopback ports, talking real HTTP. Stopped when the JVM exits.
 */
final class Suite {

    private static Suite instance;

    final EmbeddedPostgres postgres;
    final KeycloakServer keycloak;
    final ServiceProcess reportService;
    final ServiceProcess aggregationService;
    final ServiceProcess console;
    final KeycloakTokens tokens;

    private Suite(EmbeddedPostgres postgres, KeycloakServer keycloak, ServiceProcess reportService, ServiceProcess aggregationService,
                  ServiceProcess console) {
        this.postgres = postgres;
        this.keycloak = keycloak;
        this.reportService = reportService;
        this.aggregationService = aggregationService;
        this.console = console;
        this.tokens = new KeycloakTokens(keycloak.issuer());
    }

    static synchronized Suite get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "suite-stop"));
        }
        return instance;
    }

    private static Suite start() {
        Path logs = Path.of(property("suite.logs"));
        clear(logs);
        EmbeddedPostgres postgres = startPostgres();
        // the console signs people in on a free port: Keycloak must know that address to send them back
        int consolePort = FreePorts.next();
        KeycloakServer keycloak = KeycloakServer.start(new KeycloakServer.Options(
                Path.of(property("suite.keycloak.distribution")),
                Path.of(property("suite.cache")),
                FreePorts.next(),
                FreePorts.next(),
                RealmDefinition.development().withRedirectUri("baocao-console", "http://127.0.0.1:" + consolePort + "/*"),
                "suite-admin",
                UUID.randomUUID().toString(),
                logs.resolve("keycloak.log")));
        String jdbcBase = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/";
        int reportPort = FreePorts.next();
        int aggregationPort = FreePorts.next();
        ServiceProcess report = ServiceProcess.start("report-service", Path.of(property("suite.report-service.jar")), reportPort, Map.of(
                "BAOCAO_REPORT_DB_URL", jdbcBase + "report",
                "BAOCAO_REPORT_DB_USER", "postgres",
                "BAOCAO_OIDC_URL", keycloak.issuer(),
                "BAOCAO_KEYCLOAK_URL", keycloak.baseUrl(),
                "BAOCAO_AGGREGATION_URL", "http://127.0.0.1:" + aggregationPort), logs);
        ServiceProcess aggregation = ServiceProcess.start("aggregation-service", Path.of(property("suite.aggregation-service.jar")), aggregationPort, Map.of(
                "BAOCAO_AGGREGATION_DB_URL", jdbcBase + "aggregation",
                "BAOCAO_AGGREGATION_DB_USER", "postgres",
                "BAOCAO_OIDC_URL", keycloak.issuer(),
                "BAOCAO_REPORT_SERVICE_URL", "http://127.0.0.1:" + reportPort,
                // a long poll interval: the tests see the nudge at work, and convergence without it after a restart
                "BAOCAO_FEED_POLL_INTERVAL", "30s"), logs);
        ServiceProcess console = ServiceProcess.start("console", Path.of(property("suite.console.jar")), consolePort, Map.of(
                "BAOCAO_OIDC_URL", keycloak.issuer(),
                "BAOCAO_REPORT_SERVICE_URL", "http://127.0.0.1:" + reportPort,
                "BAOCAO_AGGREGATION_URL", "http://127.0.0.1:" + aggregationPort,
                "BAOCAO_CONSOLE_CLIENT_SECRET", "baocao-console-dev-secret",
                // the packaged console runs as in production, where its form key is required
                "BAOCAO_CONSOLE_CSRF_KEY", "baocao-console-suite-csrf-key-32+chars"), logs);
        return new Suite(postgres, keycloak, report, aggregation, console);
    }

    /** Each run writes fresh logs (a restarted service appends to its own). */
    private static void clear(Path logs) {
        try (var files = java.nio.file.Files.list(logs)) {
            for (Path file : files.toList()) {
                java.nio.file.Files.deleteIfExists(file);
            }
        } catch (java.nio.file.NoSuchFileException none) {
            // first run
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE report");
                statement.execute("CREATE DATABASE aggregation");
            }
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the services' databases", e);
        }
    }

    private void stop() {
        console.close();
        aggregationService.close();
        reportService.close();
        keycloak.close();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set (run through ./mvnw verify)");
        }
        return value;
    }
}
