package vn.gov.quangngai.baocao.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Renders a kustomization with the renderer an operator uses, kubectl kustomize, run as a process. */
final class Kustomize {

    static final String MISSING =
            "kubectl is needed to render deploy/k8s: install kubectl 1.32 (it carries kustomize 5.5); .ci/run installs it";

    private Kustomize() {
    }

    /** The manifests of {@code directory} as kubectl kustomize prints them. */
    static String render(Path directory) {
        return run(List.of(kubectl(), "kustomize", directory.toString()));
    }

    /** kubectl's client version, e.g. {@code v1.32.4}. */
    static String clientVersion() {
        return run(List.of(kubectl(), "version", "--client", "-o", "yaml"));
    }

    private static String kubectl() {
        return System.getProperty("kubectl", "kubectl");
    }

    private static String run(List<String> command) {
        Path errors = null;
        try {
            errors = Files.createTempFile("kubectl", ".err");
            Process process;
            try {
                process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            } catch (IOException e) {
                throw new AssertionError(MISSING + " (" + e.getMessage() + ")", e);
            }
            // read stdout before waiting: a large rendering would otherwise fill the pipe and block
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within 2 minutes");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed (exit " + process.exitValue() + "):\n"
                        + Files.readString(errors));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command, e);
        } finally {
            if (errors != null) {
                errors.toFile().delete();
            }
        }
    }
}
