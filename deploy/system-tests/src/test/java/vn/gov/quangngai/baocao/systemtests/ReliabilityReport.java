package vn.gov.quangngai.baocao.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects what one run of the reliability harness did and found, and writes docs/reliability.md. */
final class ReliabilityReport {

    /** One line of the overview: a scenario and its counts. */
    record Line(String scenario, String faults, int acknowledged, int found, int lost, int duplicates, String aggregation, String verdict) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder sections = new StringBuilder();
    private final List<String> failures = new ArrayList<>();
    private String setup = "";
    /** The source this run measures, read as it starts. */
    private final SourceVersion source = SourceVersion.now();

    void setup(String text) {
        setup = text;
    }

    void line(Line line) {
        lines.add(line);
    }

    /** A scenario's own section: what was done, then its table of counts. */
    void section(String title, String text, Map<String, String> counts) {
        sections.append("## ").append(title).append("\n\n").append(text.strip()).append("\n\n");
        if (!counts.isEmpty()) {
            sections.append("| what | count |\n| --- | --- |\n");
            counts.forEach((what, count) -> sections.append("| ").append(what).append(" | ").append(count).append(" |\n"));
            sections.append('\n');
        }
    }

    /** Something the run expected and did not see; listed in the page and failing the run. */
    void failure(String failure) {
        failures.add(failure);
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    static String lostAndDuplicates(AcknowledgementCheck.Outcome outcome) {
        List<String> notes = new ArrayList<>();
        outcome.lost().stream().limit(5).forEach(lost -> notes.add("lost: " + lost));
        outcome.duplicates().stream().limit(5).forEach(duplicate -> notes.add("duplicate: " + duplicate));
        outcome.replayMismatches().stream().limit(5).forEach(mismatch -> notes.add("replay: " + mismatch));
        outcome.contentMismatches().stream().limit(5).forEach(mismatch -> notes.add("stored content: " + mismatch));
        if (outcome.contentsCompared() != outcome.found()) {
            notes.add(outcome.contentsCompared() + " of " + outcome.found() + " found versions compared with what was sent");
        }
        if (outcome.replayed() != outcome.acknowledged() && outcome.replayMismatches().isEmpty()) {
            notes.add(outcome.replayed() + " of " + outcome.acknowledged() + " replayed");
        }
        return String.join("; ", notes);
    }

    /** What sets the hand-written findings apart from the run's figures above them. */
    static final String HAND_WRITTEN = """
            ---

            # Written by hand: findings and changes

            Not made by the run above: `deploy/reliability/findings.md`, kept by hand and copied in as it is. Its figures come
            from the runs it names, not necessarily from this one.

            """;

    void write(Path docs, Path findings, String command) {
        StringBuilder page = new StringBuilder();
        page.append("# Reliability\n\n");
        page.append("Made by `").append(command).append("` from ").append(source.describe()).append(", finished ")
                .append(OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES))
                .append("; every figure down to the hand-written part at the end comes from that one run. The machine: ").append(Machine.describe()).append(".\n\n");
        page.append(setup.strip()).append("\n\n");
        page.append("## Overview\n\n");
        page.append("| scenario | faults made | submissions acknowledged (200) | found afterwards | lost | duplicates | aggregation-service equal to report-service | result |\n");
        page.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        int acknowledged = 0;
        int found = 0;
        int lost = 0;
        int duplicates = 0;
        for (Line line : lines) {
            page.append("| ").append(line.scenario()).append(" | ").append(line.faults()).append(" | ").append(line.acknowledged()).append(" | ")
                    .append(line.found()).append(" | ").append(line.lost()).append(" | ").append(line.duplicates()).append(" | ")
                    .append(line.aggregation()).append(" | ").append(line.verdict()).append(" |\n");
            acknowledged += line.acknowledged();
            found += line.found();
            lost += line.lost();
            duplicates += line.duplicates();
        }
        page.append("| **all** | | **").append(acknowledged).append("** | **").append(found).append("** | **").append(lost).append("** | **")
                .append(duplicates).append("** | | ").append(failures.isEmpty() ? "**passed**" : "**failed**").append(" |\n\n");
        if (!failures.isEmpty()) {
            page.append("What the run expected and did not see:\n\n");
            failures.forEach(failure -> page.append("- ").append(failure).append('\n'));
            page.append('\n');
        }
        page.append(sections);
        page.append(HAND_WRITTEN);
        page.append("<!-- findings: deploy/reliability/findings.md -->\n");
        try {
            page.append(Files.readString(findings, StandardCharsets.UTF_8).strip()).append('\n');
        } catch (IOException e) {
            page.append("(deploy/reliability/findings.md could not be read)\n");
        }
        page.append("<!-- end of findings -->\n");
        try {
            Files.createDirectories(docs);
            Files.writeString(docs.resolve("reliability.md"), page.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
