package vn.gov.quangngai.baocao.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether every acknowledged submission is there afterwards: a frozen version of that number in
 * report-service's database, exactly one, with exactly one SUBMITTED row in the change feed,
 * holding the sections and figures the client sent; and whether the client's retry with the same
 * Idempotency-Key gets that same version back.
 */
final class AcknowledgementCheck {

    /** What the check found; {@code lost} and {@code duplicates} name the reports at fault. */
    record Outcome(int acknowledged, int found, List<String> lost, List<String> duplicates, int replayed, List<String> replayMismatches,
                   int contentsCompared, List<String> contentMismatches) {
        boolean clean() {
            return lost.isEmpty() && duplicates.isEmpty() && replayMismatches.isEmpty() && contentMismatches.isEmpty() && found == acknowledged
                    && replayed == acknowledged && contentsCompared == found;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private AcknowledgementCheck() {
    }

    /**
     * @param replayVia where to send the retries (another instance than the one that acknowledged, where there are two)
     * @param token the submitter's token of an agency
     */
    static Outcome check(ControlledPostgres reportDatabase, List<SubmissionLoad.Ack> acks, String replayVia, java.util.function.Function<String, String> token)
            throws SQLException, InterruptedException {
        Map<String, List<Integer>> versions = new HashMap<>();
        Map<String, String> contents = new HashMap<>();
        Map<String, Integer> feedRows = new HashMap<>();
        try (Connection connection = reportDatabase.connect("report");
             PreparedStatement version = connection.prepareStatement("""
                     SELECT ro.code, r.agency_code, v.version, v.content FROM report_version v JOIN report r ON r.id = v.report_id
                     JOIN round ro ON ro.id = r.round_id WHERE ro.code LIKE 'RL-%'""");
             PreparedStatement feed = connection.prepareStatement("""
                     SELECT round_code, agency_code, version, count(*) FROM change_feed
                     WHERE status = 'SUBMITTED' AND round_code LIKE 'RL-%' GROUP BY round_code, agency_code, version""")) {
            try (ResultSet rows = version.executeQuery()) {
                while (rows.next()) {
                    versions.computeIfAbsent(rows.getString(1) + "/" + rows.getString(2), k -> new ArrayList<>()).add(rows.getInt(3));
                    contents.put(rows.getString(1) + "/" + rows.getString(2) + " v" + rows.getInt(3), rows.getString(4));
                }
            }
            try (ResultSet rows = feed.executeQuery()) {
                while (rows.next()) {
                    feedRows.put(rows.getString(1) + "/" + rows.getString(2) + "/" + rows.getInt(3), rows.getInt(4));
                }
            }
        }
        List<String> lost = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        List<String> contentMismatches = new ArrayList<>();
        int found = 0;
        int contentsCompared = 0;
        for (SubmissionLoad.Ack ack : acks) {
            String report = ack.round() + "/" + ack.agency();
            List<Integer> stored = versions.getOrDefault(report, List.of());
            int feedCount = feedRows.getOrDefault(report + "/" + ack.version(), 0);
            if (stored.contains(ack.version()) && feedCount >= 1) {
                found++;
                contentsCompared++;
                String difference = difference(ack.body(), contents.get(report + " v" + ack.version()));
                if (difference != null) {
                    contentMismatches.add(report + " v" + ack.version() + ": " + difference);
                }
            } else {
                lost.add(report + " v" + ack.version() + " (versions stored " + stored + ", feed rows " + feedCount + ")");
            }
            if (stored.size() > 1 || feedCount > 1) {
                duplicates.add(report + ": versions " + stored + ", SUBMITTED feed rows for v" + ack.version() + ": " + feedCount);
            }
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> mismatches = new ArrayList<>();
        int replayed = 0;
        for (SubmissionLoad.Ack ack : acks) {
            HttpRequest retry = HttpRequest.newBuilder(URI.create(replayVia + "/api/v1/rounds/" + ack.round() + "/reports/" + ack.agency() + "/submit"))
                    .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token.apply(ack.agency()))
                    .header("Idempotency-Key", ack.key()).POST(HttpRequest.BodyPublishers.noBody()).build();
            try {
                HttpResponse<String> answer = http.send(retry, HttpResponse.BodyHandlers.ofString());
                boolean same = answer.statusCode() == 200 && answer.headers().firstValue("Idempotent-Replayed").orElse("").equals("true")
                        && answer.body().matches("(?s).*\"version\"\\s*:\\s*" + ack.version() + "\\b.*");
                if (same) {
                    replayed++;
                } else {
                    mismatches.add(ack.round() + "/" + ack.agency() + ": " + answer.statusCode() + " " + answer.body());
                }
            } catch (java.io.IOException e) {
                mismatches.add(ack.round() + "/" + ack.agency() + ": " + e);
            }
        }
        return new Outcome(acks.size(), found, lost, duplicates, replayed, mismatches, contentsCompared, contentMismatches);
    }

    /**
     * How the stored version differs from the draft the client sent, or null when it holds the
     * same sections (key and text, in order) and the same figures (code and value, numbers
     * compared as numbers); what the service adds around them (an empty document, nilReport) is
     * not compared.
     */
    static String difference(String sent, String stored) {
        if (stored == null) {
            return "no content stored";
        }
        try {
            JsonNode from = JSON.readTree(sent);
            JsonNode kept = JSON.readTree(stored);
            List<String> sentSections = sections(from);
            List<String> storedSections = sections(kept);
            if (!sentSections.equals(storedSections)) {
                return "sections sent " + sentSections + ", stored " + storedSections;
            }
            Map<String, String> sentFigures = figures(from);
            Map<String, String> storedFigures = figures(kept);
            return sentFigures.equals(storedFigures) ? null : "figures sent " + sentFigures + ", stored " + storedFigures;
        } catch (java.io.IOException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    private static List<String> sections(JsonNode content) {
        List<String> sections = new ArrayList<>();
        content.path("sections").forEach(section -> sections.add(section.path("key").asText() + ": " + section.path("text").asText()));
        return sections;
    }

    private static Map<String, String> figures(JsonNode content) {
        Map<String, String> figures = new java.util.TreeMap<>();
        content.path("indicators").forEach(figure -> {
            JsonNode value = figure.path("value");
            if (!value.isNull() && !value.isMissingNode()) {
                figures.put(figure.path("code").asText(), value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString() : value.asText());
            }
        });
        return figures;
    }
}
