package vn.gov.quangngai.baocao.systemtests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.gov.quangngai.baocao.identity.KeycloakServer;
import vn.gov.quangngai.baocao.identity.KeycloakTokens;
import vn.gov.quangngai.baocao.identity.RealmDefinition;

/**
 * The suite as the reliability harness runs it, every part of it in the harness's hands: each
 * service's database on a PostgreSQL server of its own (stopped and started at will), Keycloak
 * keeping its realm on disk (restarted, it has the same keys and users, as in production), and
 * report-service and aggregation-service as one instance each, or two each behind round-robin
 * proxies.
 */
final class ReliabilitySuite implements AutoCloseable {

    /** aggregation-service polls the feed this seldom: what it takes in sooner came with a nudge, or at its start. */
    static final String POLL_INTERVAL = "30s";

    final Path logs;
    final ControlledPostgres reportDatabase;
    final ControlledPostgres aggregationDatabase;
    final KeycloakServer.Options keycloakOptions;
    final KeycloakTokens tokens;
    private KeycloakServer keycloak;
    private final List<ServiceProcess> reportServices = new ArrayList<>();
    private final List<ServiceProcess> aggregationServices = new ArrayList<>();
    private RoundRobinProxy reportProxy;
    private RoundRobinProxy aggregationProxy;

    private ReliabilitySuite(Path logs, ControlledPostgres reportDatabase, ControlledPostgres aggregationDatabase, KeycloakServer.Options keycloakOptions) {
        this.logs = logs;
        this.reportDatabase = reportDatabase;
        this.aggregationDatabase = aggregationDatabase;
        this.keycloakOptions = keycloakOptions;
        this.keycloak = KeycloakServer.start(keycloakOptions);
        this.tokens = new KeycloakTokens(keycloak.issuer());
    }

    /** Starts everything, one instance of each service. */
    static ReliabilitySuite start(Path work) {
        Path logs = work.resolve("logs");
        deleteLogs(logs);
        Path cache = Path.of(System.getProperty("suite.reliability-cache"));
        ControlledPostgres reportDatabase = ControlledPostgres.create(cache, work.resolve("pg-report"), logs.resolve("postgresql-report.log"), List.of("report"));
        ControlledPostgres aggregationDatabase = ControlledPostgres.create(cache, work.resolve("pg-aggregation"), logs.resolve("postgresql-aggregation.log"),
                List.of("aggregation"));
        KeycloakServer.Options options = new KeycloakServer.Options(Path.of(System.getProperty("suite.keycloak.distribution")), cache,
                FreePorts.next(), FreePorts.next(), RealmDefinition.development(), "suite-admin", UUID.randomUUID().toString(),
                logs.resolve("keycloak.log"), true);
        KeycloakServer.deleteKeptData(options);
        ReliabilitySuite suite = new ReliabilitySuite(logs, reportDatabase, aggregationDatabase, options);
        suite.startServices(1);
        return suite;
    }

    /** Each run reads its own logs only (the two-instance scenario reads the followers' logs). */
    private static void deleteLogs(Path logs) {
        try (var files = java.nio.file.Files.list(logs)) {
            for (Path file : files.toList()) {
                java.nio.file.Files.delete(file);
            }
        } catch (java.nio.file.NoSuchFileException firstRun) {
            // nothing to delete
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    KeycloakServer keycloak() {
        return keycloak;
    }

    void stopKeycloak() {
        keycloak.close();
    }

    void startKeycloak() {
        keycloak = KeycloakServer.start(keycloakOptions);
    }

    List<ServiceProcess> reportServices() {
        return List.copyOf(reportServices);
    }

    List<ServiceProcess> aggregationServices() {
        return List.copyOf(aggregationServices);
    }

    /** Where clients reach report-service: the proxy when there are several instances. */
    String reportUrl() {
        return reportProxy != null ? reportProxy.baseUrl() : reportServices.get(0).baseUrl();
    }

    String aggregationUrl() {
        return aggregationProxy != null ? aggregationProxy.baseUrl() : aggregationServices.get(0).baseUrl();
    }

    RoundRobinProxy aggregationProxy() {
        return aggregationProxy;
    }

    /**
     * Stops the services and starts {@code instances} of each on the same databases; with more than
     * one, each service reaches the other through a round-robin proxy (the feed reads, the nudges).
     */
    void startServices(int instances) {
        stopServices();
        List<Integer> reportPorts = new ArrayList<>();
        List<Integer> aggregationPorts = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            reportPorts.add(FreePorts.next());
            aggregationPorts.add(FreePorts.next());
        }
        String reportTarget;
        String aggregationTarget;
        if (instances > 1) {
            reportProxy = new RoundRobinProxy(reportPorts.stream().map(port -> "http://127.0.0.1:" + port).toList());
            aggregationProxy = new RoundRobinProxy(aggregationPorts.stream().map(port -> "http://127.0.0.1:" + port).toList());
            reportTarget = reportProxy.baseUrl();
            aggregationTarget = aggregationProxy.baseUrl();
        } else {
            reportTarget = "http://127.0.0.1:" + reportPorts.get(0);
            aggregationTarget = "http://127.0.0.1:" + aggregationPorts.get(0);
        }
        for (int i = 0; i < instances; i++) {
            String suffix = instances > 1 ? "-" + (i + 1) : "";
            reportServices.add(ServiceProcess.start("report-service" + suffix, Path.of(System.getProperty("suite.report-service.jar")), reportPorts.get(i), Map.of(
                    "BAOCAO_REPORT_DB_URL", reportDatabase.jdbcUrl("report"),
                    "BAOCAO_REPORT_DB_USER", "postgres",
                    "BAOCAO_OIDC_URL", keycloak.issuer(),
                    "BAOCAO_KEYCLOAK_URL", keycloak.baseUrl(),
                    "BAOCAO_AGGREGATION_URL", aggregationTarget), logs));
        }
        for (int i = 0; i < instances; i++) {
            String suffix = instances > 1 ? "-" + (i + 1) : "";
            aggregationServices.add(ServiceProcess.start("aggregation-service" + suffix, Path.of(System.getProperty("suite.aggregation-service.jar")),
                    aggregationPorts.get(i), Map.of(
                            "BAOCAO_AGGREGATION_DB_URL", aggregationDatabase.jdbcUrl("aggregation"),
                            "BAOCAO_AGGREGATION_DB_USER", "postgres",
                            "BAOCAO_OIDC_URL", keycloak.issuer(),
                            "BAOCAO_REPORT_SERVICE_URL", reportTarget,
                            "BAOCAO_FEED_POLL_INTERVAL", POLL_INTERVAL), logs));
        }
    }

    private void stopServices() {
        aggregationServices.forEach(ServiceProcess::close);
        reportServices.forEach(ServiceProcess::close);
        aggregationServices.clear();
        reportServices.clear();
        if (reportProxy != null) {
            reportProxy.close();
            aggregationProxy.close();
            reportProxy = null;
            aggregationProxy = null;
        }
    }

    @Override
    public void close() {
        stopServices();
        keycloak.close();
        reportDatabase.close();
        aggregationDatabase.close();
    }
}
