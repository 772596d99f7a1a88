package vn.gov.quangngai.baocao.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A real Keycloak server holding the baocao realm, started as a child process from the cached
 * distribution. Used by {@code deploy/local/up.sh} (through {@link KeycloakLauncher}) and by the
 * whole-suite tests, which give it free ports.
 */
public final class KeycloakServer implements AutoCloseable {

    /**
     * Where and how to run the server. With {@code keepData}, the realm (its keys, its users) is
     * kept in the distribution's data folder across restarts, as a production server keeps it;
     * without, it lives in memory and each start imports it afresh.
     */
    public record Options(
            Path distributionZip,
            Path cacheDirectory,
            int httpPort,
            int managementPort,
            RealmDefinition realm,
            String adminUser,
            String adminPassword,
            Path logFile,
            boolean keepData) {

        /** A server whose data lives in memory. */
        public Options(Path distributionZip, Path cacheDirectory, int httpPort, int managementPort, RealmDefinition realm,
                       String adminUser, String adminPassword, Path logFile) {
            this(distributionZip, cacheDirectory, httpPort, managementPort, realm, adminUser, adminPassword, logFile, false);
        }
    }

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Options options;
    private final Process process;

    private KeycloakServer(Options options, Process process) {
        this.options = options;
        this.process = process;
    }

    /** Starts the server and returns once its readiness check answers UP. */
    public static KeycloakServer start(Options options) {
        KeycloakDistribution distribution = KeycloakDistribution.unpackedFrom(options.distributionZip(), options.cacheDirectory());
        // Held until ready: the first start augments the distribution and reads the import folder.
        try (FileLock ignored = distribution.lock()) {
            options.realm().writeTo(distribution.importDirectory());
            ProcessBuilder builder = new ProcessBuilder(command(distribution, options));
            builder.environment().putAll(environment(options));
            builder.redirectErrorStream(true);
            if (options.logFile() != null) {
                Files.createDirectories(options.logFile().getParent());
                builder.redirectOutput(ProcessBuilder.Redirect.appendTo(options.logFile().toFile()));
            } else {
                builder.redirectOutput(ProcessBuilder.Redirect.INHERIT);
            }
            KeycloakServer server = new KeycloakServer(options, builder.start());
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Keycloak", e);
        }
    }

    /** Deletes the data a server with {@code keepData} kept, so that its next start imports the realm afresh. */
    public static void deleteKeptData(Options options) {
        Path data = KeycloakDistribution.unpackedFrom(options.distributionZip(), options.cacheDirectory()).home().resolve("data").resolve("h2");
        if (!Files.exists(data)) {
            return;
        }
        try (var files = Files.walk(data)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + data, e);
        }
    }

    /** {@code http://127.0.0.1:<port>}: the fixed host name every token's issuer is built from. */
    public String baseUrl() {
        return "http://127.0.0.1:" + options.httpPort();
    }

    public String issuer() {
        return baseUrl() + "/realms/" + RealmDefinition.REALM;
    }

    public String adminUser() {
        return options.adminUser();
    }

    public String adminPassword() {
        return options.adminPassword();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Blocks until the server process ends, returning its exit code. */
    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** Stops the server and every process it started. */
    @Override
    public void close() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        Instant giveUp = Instant.now().plusSeconds(20);
        for (ProcessHandle handle : tree) {
            while (handle.isAlive() && Instant.now().isBefore(giveUp)) {
                sleep(Duration.ofMillis(100));
            }
            handle.destroyForcibly();
        }
    }

    private static List<String> command(KeycloakDistribution distribution, Options options) {
        return List.of(
                distribution.launchScript().toString(),
                "start-dev",
                "--db=" + (options.keepData() ? "dev-file" : "dev-mem"),
                "--health-enabled=true",
                "--http-host=127.0.0.1",
                "--http-port=" + options.httpPort(),
                "--http-management-port=" + options.managementPort(),
                "--hostname=http://127.0.0.1:" + options.httpPort(),
                "--import-realm");
    }

    private static Map<String, String> environment(Options options) {
        return Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", options.adminUser(),
                "KC_BOOTSTRAP_ADMIN_PASSWORD", options.adminPassword(),
                "JAVA_OPTS_KC_HEAP", "-XX:MaxRAMPercentage=5 -XX:InitialRAMPercentage=1");
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health = URI.create("http://127.0.0.1:" + options.managementPort() + "/health/ready");
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                        + (options.logFile() != null ? "; see " + options.logFile() : ""));
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while Keycloak was starting", e);
            }
            sleep(Duration.ofMillis(500));
        }
        close();
        throw new IllegalStateException("Keycloak was not ready within " + START_TIMEOUT);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
