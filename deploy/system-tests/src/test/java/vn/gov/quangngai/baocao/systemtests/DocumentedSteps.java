package vn.gov.quangngai.baocao.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code bash} blocks of a Markdown guide, run one after the other as a reader pastes them into
 * one terminal: in one working directory, each block seeing the variables the blocks before it set.
 * A test runs a block, checks what it printed and what it did, then runs the next.
 */
final class DocumentedSteps implements AutoCloseable {

    private static final Pattern BLOCK = Pattern.compile("(?ms)^```bash\\n(.*?)^```$");
    private static final Pattern ASSIGNMENT = Pattern.compile("(?m)^\\s*(?:export\\s+)?([A-Z][A-Z0-9_]*)=");
    private static final String STATE = ".guide-variables";

    private final List<String> blocks;
    private final Set<String> variables = new LinkedHashSet<>();
    private final Map<String, String> environment;
    private final Path directory;
    private int next;

    private DocumentedSteps(List<String> blocks, Map<String, String> environment, Path directory) {
        this.blocks = blocks;
        this.environment = environment;
        this.directory = directory;
        blocks.forEach(block -> {
            Matcher assigned = ASSIGNMENT.matcher(block);
            while (assigned.find()) {
                variables.add(assigned.group(1));
            }
        });
    }

    /** The bash blocks of {@code guide} before the line {@code end} (the part they are written in). */
    static DocumentedSteps of(Path guide, String end, Map<String, String> environment) {
        try {
            String text = Files.readString(guide, StandardCharsets.UTF_8);
            int stop = text.indexOf("\n" + end + "\n");
            String part = stop < 0 ? text : text.substring(0, stop);
            List<String> blocks = new ArrayList<>();
            Matcher block = BLOCK.matcher(part);
            while (block.find()) {
                blocks.add(block.group(1));
            }
            return new DocumentedSteps(blocks, environment, Files.createTempDirectory("guide"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int count() {
        return blocks.size();
    }

    /** Runs the next block; the lines it printed. Fails, with what it wrote to stderr, when it exits non-zero. */
    List<String> runNext() {
        if (next >= blocks.size()) {
            throw new IllegalStateException("the guide has only " + blocks.size() + " steps");
        }
        int step = next++;
        String script = "set -euo pipefail\n"
                + "if [ -f " + STATE + " ]; then source " + STATE + "; fi\n"
                + blocks.get(step) + "\n"
                + "declare -p " + String.join(" ", variables) + " > " + STATE + " 2>/dev/null || true\n";
        Result result = bash(script);
        if (result.exitCode() != 0) {
            throw new AssertionError("step " + step + " of the guide failed (exit " + result.exitCode() + "):\n" + blocks.get(step)
                    + "\nstdout:\n" + result.stdout() + "\nstderr:\n" + result.stderr());
        }
        return result.stdout().lines().toList();
    }

    /** The value a step left in a variable. */
    String variable(String name) {
        return bash("if [ -f " + STATE + " ]; then source " + STATE + "; fi\nprintf %s \"${" + name + ":-}\"").stdout();
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }

    private Result bash(String script) {
        try {
            Path out = Files.createTempFile(directory, "out", ".txt");
            Path err = Files.createTempFile(directory, "err", ".txt");
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).directory(directory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("a step of the guide ran longer than 2 minutes:\n" + script);
            }
            Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
