package vn.gov.quangngai.baocao.aggregation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;
import vn.gov.quangngai.baocao.support.testing.RecordedExamples;
import vn.gov.quangngai.baocao.support.testing.TestTokens;

/** Every read of the OpenAPI document shows a real answer: recorded here from a round taken in as the feed would leave it. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class OpenApiExamplesResourceTest {

    private static final TestTokens TOKENS = TestTokens.forService("aggregation-service");
    private static final String BOB = TOKENS.person("bob", "SNV", "Sở Nội vụ", "reviewer");
    private static final String ROUND = "DVCQ-2021-VD";
    private static final String TEMPLATE = """
            {"sections": [
              {"key": "II.3", "title": "Công tác tiếp công dân, giải quyết đơn thư, khiếu nại, tố cáo", "indicators": [
                {"code": "II.3.receptions_periodic", "label": "Số lượt tiếp công dân định kỳ", "unit": "lượt", "type": "INTEGER", "aggregation": "SUM"},
                {"code": "II.3.receptions_adhoc", "label": "Số lượt tiếp công dân đột xuất", "unit": "lượt", "type": "INTEGER", "aggregation": "SUM"}]},
              {"key": "II.6", "title": "Xây dựng mô hình \\"Dân vận khéo\\"", "indicators": [
                {"code": "II.6.models", "label": "Số mô hình \\"Dân vận khéo\\" đăng ký", "unit": "mô hình", "type": "INTEGER", "aggregation": "SUM"},
                {"code": "II.6.has_model", "label": "Cơ quan có mô hình \\"Dân vận khéo\\"", "unit": "cơ quan", "type": "BOOLEAN", "aggregation": "COUNT"}]}]}""";

    @Inject
    DataSource database;

    @Test
    void everyReadHasARecordedExampleShapedAsItsAnswer() throws SQLException {
        Map<String, String> answers = answers();
        if (RecordedExamples.updating()) {
            RecordedExamples.record(answers);
        }
        // the other modules' client tests stub this service with these examples: they must stay what it sends
        assertThat(RecordedExamples.shapeDifferences(answers)).as("answers no longer shaped as their examples: record them anew").isEmpty();
        assertThat(RecordedExamples.readsWithoutExample()).as("reads without an example: record them with -Dopenapi.examples.update=true").isEmpty();
    }

    private Map<String, String> answers() throws SQLException {
        takeInRound();
        String summary = "/api/v1/rounds/" + ROUND;
        String snapshot = given().auth().oauth2(BOB).post(summary + "/snapshots").then().statusCode(201).extract().path("id");
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("getSummary", read(summary + "/summary"));
        answers.put("getCompleteness", read(summary + "/completeness"));
        answers.put("listSnapshots", read(summary + "/snapshots"));
        answers.put("getSnapshot", read(summary + "/snapshots/" + snapshot));
        answers.put("getTrend", read("/api/v1/figures/II.3.receptions_periodic/trend?from=2021&to=2021"));
        answers.put("getCaller", read("/api/v1/me"));
        return answers;
    }

    private static String read(String path) {
        return given().auth().oauth2(BOB).when().get(path).then().statusCode(200).extract().asString();
    }

    /** Ban Dân tộc submitted twice (returned in between), Sở Tài chính accepted, UBND huyện Minh Long missing. */
    private void takeInRound() throws SQLException {
        try (Connection connection = database.getConnection()) {
            execute(connection, "DELETE FROM snapshot WHERE round_code = ?", ROUND);
            execute(connection, "DELETE FROM figure_value WHERE round_code = ?", ROUND);
            execute(connection, "DELETE FROM report_version WHERE round_code = ?", ROUND);
            execute(connection, "DELETE FROM round_agency WHERE round_code = ?", ROUND);
            execute(connection, "DELETE FROM round WHERE code = ?", ROUND);
            execute(connection, """
                    INSERT INTO round (code, title, request_number, request_date, request_issuer, period_kind, period_year, deadline, status, template, updated_at)
                    VALUES (?, 'Báo cáo kết quả công tác dân vận chính quyền năm 2021', '2454/SNV-XDCQ', DATE '2021-10-29', 'Sở Nội vụ tỉnh Quảng Ngãi',
                            'YEAR', 2021, TIMESTAMPTZ '2021-11-15 23:59:59+07', 'OPEN', ?::jsonb, now())""", ROUND, TEMPLATE);
            agency(connection, "BDT", "Ban Dân tộc", 1, "SUBMITTED", 2, false);
            agency(connection, "STC", "Sở Tài chính", 2, "ACCEPTED", 1, true);
            agency(connection, "MINHLONG", "UBND huyện Minh Long", 3, "NOT_STARTED", 0, false);
            version(connection, "BDT", 2, "Ban Dân tộc tiếp 04 lượt công dân định kỳ; không phát sinh tiếp công dân đột xuất.",
                    "Ban Dân tộc đăng ký 01 mô hình “Dân vận khéo” với UBND tỉnh.", Map.of("II.3.receptions_periodic", 4, "II.3.receptions_adhoc", 0, "II.6.models", 1));
            version(connection, "STC", 1, "Sở Tài chính tổ chức 12 lượt tiếp công dân định kỳ và 03 lượt đột xuất.",
                    "Sở Tài chính chưa đăng ký mô hình.", Map.of("II.3.receptions_periodic", 12, "II.3.receptions_adhoc", 3, "II.6.models", 0));
            execute(connection, "INSERT INTO figure_value (round_code, agency_code, version, code, bool_value) VALUES (?, 'BDT', 2, 'II.6.has_model', true)", ROUND);
            execute(connection, "INSERT INTO figure_value (round_code, agency_code, version, code, bool_value) VALUES (?, 'STC', 1, 'II.6.has_model', false)", ROUND);
        }
    }

    private static void agency(Connection connection, String code, String name, int position, String status, int version, boolean late) throws SQLException {
        execute(connection, """
                INSERT INTO round_agency (round_code, agency_code, agency_name, position, status, current_version, first_submitted_at, late)
                VALUES (?, ?, ?, ?, ?, ?, CASE WHEN ? > 0 THEN TIMESTAMPTZ '2021-11-12 09:30:00+07' END, ?)""",
                ROUND, code, name, position, status, version, version, late);
    }

    private static void version(Connection connection, String agency, int version, String receptions, String models, Map<String, Integer> indicators)
            throws SQLException {
        String content = """
                {"sections": [{"key": "II.3", "text": "%s"}, {"key": "II.6", "text": "%s"}]}""".formatted(receptions, models);
        execute(connection, """
                INSERT INTO report_version (round_code, agency_code, version, submitted_at, late, nil_report, content)
                VALUES (?, ?, ?, TIMESTAMPTZ '2021-11-12 09:30:00+07', false, false, ?::jsonb)""", ROUND, agency, version, content);
        for (Map.Entry<String, Integer> indicator : indicators.entrySet()) {
            execute(connection, "INSERT INTO figure_value (round_code, agency_code, version, code, number_value) VALUES (?, ?, ?, ?, ?)",
                    ROUND, agency, version, indicator.getKey(), indicator.getValue());
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
