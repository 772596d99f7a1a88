package vn.gov.quangngai.baocao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/vi/huong-dan-tich-hop.md, step by step: each "Bước n" makes the calls the guide writes, in
 * its order, with its bodies, against the whole suite (real Keycloak, PostgreSQL, both services),
 * and checks the answers the guide shows, its Vietnamese messages word for word. After each step
 * the calls made are compared with the guide's curl commands of that step, so the two cannot drift.
 */
class VietnameseGuideIT {

    private static final Path ROOT = Path.of(System.getProperty("suite.root"));
    private static final GuideCommands GUIDE = GuideCommands.read(ROOT.resolve("docs/vi/huong-dan-tich-hop.md"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ETAG = "\"\\d+-\\d+\"";
    private static final String REPORT = "/api/v1/rounds/THU-2021/reports/BDT";

    private static final OpenApiContract CONTRACT = OpenApiContract.committed(ROOT);

    private static Suite suite;
    private static RecordedCalls recorded;

    private String token;
    private String bob;

    @BeforeAll
    static void startSuite() {
        suite = Suite.get();
        recorded = new RecordedCalls(CONTRACT, suite.reportService.baseUrl(), suite.aggregationService.baseUrl());
    }

    private static RequestSpecification as(String token) {
        return given().baseUri(suite.reportService.baseUrl()).filter(recorded).auth().oauth2(token);
    }

    @Test
    void theIntegrationGuideRunsAsWrittenFromATokenToANilReport() {
        step(1, "Lấy mã truy cập", () -> {
            token = suite.tokens.forDevClient("agency-bdt-system");
            as(token).get("/api/v1/me").then().statusCode(200)
                    .body("username", equalTo("service-account-agency-bdt-system"))
                    .body("agency.code", equalTo("BDT")).body("agency.name", equalTo("Ban Dân tộc"))
                    .body("roles", contains("submitter")).body("client", equalTo("agency-bdt-system"));
        });

        step(2, "Đọc lỗi và chọn ngôn ngữ", () -> {
            JsonPath vietnamese = problem(as(token).get("/api/v1/rounds/KHONG-CO"), 404, "ROUND_NOT_FOUND");
            assertShown(vietnamese.getString("title"), "Không tìm thấy kỳ báo cáo");
            assertShown(vietnamese.getString("detail"), "Không có kỳ báo cáo KHONG-CO mà bạn được xem.");
            JsonPath english = problem(as(token).header("Accept-Language", "en").get("/api/v1/rounds/KHONG-CO"), 404, "ROUND_NOT_FOUND");
            assertShown(english.getString("title"), "Round not found");
            assertShown(english.getString("detail"), "No round KHONG-CO that you may see.");
        });

        step(3, "Đọc danh mục cơ quan theo ngày", () -> {
            as(token).get("/api/v1/agencies?asOf=2021-12-31&page=0&size=3").then().statusCode(200)
                    .body("items.code", contains("SNV", "STC", "SKHDT")).body("page", equalTo(0)).body("size", equalTo(3))
                    // the seed's 32, as the guide shows; other tests of this suite may add agencies dated back to 2021
                    .body("total", greaterThanOrEqualTo(32));
            as(token).get("/api/v1/agencies/BDT").then().statusCode(200)
                    .body("validTo", equalTo("2025-03-01")).body("successors", contains("SDTTG"));
        });

        step(4, "Tìm kỳ báo cáo và đề cương", () -> {
            bob = suite.tokens.forDemoUser("bob");
            as(bob).contentType("application/json").body(withFutureDeadline(body(4, 0))).post("/api/v1/rounds")
                    .then().statusCode(201).body("code", equalTo("THU-2021")).body("status", equalTo("OPEN"));
            JsonPath open = JsonPath.from(as(token).get("/api/v1/rounds?status=OPEN").then().statusCode(200).extract().asString());
            assertThat(open.getString("items.find { it.code == 'THU-2021' }.report.status")).isEqualTo("NOT_STARTED");
            assertThat(open.getBoolean("items.find { it.code == 'THU-2021' }.report.late")).isFalse();
            JsonPath round = JsonPath.from(as(token).get("/api/v1/rounds/THU-2021").then().statusCode(200).extract().asString());
            List<String> required = round.getList("template.sections.indicators.flatten().findAll { it.required }.code");
            assertThat(required).containsExactly("II.2.procedures_total", "II.3.receptions_periodic", "II.3.receptions_adhoc", "II.6.models");
            required.forEach(code -> assertThat(GUIDE.shows(" " + code + " [")).as("the guide lists %s", code).isTrue());
        });

        step(5, "Đọc thử tệp Word", () -> {
            JsonPath imported = JsonPath.from(as(token).contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                    .body(seedDocx()).post(REPORT + "/import?dryRun=true").then().statusCode(200).extract().asString());
            assertThat(imported.getDouble("placed")).isEqualTo(0.997);
            assertThat(imported.getInt("warnings[0].line")).isEqualTo(58);
            assertThat(imported.getList("suggestions")).hasSize(16);
            assertThat(imported.getString("suggestions[0].code")).isEqualTo("II.1.elder_info_classes");
            assertThat(imported.getInt("suggestions[0].value")).isEqualTo(12);
            assertShown(imported.getString("warnings[0].text"), "Ban Dân tộc báo cáo đề Sở Nội vụ tổng hợp./.");
        });

        String[] etags = new String[2];
        step(6, "Lưu bản nháp", () -> {
            JsonPath refused = problem(as(token).contentType("application/json").body(body(6, 0)).put(REPORT), 422, "VALIDATION_FAILED");
            assertShown(refused.getString("title"), "Dữ liệu không hợp lệ");
            assertShown(refused.getString("detail"), "Yêu cầu có 3 lỗi.");
            assertThat(refused.getList("errors.pointer")).containsExactly("/indicators/0/value", "/indicators/1/value", "/sections/0/key");
            List<String> messages = refused.getList("errors.message");
            assertShown(messages.get(0), "phải là số nguyên (Số thủ tục hành chính thuộc thẩm quyền quản lý)");
            assertShown(messages.get(1), "không được âm (Số lượt tiếp công dân đột xuất)");
            assertShown(messages.get(2), "không có mục II.9 trong đề cương của kỳ báo cáo này");
            Response saved = as(token).contentType("application/json").body(body(6, 1)).put(REPORT);
            saved.then().statusCode(201).header("ETag", matchesPattern(ETAG)).body("status", equalTo("DRAFT")).body("version", equalTo(0));
            etags[0] = saved.header("ETag");
        });

        step(7, "Sửa bản nháp an toàn với ETag và If-Match", () -> {
            String read = as(token).get(REPORT).then().statusCode(200).extract().header("ETag");
            assertThat(read).isEqualTo(etags[0]);
            Response changed = as(token).header("If-Match", read).contentType("application/json").body(body(7, 1)).put(REPORT);
            changed.then().statusCode(200).header("ETag", matchesPattern(ETAG));
            etags[1] = changed.header("ETag");
            JsonPath stale = problem(as(token).header("If-Match", read).contentType("application/json").body(body(7, 2)).put(REPORT),
                    412, "PRECONDITION_FAILED");
            assertThat(stale.getString("detail")).isEqualTo("Báo cáo đã thay đổi kể từ khi bạn đọc (If-Match " + read + ", hiện tại " + etags[1]
                    + "); hãy đọc lại rồi thử lại.");
            assertShownWithOtherTags(stale.getString("detail"));
            assertThat(anyTag(jsonString(stale.getString("detail")))).contains("<ETag>");
        });

        String[] key = new String[1];
        step(8, "Nộp báo cáo", () -> {
            String draft = as(token).get(REPORT).then().statusCode(200).extract().header("ETag");
            assertThat(draft).isEqualTo(etags[1]);
            key[0] = "THU-2021-BDT-" + draft.replace("\"", "");
            as(token).header("If-Match", draft).header("Idempotency-Key", key[0]).post(REPORT + "/submit").then().statusCode(200)
                    .body("status", equalTo("SUBMITTED")).body("version", equalTo(1)).body("late", equalTo(false));
            as(token).header("If-Match", draft).header("Idempotency-Key", key[0]).post(REPORT + "/submit").then().statusCode(200)
                    .header("Idempotent-Replayed", "true").body("version", equalTo(1));
            JsonPath twice = problem(as(token).post(REPORT + "/submit"), 409, "INVALID_TRANSITION");
            assertThat(twice.getString("reason")).isEqualTo("ALREADY_SUBMITTED");
            assertShown(twice.getString("detail"), "Báo cáo đang ở trạng thái Đã nộp (phiên bản 1); chỉ nộp được bản nháp hoặc báo cáo bị trả lại.");
            JsonPath locked = problem(as(token).contentType("application/json").body(body(8, 4)).put(REPORT), 409, "REPORT_NOT_EDITABLE");
            assertShown(locked.getString("detail"), "Báo cáo đang ở trạng thái Đã nộp (phiên bản 1); chỉ sửa được khi Sở Nội vụ trả lại.");
        });

        String reason = "Đề nghị bổ sung số lượt tiếp công dân định kỳ của người đứng đầu.";
        step(9, "Biết báo cáo bị trả lại", () -> {
            assertThat(JsonPath.from(body(9, 0)).getString("reason")).isEqualTo(reason);
            as(bob).contentType("application/json").body(body(9, 0)).post(REPORT + "/return").then().statusCode(200)
                    .body("status", equalTo("RETURNED")).body("version", equalTo(1));
            as(token).get(REPORT).then().statusCode(200)
                    .body("status", equalTo("RETURNED")).body("version", equalTo(1)).body("returnReason", equalTo(reason));
            as(token).get(REPORT + "/events").then().statusCode(200)
                    .body("items.action", contains("DRAFT_SAVED", "DRAFT_SAVED", "SUBMITTED", "RETURNED"))
                    .body("items.actor.username", contains("service-account-agency-bdt-system", "service-account-agency-bdt-system",
                            "service-account-agency-bdt-system", "bob"))
                    .body("items[3].reason", equalTo(reason));
        });

        step(10, "Sửa và nộp lại với khóa mới", () -> {
            String returned = as(token).get(REPORT).then().statusCode(200).extract().header("ETag");
            as(token).header("If-Match", returned).contentType("application/json").body(body(10, 1)).put(REPORT).then().statusCode(200)
                    .body("status", equalTo("RETURNED")).body("version", equalTo(1));
            String corrected = as(token).get(REPORT).then().statusCode(200).extract().header("ETag");
            JsonPath reused = problem(as(token).header("If-Match", corrected).header("Idempotency-Key", key[0]).post(REPORT + "/submit"),
                    422, "IDEMPOTENCY_KEY_REUSED");
            assertShown(reused.getString("title"), "Idempotency-Key đã được dùng");
            assertThat(reused.getString("detail")).startsWith("Idempotency-Key \"" + key[0] + "\" đã xác nhận phiên bản 1 của báo cáo THU-2021/BDT lúc ")
                    .endsWith("; yêu cầu này không phải yêu cầu đã được xác nhận (bản nháp khác hoặc nội dung khác). Mỗi lần nộp mới cần một khóa mới.");
            assertThat(GUIDE.shows("yêu cầu này không phải yêu cầu đã được xác nhận (bản nháp khác hoặc nội dung khác). Mỗi lần nộp mới cần một khóa mới.")).isTrue();
            String newKey = "THU-2021-BDT-" + corrected.replace("\"", "");
            assertThat(newKey).isNotEqualTo(key[0]);
            as(token).header("If-Match", corrected).header("Idempotency-Key", newKey).post(REPORT + "/submit").then().statusCode(200)
                    .body("status", equalTo("SUBMITTED")).body("version", equalTo(2)).body("returnReason", nullValue());
        });

        step(11, "Báo cáo không phát sinh", () -> {
            String nilReport = "/api/v1/rounds/THU-2022-6T/reports/BDT";
            as(bob).contentType("application/json").body(withFutureDeadline(body(11, 0))).post("/api/v1/rounds").then().statusCode(201)
                    .body("period.kind", equalTo("HALF")).body("period.index", equalTo(1));
            as(token).contentType("application/json").body(body(11, 1)).put(nilReport).then().statusCode(201)
                    .body("status", equalTo("DRAFT")).body("nilReport", equalTo(true));
            String draft = as(token).get(nilReport).then().statusCode(200).extract().header("ETag");
            as(token).header("If-Match", draft).header("Idempotency-Key", "THU-2022-6T-BDT-" + draft.replace("\"", ""))
                    .post(nilReport + "/submit").then().statusCode(200)
                    .body("status", equalTo("SUBMITTED")).body("version", equalTo(1)).body("nilReport", equalTo(true))
                    .body("sections", org.hamcrest.Matchers.empty()).body("indicators", org.hamcrest.Matchers.empty());
        });

        assertThat(GUIDE.steps()).as("every step of the guide is run").hasSize(11);
    }

    /** Runs a step of the guide, then checks its title and that its calls were the guide's, in the guide's order. */
    private static void step(int number, String title, Runnable calls) {
        GuideCommands.Step written = GUIDE.step(number);
        assertThat(written.title()).as("the title of step %d", number).isEqualTo(title);
        recorded.take();
        calls.run();
        List<ApiCall> guide = written.commands().stream().filter(c -> c.service() != null).map(c -> c.call(CONTRACT)).toList();
        assertThat(recorded.take()).as("the calls of step %d (Bước %d. %s)", number, number, title).containsExactlyElementsOf(guide);
    }

    /** The body of the {@code index}-th call of a service's API in a step, as the guide writes it. */
    private static String body(int step, int index) {
        String body = GUIDE.body(GUIDE.step(step).commands().stream().filter(c -> c.service() != null).toList().get(index));
        assertThat(body).as("step %d, command %d has a body", step, index).isNotNull();
        return body;
    }

    /** The test suite outlives any date in the guide: a deadline a month ahead keeps "late": false true. */
    private static String withFutureDeadline(String round) {
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(round);
            body.put("deadline", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(1).toString());
            return body.toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath problem(Response response, int status, String code) {
        response.then().statusCode(status).contentType("application/problem+json").body("code", equalTo(code));
        return JsonPath.from(response.asString());
    }

    /** The answer says what the guide quotes, word for word. */
    private static void assertShown(String actual, String quoted) {
        assertThat(actual).isEqualTo(quoted);
        assertThat(GUIDE.shows(jsonString(quoted))).as("the guide shows %s", quoted).isTrue();
    }

    /** The guide quotes this message as it was answered on its own run, where the ETags had other values. */
    private static void assertShownWithOtherTags(String actual) {
        assertThat(anyTag(GUIDE.text())).as("the guide shows %s", actual).contains(anyTag(jsonString(actual)));
    }

    /** JSON text with each quoted ETag ({@code \\"1-2\\"}) made the same. */
    private static String anyTag(String json) {
        return json.replaceAll("\\\\\"\\d+-\\d+\\\\\"", "<ETag>");
    }

    private static String jsonString(String text) {
        try {
            String quoted = JSON.writeValueAsString(text);
            return quoted.substring(1, quoted.length() - 1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The seed report (Ban Dân tộc, 2021) as Word: one paragraph per line, as the guide's bao-cao-2021.docx. */
    private static byte[] seedDocx() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : Files.readString(Path.of(System.getProperty("suite.seed-report")), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    document.createParagraph().createRun().setText(line);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
