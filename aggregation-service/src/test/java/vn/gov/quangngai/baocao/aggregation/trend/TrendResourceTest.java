package vn.gov.quangngai.baocao.aggregation.trend;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.aggregation.client.AgencyLineage;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;
import vn.gov.quangngai.baocao.support.testing.TestTokens;

/** A figure across rounds of different years, for the province and for an agency through the agencies it took over from. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class TrendResourceTest {

    private static final TestTokens TOKENS = TestTokens.forService("aggregation-service");
    private static final String VERA = TOKENS.person("vera", "SNV", "Sở Nội vụ", "viewer");
    private static final String ALICE = TOKENS.person("alice", "BDT", "Ban Dân tộc", "submitter");
    private static final String INDICATOR = "II.3.receptions_periodic";
    private static final String TEMPLATE = """
            {"sections": [{"key": "II.3", "title": "Tiếp công dân", "indicators": [
              {"code": "II.3.receptions_periodic", "label": "Tiếp định kỳ", "unit": "lượt", "type": "INTEGER", "aggregation": "SUM"}]}]}""";

    @Inject
    DataSource database;

    @BeforeEach
    void registryWhereStcTookOverSkhdt() {
        AgencyLineage lineage = new AgencyLineage(null) {
            @Override
            public Optional<List<String>> of(String code) {
                return Optional.ofNullable(Map.of("STC", List.of("STC", "SKHDT"), "SNV", List.of("SNV", "SLDTBXH"), "SKHDT", List.of("SKHDT")).get(code));
            }
        };
        QuarkusMock.installMockForType(lineage, AgencyLineage.class);
    }

    @Test
    void anAgencysTrendAddsItsPredecessorsValuesAndSaysWhose() throws SQLException {
        String prefix = "TR" + System.nanoTime() % 100000;
        round(prefix + "-2021", 2021, Map.of("STC", 3, "SKHDT", 4, "BDT", 10), "SUBMITTED");
        round(prefix + "-2024", 2024, Map.of("STC", 5, "SKHDT", 1), "ACCEPTED");
        round(prefix + "-2026", 2026, Map.of("STC", 9), "SUBMITTED");
        round(prefix + "-2026R", 2026, Map.of("STC", 100), "RETURNED");

        given().auth().oauth2(VERA).queryParam("agency", "STC").queryParam("from", 2021).queryParam("to", 2026)
                .when().get("/api/v1/figures/" + INDICATOR + "/trend")
                .then().statusCode(200)
                .body("figure", equalTo(INDICATOR)) // the published name, whatever the Java one
                .body("agency", equalTo("STC")).body("lineage", contains("STC", "SKHDT"))
                .body("points.findAll { it.round.startsWith('" + prefix + "') }.round", contains(prefix + "-2021", prefix + "-2024", prefix + "-2026", prefix + "-2026R"))
                .body("points.find { it.round == '" + prefix + "-2021' }.value", equalTo(7))
                .body("points.find { it.round == '" + prefix + "-2021' }.from", containsInAnyOrder("STC", "SKHDT"))
                .body("points.find { it.round == '" + prefix + "-2024' }.value", equalTo(6))
                .body("points.find { it.round == '" + prefix + "-2026' }.value", equalTo(9))
                .body("points.find { it.round == '" + prefix + "-2026' }.from", contains("STC"))
                .body("points.find { it.round == '" + prefix + "-2026R' }.value", nullValue())
                .body("points.find { it.round == '" + prefix + "-2021' }.period.year", equalTo(2021));

        given().auth().oauth2(VERA).queryParam("from", 2021).queryParam("to", 2021).when().get("/api/v1/figures/" + INDICATOR + "/trend")
                .then().statusCode(200).body("agency", nullValue())
                .body("points.find { it.round == '" + prefix + "-2021' }.value", equalTo(17));
    }

    @Test
    void anUnknownAgencyOrABadYearIsSaidSo() {
        given().auth().oauth2(VERA).queryParam("agency", "NOPE").when().get("/api/v1/figures/" + INDICATOR + "/trend")
                .then().statusCode(404).body("code", equalTo("AGENCY_NOT_FOUND"));
        given().auth().oauth2(VERA).queryParam("from", 1990).queryParam("agency", "bad code").when().get("/api/v1/figures/" + INDICATOR + "/trend")
                .then().statusCode(422).body("errors.pointer", containsInAnyOrder("/from", "/agency"));
        given().auth().oauth2(VERA).queryParam("from", 2026).queryParam("to", 2021).when().get("/api/v1/figures/" + INDICATOR + "/trend")
                .then().statusCode(422).body("errors[0].pointer", equalTo("/to")).body("errors[0].message", equalTo("phải từ năm 2026 trở đi (không trước from)"));
        given().auth().oauth2(ALICE).when().get("/api/v1/figures/" + INDICATOR + "/trend").then().statusCode(403);
    }

    /** A round of {@code year} whose agencies gave these values in version 1, now in {@code status}. */
    private void round(String code, int year, Map<String, Integer> values, String status) throws SQLException {
        try (Connection connection = database.getConnection()) {
            execute(connection, """
                    INSERT INTO round (code, title, request_number, request_date, request_issuer, period_kind, period_year, deadline, status, template, updated_at)
                    VALUES (?, 'Báo cáo', '1/SNV', DATE '2021-10-29', 'Sở Nội vụ', 'YEAR', ?, now(), 'OPEN', ?::jsonb, now())""", code, year, TEMPLATE);
            int position = 0;
            for (Map.Entry<String, Integer> value : values.entrySet()) {
                execute(connection, """
                        INSERT INTO round_agency (round_code, agency_code, agency_name, position, status, current_version)
                        VALUES (?, ?, ?, ?, ?, 1)""", code, value.getKey(), value.getKey(), ++position, status);
                execute(connection, """
                        INSERT INTO report_version (round_code, agency_code, version, submitted_at, late, nil_report, content)
                        VALUES (?, ?, 1, now(), false, false, '{}'::jsonb)""", code, value.getKey());
                execute(connection, """
                        INSERT INTO figure_value (round_code, agency_code, version, code, number_value) VALUES (?, ?, 1, ?, ?)""",
                        code, value.getKey(), INDICATOR, value.getValue());
            }
        }
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
