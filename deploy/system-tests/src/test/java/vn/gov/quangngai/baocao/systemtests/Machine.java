package vn.gov.quangngai.baocao.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-line description of the machine a benchmark ran on. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name");
        String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory + " of memory, Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")";
    }

    private static String firstValue(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
