package vn.gov.quangngai.baocao.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time used by each part of the suite between two readings, from /proc: the two services,
 * PostgreSQL (all its processes), Keycloak, and this JVM (the load generator). Shows where a
 * phase's CPU went on a machine whose cores everything shares. A PostgreSQL process that exits
 * between the readings is not counted (the services keep pooled connections, so few do). The
 * JIT compiler threads of the three JVMs (services and load generator) are counted apart: right
 * after a start they take a large share of the cores, which a service running for days does not
 * pay. A compiler thread that ends between the readings is not counted.
 */
final class CpuMeter {

    static final String REPORT = "report-service";
    static final String AGGREGATION = "aggregation-service";
    static final String POSTGRES = "PostgreSQL";
    static final String KEYCLOAK = "Keycloak";
    static final String CLIENT = "load generator";
    static final String IDLE = "idle";
    static final List<String> PARTS = List.of(REPORT, POSTGRES, CLIENT, AGGREGATION, KEYCLOAK, jit(REPORT), jit(AGGREGATION), jit(CLIENT));

    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private final Suite suite;

    CpuMeter(Suite suite) {
        this.suite = suite;
    }

    /** CPU seconds of each part so far, and the machine's idle seconds (all cores). */
    Map<String, Double> read() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        PARTS.forEach(part -> seconds.put(part, 0.0));
        long self = ProcessHandle.current().pid();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                long pid = Long.parseLong(p.getFileName().toString());
                String part = partOf(pid, self, p);
                if (part != null) {
                    double jit = part.equals(POSTGRES) || part.equals(KEYCLOAK) ? 0 : compilerSeconds(p);
                    seconds.merge(part, cpuSeconds(p) - jit, Double::sum);
                    if (jit > 0) {
                        seconds.merge(jit(part), jit, Double::sum);
                    }
                }
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        seconds.put(IDLE, idleSeconds());
        return seconds;
    }

    /** The part that counts a JVM's JIT compiler threads. */
    static String jit(String part) {
        return part + " JIT";
    }

    /** What each part used between two readings, in CPU seconds. */
    static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((part, value) -> used.put(part, value - before.getOrDefault(part, 0.0)));
        return used;
    }

    private String partOf(long pid, long self, Path process) {
        if (pid == self) {
            return CLIENT;
        }
        if (pid == suite.reportService.pid()) {
            return REPORT;
        }
        if (pid == suite.aggregationService.pid()) {
            return AGGREGATION;
        }
        String command = read(process.resolve("cmdline")).replace('\0', ' ');
        if (command.contains("/bin/postgres") || command.startsWith("postgres: ")) { // the server, then its backends
            return POSTGRES;
        }
        return command.contains("keycloak") ? KEYCLOAK : null;
    }

    /** utime + stime of one process (fields 14 and 15 of /proc/pid/stat, after the command name). */
    private static double cpuSeconds(Path process) {
        String stat = read(process.resolve("stat"));
        if (stat.isEmpty()) {
            return 0;
        }
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    /** CPU seconds of a JVM's JIT compiler threads ("C1 CompilerThre…", "C2 CompilerThre…"). */
    private static double compilerSeconds(Path process) {
        try (Stream<Path> threads = Files.list(process.resolve("task"))) {
            return threads.filter(t -> read(t.resolve("comm")).contains("CompilerThre")).mapToDouble(CpuMeter::cpuSeconds).sum();
        } catch (IOException gone) {
            return 0;
        }
    }

    private static double idleSeconds() {
        String[] cpu = read(Path.of("/proc/stat")).lines().findFirst().orElseThrow().trim().split("\\s+");
        return (Long.parseLong(cpu[4]) + Long.parseLong(cpu[5])) / TICKS_PER_SECOND;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException gone) {
            return "";
        }
    }
}
