package vn.gov.quangngai.baocao.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Which source a generated page measured, and when: the commit (git rev-parse HEAD), whether the
 * work tree had changes not committed (git status --porcelain), and the date and time. Read once,
 * when a run starts, so that the page it writes does not count itself as a change.
 */
record SourceVersion(String commit, boolean dirty, OffsetDateTime at) {

    static SourceVersion now() {
        String commit = git(List.of("git", "rev-parse", "HEAD"));
        String status = git(List.of("git", "status", "--porcelain"));
        return new SourceVersion(commit == null ? "unknown" : commit.strip(), status == null || !status.isBlank(),
                OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES));
    }

    /** E.g. "commit 1a2b3c… (with changes not committed) on 2026-12-07T05:41Z". */
    String describe() {
        return "commit `" + commit + "`" + (dirty ? " (with changes not committed)" : " (a clean work tree)") + " on " + at;
    }

    private static String git(List<String> command) {
        try {
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = git.getInputStream().readAllBytes();
            if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) {
                return null;
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
