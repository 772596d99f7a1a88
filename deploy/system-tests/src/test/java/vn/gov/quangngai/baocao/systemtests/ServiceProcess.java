package vn.gov.quangngai.baocao.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/** One of the suite's services, started from its packaged jar as its own process. */
final class ServiceProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final String name;
    private final int port;
    private final Path log;
    private final ProcessBuilder builder;
    private Process process;
    private Duration startup;

    private ServiceProcess(String name, int port, Path log, ProcessBuilder builder) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.builder = builder;
    }

    /** Where the service's output goes. */
    Path log() {
        return log;
    }

    /** Starts {@code java -jar jar} on {@code port} with the given environment; returns once ready. */
    static ServiceProcess start(String name, Path jar, int port, Map<String, String> environment, Path logDirectory) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + " is not packaged: " + jar + " is missing (run ./mvnw verify from the root)");
        }
        Path log = logDirectory.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + System.getProperty("suite.service-jvm-options"), // deploy/service-jvm.options, as every launch of the services
                "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1"));
        String heap = System.getProperty("suite.service-heap", "");
        if (!heap.isBlank()) {
            command.add("-Xmx" + heap); // after the options file's -Xmx, so it wins
        }
        // e.g. -Dsuite.service-jvm-args="-XX:StartFlightRecording=filename=/tmp/{name}.jfr,settings=profile" to profile a benchmark
        String extra = System.getProperty("suite.service-jvm-args", "").replace("{name}", name);
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.strip().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(logDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServiceProcess service = new ServiceProcess(name, port, log, builder);
        service.start();
        return service;
    }

    /** Starts the process (again, after {@link #close}) and waits until it is ready. */
    synchronized void start() {
        Instant begin = Instant.now();
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
        awaitReady();
        startup = Duration.between(begin, Instant.now());
    }

    /** How long the last start took, from launching the JVM to a ready answer. */
    Duration startup() {
        return startup;
    }

    /** The running process's id (changes when the service is started again). */
    long pid() {
        return process.pid();
    }

    /** Resident memory of the process now, in MiB (from /proc). */
    long residentMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return -1;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    String name() {
        return name;
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** {@code kill -9}: the process ends at once, in the middle of whatever it was doing. */
    synchronized void kill() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroyForcibly(); // SIGKILL on Linux
        try {
            process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create(baseUrl() + "/q/health/ready");
        try {
            Awaitility.await(name + " ready").atMost(START_TIMEOUT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(300))
                    .failFast(() -> !process.isAlive()).until(() -> isReady(http, ready));
        } catch (TerminalFailureException exited) {
            throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + log);
        } catch (ConditionTimeoutException late) {
            close();
            throw new IllegalStateException(name + " was not ready within " + START_TIMEOUT + "; see " + log);
        }
    }

    private static boolean isReady(HttpClient http, URI ready) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYetListening) {
            return false;
        }
    }
}
