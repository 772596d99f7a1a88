package vn.gov.quangngai.baocao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The registry over time on the whole suite: a 2021 round and a 2026 round either side of the 2025
 * reorganisation, each keeping the names its agencies had in its period in every view (round,
 * summary, CSV, Word) through a rename made after both; the trend of Sở Tài chính counting Sở Kế
 * hoạch và Đầu tư's 2021 value; Sở Dân tộc và Tôn giáo reading Ban Dân tộc's 2021 report.
 */
class RegistryHistoryIT {

    private static final String RECEPTIONS = "II.3.receptions_periodic";

    private static Suite suite;
    private static String bob;
    private static String admin;

    @BeforeAll
    static void startSuite() {
        suite = Suite.get();
        bob = suite.tokens.forDemoUser("bob");
        admin = suite.tokens.forDemoUser("admin");
    }

    private static RequestSpecification reports(String token) {
        return given().baseUri(suite.reportService.baseUrl()).auth().oauth2(token).contentType("application/json");
    }

    private static RequestSpecification summaries(String token) {
        return given().baseUri(suite.aggregationService.baseUrl()).auth().oauth2(token);
    }

    private static String roundBody(String code, int year, List<String> agencies) {
        return """
                {"code": "%s", "title": "Báo cáo kết quả công tác dân vận chính quyền năm %d",
                 "request": {"number": "2454/SNV-XDCQ", "date": "%d-10-29", "issuer": "Sở Nội vụ tỉnh Quảng Ngãi"},
                 "period": {"kind": "YEAR", "year": %d}, "deadline": "%d-11-15", "agencies": [%s], "templateCode": "DVCQ-NAM"}"""
                .formatted(code, year, year, year, year, String.join(",", agencies.stream().map(a -> "\"" + a + "\"").toList()));
    }

    private static String openRound(int year, String... agencies) {
        String code = "H" + year + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        reports(bob).body(roundBody(code, year, List.of(agencies))).post("/api/v1/rounds").then().statusCode(201);
        return code;
    }

    private static void submit(String token, String round, String agency, int receptions) {
        String path = "/api/v1/rounds/" + round + "/reports/" + agency;
        reports(token).body("""
                {"sections": [{"key": "II.3", "text": "Tiếp công dân định kỳ %d lượt."}],
                 "indicators": [{"code": "II.2.procedures_total", "value": 1}, {"code": "%s", "value": %d},
                                {"code": "II.3.receptions_adhoc", "value": 0}, {"code": "II.6.models", "value": 0}, {"code": "II.6.has_model", "value": false}]}"""
                .formatted(receptions, RECEPTIONS, receptions))
                .put(path).then().statusCode(201);
        reports(token).post(path + "/submit").then().statusCode(200);
    }

    /** A client-credentials token of a system connected for {@code agency} by the administrator: agencies without a demo person. */
    private static String systemOf(String agency) {
        JsonPath client = reports(admin).post("/api/v1/agencies/{code}/clients", agency).then().statusCode(201).extract().jsonPath();
        return suite.tokens.forClient(client.getString("clientId"), client.getString("secret"));
    }

    private static JsonPath summaryOnce(String round, int versions) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            var answer = summaries(bob).get("/api/v1/rounds/" + round + "/summary");
            return answer.statusCode() == 200 ? answer.jsonPath() : null;
        }, summary -> summary != null && summary.getList("versions").size() == versions);
    }

    private static List<String> receptionsBy(JsonPath summary) {
        return summary.getList("indicators.find { it.code == '" + RECEPTIONS + "' }.byAgency.agencyName");
    }

    private static String csv(String round) {
        return summaries(bob).accept("text/csv").get("/api/v1/rounds/" + round + "/summary").then().statusCode(200).extract().asString();
    }

    private static String word(String round) {
        byte[] docx = summaries(bob).get("/api/v1/rounds/" + round + "/summary.docx").then().statusCode(200).extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            return text.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void eachRoundKeepsTheNamesOfItsPeriodThroughTheReorganisationAndARenameAfterIt() {
        // a department in force in 2021 and today, made for this test so that renaming it disturbs no other
        String department = "SVH-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        reports(admin).body("""
                {"type": "CREATE", "effective": "2020-01-01", "basis": "Quyết định số 01/QĐ-UBND ngày 02/01/2020",
                 "code": "%s", "name": "Sở Văn hóa và Thể thao", "kind": "SO"}""".formatted(department))
                .post("/api/v1/agencies/changes").then().statusCode(201);

        String round2021 = openRound(2021, "BDT", "STC", "SKHDT", "MINHLONG", department);
        String round2026 = openRound(2026, "SDTTG", "STC", department);
        // agencies that ended in 2025 are expected by no round of 2026: each named where it stands
        reports(bob).body(roundBody("H2026-OLD", 2026, List.of("STC", "BDT", "MINHLONG"))).post("/api/v1/rounds")
                .then().statusCode(422).body("errors.pointer", hasItems("/agencies/1", "/agencies/2"));

        assertThat(reports(bob).get("/api/v1/rounds/" + round2021).then().statusCode(200).extract().jsonPath().getList("expected.name", String.class))
                .containsExactly("Ban Dân tộc", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "UBND huyện Minh Long", "Sở Văn hóa và Thể thao");
        assertThat(reports(bob).get("/api/v1/rounds/" + round2026).then().statusCode(200).extract().jsonPath().getList("expected.name", String.class))
                .containsExactly("Sở Dân tộc và Tôn giáo", "Sở Tài chính", "Sở Văn hóa và Thể thao");

        String departmentSystem = systemOf(department);
        submit(suite.tokens.forDemoUser("alice"), round2021, "BDT", 2);
        submit(suite.tokens.forDemoUser("carol"), round2021, "STC", 3);
        submit(systemOf("SKHDT"), round2021, "SKHDT", 5);
        submit(suite.tokens.forDemoUser("dang"), round2021, "MINHLONG", 1);
        submit(departmentSystem, round2021, department, 6);
        submit(suite.tokens.forDemoUser("hoa"), round2026, "SDTTG", 7);
        submit(suite.tokens.forDemoUser("carol"), round2026, "STC", 4);
        submit(departmentSystem, round2026, department, 9);

        JsonPath summary2021 = summaryOnce(round2021, 5);
        JsonPath summary2026 = summaryOnce(round2026, 3);
        assertThat(receptionsBy(summary2021)).containsExactly("Ban Dân tộc", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "UBND huyện Minh Long", "Sở Văn hóa và Thể thao");
        assertThat(receptionsBy(summary2026)).containsExactly("Sở Dân tộc và Tôn giáo", "Sở Tài chính", "Sở Văn hóa và Thể thao");
        assertThat(csv(round2021)).contains("Ban Dân tộc", "UBND huyện Minh Long", "Sở Kế hoạch và Đầu tư").doesNotContain("Sở Dân tộc và Tôn giáo");
        assertThat(word(round2021)).contains("Ban Dân tộc", "UBND huyện Minh Long").doesNotContain("Sở Dân tộc và Tôn giáo");
        assertThat(csv(round2026)).contains("Sở Dân tộc và Tôn giáo").doesNotContain("Ban Dân tộc", "UBND huyện");

        reports(admin).body("""
                {"type": "RENAME", "effective": "%s", "basis": "Quyết định số 99/QĐ-UBND", "code": "%s", "name": "Sở Văn hóa, Thể thao và Du lịch"}"""
                .formatted(LocalDate.now(), department)).post("/api/v1/agencies/changes").then().statusCode(201);
        assertThat(reports(bob).get("/api/v1/agencies/" + department).then().statusCode(200).extract().jsonPath().getString("name"))
                .isEqualTo("Sở Văn hóa, Thể thao và Du lịch");

        for (String round : List.of(round2021, round2026)) {
            assertThat(reports(bob).get("/api/v1/rounds/" + round).then().extract().jsonPath().getList("expected.name", String.class))
                    .contains("Sở Văn hóa và Thể thao").doesNotContain("Sở Văn hóa, Thể thao và Du lịch");
            assertThat(receptionsBy(summaries(bob).get("/api/v1/rounds/" + round + "/summary").then().statusCode(200).extract().jsonPath()))
                    .contains("Sở Văn hóa và Thể thao").doesNotContain("Sở Văn hóa, Thể thao và Du lịch");
            assertThat(csv(round)).contains("Sở Văn hóa và Thể thao").doesNotContain("Du lịch");
            assertThat(word(round)).contains("Sở Văn hóa và Thể thao").doesNotContain("Du lịch");
        }

        JsonPath trend = summaries(bob).queryParam("agency", "STC").queryParam("from", 2021).queryParam("to", 2026)
                .get("/api/v1/figures/" + RECEPTIONS + "/trend").then().statusCode(200).extract().jsonPath();
        assertThat(trend.getList("lineage", String.class)).contains("STC", "SKHDT");
        assertThat(trend.getInt("points.find { it.round == '" + round2021 + "' }.value")).as("3 of Sở Tài chính and 5 of Sở Kế hoạch và Đầu tư").isEqualTo(8);
        assertThat(trend.getList("points.find { it.round == '" + round2021 + "' }.from", String.class)).contains("STC", "SKHDT");
        assertThat(trend.getInt("points.find { it.round == '" + round2026 + "' }.value")).isEqualTo(4);

        // today's department reads the report of the agency it took over from, and cannot change it
        String hoa = suite.tokens.forDemoUser("hoa");
        String bdt2021 = "/api/v1/rounds/" + round2021 + "/reports/BDT";
        assertThat(reports(hoa).get(bdt2021).then().statusCode(200).extract().jsonPath().getString("agencyName")).isEqualTo("Ban Dân tộc");
        reports(hoa).body("{\"sections\": [{\"key\": \"II.3\", \"text\": \"Sửa thử.\"}]}").put(bdt2021).then().statusCode(403);
        reports(hoa).post(bdt2021 + "/submit").then().statusCode(403);
    }
}
