package vn.gov.quangngai.baocao.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Whether aggregation-service holds exactly what report-service holds, compared row by row from
 * both databases once the follower has read the whole feed: each agency's standing, every
 * submitted version, every figure value; and whether each round's summary totals are the sums of
 * the submitted versions' figures, asked of every aggregation instance.
 */
final class Convergence {

    /** What the comparison found; every list holds the rows on one side only, or the totals that differ. */
    record Outcome(Duration waited, int standings, int versions, int figures, int totalsCompared, List<String> differences) {
        boolean equal() {
            return differences.isEmpty();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Convergence() {
    }

    /** Waits (up to {@code limit}) for the follower to reach the feed's end, then compares. */
    static Outcome check(ControlledPostgres reportDatabase, ControlledPostgres aggregationDatabase, List<String> aggregationInstances,
                         String reviewerToken, Duration limit) throws SQLException, InterruptedException {
        Instant start = Instant.now();
        long head = single(reportDatabase, "report", "SELECT coalesce(max(seq), 0) FROM change_feed");
        try {
            Awaitility.await("the follower reaching seq " + head).atMost(limit).pollInterval(Duration.ofMillis(250))
                    .until(() -> single(aggregationDatabase, "aggregation", "SELECT last_seq FROM feed_cursor WHERE id = 1") >= head);
        } catch (ConditionTimeoutException late) {
            return new Outcome(Duration.between(start, Instant.now()), 0, 0, 0, 0,
                    List.of("the follower did not reach seq " + head + " within " + limit.toSeconds() + " s"));
        }
        Duration waited = Duration.between(start, Instant.now());
        List<String> differences = new ArrayList<>();
        Set<String> sourceStanding = rows(reportDatabase, "report", """
                SELECT ro.code || '/' || r.agency_code || ' ' || r.status || ' v' || r.current_version FROM report r JOIN round ro ON ro.id = r.round_id
                WHERE r.current_version > 0 AND ro.code LIKE 'RL-%'""");
        Set<String> copyStanding = rows(aggregationDatabase, "aggregation", """
                SELECT round_code || '/' || agency_code || ' ' || status || ' v' || current_version FROM round_agency
                WHERE current_version > 0 AND round_code LIKE 'RL-%'""");
        compare("standing", sourceStanding, copyStanding, differences);

        Map<String, JsonNode> contents = new HashMap<>();
        try (Connection connection = reportDatabase.connect("report"); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("""
                     SELECT ro.code || '/' || r.agency_code || ' v' || v.version, v.content FROM report_version v JOIN report r ON r.id = v.report_id
                     JOIN round ro ON ro.id = r.round_id WHERE ro.code LIKE 'RL-%'""")) {
            while (row.next()) {
                contents.put(row.getString(1), read(row.getString(2)));
            }
        }
        Set<String> copyVersions = rows(aggregationDatabase, "aggregation",
                "SELECT round_code || '/' || agency_code || ' v' || version FROM report_version WHERE round_code LIKE 'RL-%'");
        compare("submitted version", new TreeSet<>(contents.keySet()), copyVersions, differences);

        Set<String> sourceFigures = new HashSet<>();
        contents.forEach((version, content) -> content.path("indicators").forEach(figure -> {
            JsonNode value = figure.path("value");
            if (!value.isNull() && !value.isMissingNode()) {
                sourceFigures.add(version + " " + figure.path("code").asText() + "=" + normalise(value));
            }
        }));
        Set<String> copyFigures = new TreeSet<>();
        try (Connection connection = aggregationDatabase.connect("aggregation"); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("""
                     SELECT round_code || '/' || agency_code || ' v' || version || ' ' || code, number_value, bool_value, text_value
                     FROM figure_value WHERE round_code LIKE 'RL-%'""")) {
            while (row.next()) {
                BigDecimal number = row.getBigDecimal(2);
                String value = number != null ? number.stripTrailingZeros().toPlainString()
                        : row.getObject(3) != null ? String.valueOf(row.getBoolean(3)) : row.getString(4);
                copyFigures.add(row.getString(1) + "=" + value);
            }
        }
        compare("figure value", sourceFigures, copyFigures, differences);

        int totals = compareTotals(reportDatabase, contents, aggregationInstances, reviewerToken, differences);
        return new Outcome(waited, sourceStanding.size(), contents.size(), sourceFigures.size(), totals, differences);
    }

    /** Each SUM figure's total in every instance's summary of every round, against the sum over the agencies' current versions. */
    private static int compareTotals(ControlledPostgres reportDatabase, Map<String, JsonNode> contents, List<String> instances, String token,
                                     List<String> differences) throws SQLException, InterruptedException {
        Map<String, Map<String, BigDecimal>> expected = new HashMap<>();
        for (String current : rows(reportDatabase, "report", """
                SELECT ro.code || '/' || r.agency_code || ' v' || r.current_version FROM report r JOIN round ro ON ro.id = r.round_id
                WHERE r.status IN ('SUBMITTED', 'ACCEPTED') AND ro.code LIKE 'RL-%'""")) {
            String round = current.substring(0, current.indexOf('/'));
            contents.get(current).path("indicators").forEach(figure -> {
                if (figure.path("value").isNumber()) {
                    expected.computeIfAbsent(round, r -> new HashMap<>()).merge(figure.path("code").asText(), figure.path("value").decimalValue(), BigDecimal::add);
                }
            });
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int compared = 0;
        for (Map.Entry<String, Map<String, BigDecimal>> round : expected.entrySet()) {
            for (String instance : instances) {
                JsonNode summary;
                String where = "summary of " + round.getKey() + " from " + instance;
                try {
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(instance + "/api/v1/rounds/" + round.getKey() + "/summary"))
                            .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                    // a problem (or any answer but the summary) has no totals: comparing it would compare nothing and pass
                    if (answer.statusCode() != 200 || !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
                        differences.add(where + ": " + answer.statusCode() + " " + (answer.body().length() > 300 ? answer.body().substring(0, 300) : answer.body()));
                        continue;
                    }
                    summary = read(answer.body());
                } catch (IOException | IllegalStateException e) {
                    differences.add(where + ": " + e);
                    continue;
                }
                int before = compared;
                for (JsonNode indicator : summary.path("indicators")) {
                    BigDecimal sum = round.getValue().get(indicator.path("code").asText());
                    if (sum != null && "SUM".equals(indicator.path("aggregation").asText("SUM")) && indicator.has("total")) {
                        compared++;
                        if (indicator.path("total").decimalValue().compareTo(sum) != 0) {
                            differences.add("total of " + indicator.path("code").asText() + " in " + round.getKey() + " from " + instance + ": "
                                    + indicator.path("total") + ", the versions add up to " + sum);
                        }
                    }
                }
                if (compared == before) {
                    differences.add(where + ": no SUM total to compare, though its submitted versions have figures " + round.getValue().keySet());
                }
            }
        }
        return compared;
    }

    private static void compare(String what, Set<String> source, Set<String> copy, List<String> differences) {
        for (String row : source) {
            if (!copy.contains(row)) {
                differences.add(what + " in report-service only: " + row);
            }
        }
        for (String row : copy) {
            if (!source.contains(row)) {
                differences.add(what + " in aggregation-service only: " + row);
            }
        }
    }

    private static String normalise(JsonNode value) {
        return value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString() : value.asText();
    }

    static long single(ControlledPostgres database, String name, String sql) throws SQLException {
        try (Connection connection = database.connect(name); Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Set<String> rows(ControlledPostgres database, String name, String sql) throws SQLException {
        Set<String> rows = new TreeSet<>();
        try (Connection connection = database.connect(name); Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                rows.add(row.getString(1));
            }
        }
        return rows;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + (json.length() > 200 ? json.substring(0, 200) : json), e);
        }
    }
}
