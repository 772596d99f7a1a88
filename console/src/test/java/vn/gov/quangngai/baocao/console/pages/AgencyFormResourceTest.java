package vn.gov.quangngai.baocao.console.pages;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static vn.gov.quangngai.baocao.console.testing.Pages.page;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.console.testing.AgencyFixtures;
import vn.gov.quangngai.baocao.console.testing.Fixtures;
import vn.gov.quangngai.baocao.console.testing.Forms;
import vn.gov.quangngai.baocao.console.testing.ServicesStub;

/** An agency's officer (Sở Tài chính) and the report form: generated from the outline, saved with the ETag, nothing typed lost. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ServicesStub.class)
@TestSecurity(user = "carol", roles = "submitter")
@OidcSecurity(claims = {@Claim(key = "name", value = "Carol Trần Thị"), @Claim(key = "preferred_username", value = "carol"),
        @Claim(key = "agency_code", value = "STC"), @Claim(key = "agency_name", value = "Sở Tài chính")})
class AgencyFormResourceTest {

    static final String REPORTS = ServicesStub.REPORTS + "/api/v1";
    static final String STC = "/rounds/DVCQ-2021/reports/STC";
    static final String API_STC = REPORTS + "/rounds/DVCQ-2021/reports/STC";

    @ServicesStub.Server
    WireMockServer services;

    @BeforeEach
    void stubTheRoundAndTheDraft() {
        AgencyFixtures.stubRoundAndDraft(services);
    }

    @Test
    void theFormHasOneTextAreaPerSectionAndOneTypedInputPerIndicatorFromTheTemplate() {
        Document form = page(STC);

        assertThat(form.select("#draft-form fieldset.report-part legend")).extracting(Element::text)
                .containsExactly("I. Công tác lãnh đạo, chỉ đạo triển khai", "II.1. Thực hiện \"mục tiêu kép\"", "II.6. Mô hình \"Dân vận khéo\"");
        assertThat(form.select("#draft-form textarea[name=sectionText]")).hasSize(3);
        assertThat(form.getElementById("text-I").val()).isEqualTo("Ban hành Kế hoạch số 45/KH-STC & hướng dẫn <b>triển khai</b>.");
        assertThat(form.getElementById("text-I-hint").text()).isEqualTo("Nêu các kế hoạch, văn bản đã ban hành.");
        assertThat(form.getElementById("figure-II.1.support_people").val()).isEqualTo("196.878");
        assertThat(form.getElementById("figure-II.1.support_money").val()).isEqualTo("9.000.000.000");
        assertThat(form.getElementById("figure-II.1.support_people").attr("data-figure-type")).isEqualTo("INTEGER");
        assertThat(form.getElementById("figure-II.1.poor_share").attr("data-figure-type")).isEqualTo("DECIMAL");
        assertThat(form.getElementById("figure-II.1.poor_share").attr("inputmode")).isEqualTo("decimal");
        assertThat(form.getElementById("figure-II.6.has_model").tagName()).isEqualTo("select");
        assertThat(form.select("tr[data-code=II.1.support_money]").text()).contains("Kinh phí hỗ trợ", "đồng");
        assertThat(form.select("tr[data-code=II.6.models]").text()).contains("bắt buộc khi nộp");
        assertThat(form.getElementById("nilReport").attr("type")).isEqualTo("checkbox");
        assertThat(form.select("label[for=nilReport]").text()).contains("không phát sinh");
        assertThat(form.getElementById("doc-number").val()).isEqualTo("215/BC-STC");
        assertThat(form.getElementById("doc-date").attr("type")).isEqualTo("date");
        assertThat(form.getElementById("doc-signer-delegation").val()).isEqualTo("KT. GIÁM ĐỐC");
        assertThat(form.getElementById("doc-recipients").val()).isEqualTo("Sở Nội vụ;\nLưu: VT.");
        assertThat(form.getElementById("draft-etag").val()).isEqualTo(AgencyFixtures.ETAG);
        assertThat(form.select("#draft-form input[name=csrf-token]").val()).isNotBlank();
        assertThat(form.select("#draft-form").attr("data-draft-key")).isEqualTo("DVCQ-2021/STC/carol");
        assertThat(form.select("#draft-form").attr("data-draft-state")).isEqualTo("server");
        assertThat(form.getElementById("draft-restored").hasAttr("hidden")).isTrue();
        assertThat(form.select("button#save").text()).isEqualTo("Lưu bản nháp");
        assertThat(form.select("button#submit-report").text()).isEqualTo("Nộp báo cáo");
    }

    @Test
    void everyControlOfTheFormHasALabelAndThePageRunsNoInlineScript() {
        String html = given().get(STC).then().statusCode(200).extract().asString();
        Document form = Jsoup.parse(html);

        assertThat(html).as("an agency's text is shown as text").doesNotContain("<b>triển khai</b>").contains("&lt;b&gt;triển khai&lt;/b&gt;");
        assertThat(form.select("input:not([type=hidden]), select, textarea")).isNotEmpty().allSatisfy(control ->
                assertThat(form.select("label").eachAttr("for")).as("#" + control.id()).contains(control.id()));
        assertThat(form.select("script")).allSatisfy(script -> assertThat(script.data()).isBlank());
        assertThat(form.select("[style], [onclick], [oninput], [onsubmit]")).isEmpty();
        assertThat(form.select("form[method=post]")).allSatisfy(f -> assertThat(f.select("input[name=csrf-token]").val()).isNotBlank());
    }

    @Test
    void savingSendsTheWholeDraftAsAPutWithTheEtagAndVietnameseNumbersAsJsonNumbers() {
        services.stubFor(put(urlPathEqualTo(API_STC)).willReturn(okJson(AgencyFixtures.DRAFT).withHeader("ETag", "\"41-4\"")));

        filled().formParam("figureValue", "196.878", "9.000.000.000", "215,4", "2", "true")
                .post(STC + "/draft")
                .then().statusCode(303).header("Location", endsWith(STC + "?notice=saved"));

        services.verify(putRequestedFor(urlPathEqualTo(API_STC)).withHeader("If-Match", equalTo(AgencyFixtures.ETAG))
                .withHeader("Authorization", matching("Bearer .+")).withRequestBody(equalToJson("""
                        {"document": {"number": "215/BC-STC", "date": "2021-11-12", "place": "Quảng Ngãi",
                                      "signer": {"name": "Trần Văn Bình", "title": "PHÓ GIÁM ĐỐC", "delegation": "KT. GIÁM ĐỐC"},
                                      "recipients": ["Sở Nội vụ;", "Lưu: VT."]},
                         "sections": [{"key": "I", "text": "Ban hành kế hoạch."}, {"key": "II.6", "text": "Đăng ký 02 mô hình \\"Dân vận khéo\\"."}],
                         "indicators": [{"code": "II.1.support_people", "value": 196878}, {"code": "II.1.support_money", "value": 9000000000},
                                        {"code": "II.1.poor_share", "value": 215.4}, {"code": "II.6.models", "value": 2},
                                        {"code": "II.6.has_model", "value": true}],
                         "nilReport": false}""")));
        Document saved = page(STC + "?notice=saved");
        assertThat(saved.getElementById("notice").text()).isEqualTo("Đã lưu bản nháp.");
        assertThat(saved.select("#draft-form").attr("data-draft-state")).as("the browser's copy is dropped").isEqualTo("saved");
    }

    @Test
    void emptyIndicatorsInTheMiddleKeepEveryValueOnItsOwnIndicator() {
        services.stubFor(put(urlPathEqualTo(API_STC)).willReturn(okJson(AgencyFixtures.DRAFT).withHeader("ETag", "\"41-4\"")));

        filled().formParam("figureValue", "", "", "12,5", "", "false").post(STC + "/draft").then().statusCode(303);

        services.verify(putRequestedFor(urlPathEqualTo(API_STC)).withRequestBody(equalToJson("""
                {"indicators": [{"code": "II.1.poor_share", "value": 12.5}, {"code": "II.6.has_model", "value": false}]}""", true, true)));
    }

    @Test
    void aRefusedSaveShowsEachMessageBesideItsFieldAndKeepsEverythingTyped() {
        services.stubFor(put(urlPathEqualTo(API_STC)).willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                .withBody(Fixtures.problem(422, "VALIDATION_FAILED", """
                        [{"pointer": "/indicators/0/value", "message": "phải là số nguyên (Số khẩu được hỗ trợ)"},
                         {"pointer": "/document/date", "message": "must be a date as YYYY-MM-DD"},
                         {"pointer": "/sections/1/key", "message": "không có mục II.6 trong đề cương của kỳ báo cáo này"},
                         {"pointer": "/foo", "message": "trường không được hỗ trợ"}]"""))));

        String html = filled().formParam("figureValue", "mười hai", "", "", "2", "").post(STC + "/draft")
                .then().statusCode(422).extract().asString();

        Document form = Jsoup.parse(html);
        Element people = form.getElementById("figure-II.1.support_people");
        assertThat(people.val()).as("typed, not lost").isEqualTo("mười hai");
        assertThat(people.attr("aria-invalid")).isEqualTo("true");
        assertThat(form.getElementById("figure-II.1.support_people-error").text()).isEqualTo("Phải là số nguyên (Số khẩu được hỗ trợ).");
        assertThat(form.getElementById("figure-II.1.support_people-error").hasAttr("hidden")).isFalse();
        assertThat(form.getElementById("doc-date-error").text()).isEqualTo("Ngày không hợp lệ.");
        assertThat(form.getElementById("text-II.6-error").text()).isEqualTo("Không có mục II.6 trong đề cương của kỳ báo cáo này.");
        assertThat(form.getElementById("text-II.6").val()).isEqualTo("Đăng ký 02 mô hình \"Dân vận khéo\".");
        assertThat(form.getElementById("form-problem").text()).contains("Thông tin chưa hợp lệ", "Trường không được hỗ trợ.");
        assertThat(form.getElementById("draft-etag").val()).as("still the draft the person filled from").isEqualTo(AgencyFixtures.ETAG);
        assertThat(form.select("#draft-form").attr("data-draft-state")).isEqualTo("unsaved");
        services.verify(putRequestedFor(urlPathEqualTo(API_STC)).withRequestBody(equalToJson("""
                {"indicators": [{"code": "II.1.support_people", "value": "mười hai"}, {"code": "II.6.models", "value": 2}]}""", true, true)));
    }

    @Test
    void aSaveOvertakenBySomeoneElsesShowsBothSideBySideAndSavingAgainKeepsTheTypedOneWithTheNewEtag() {
        services.stubFor(put(urlPathEqualTo(API_STC)).willReturn(aResponse().withStatus(412).withHeader("Content-Type", "application/problem+json")
                .withBody(Fixtures.problem(412, "PRECONDITION_FAILED", null))));
        services.stubFor(get(urlPathEqualTo(API_STC)).willReturn(okJson(AgencyFixtures.DRAFT.replace("đăng ký 02 mô hình", "đăng ký 03 mô hình"))
                .withHeader("ETag", "\"41-5\"")));

        String html = filled().formParam("figureValue", "196.878", "9.000.000.000", "", "2", "").post(STC + "/draft")
                .then().statusCode(409).extract().asString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("#conflict-rows tr[data-field=section:II.6]").text())
                .contains("Sở Tài chính đăng ký 03 mô hình.", "Đăng ký 02 mô hình \"Dân vận khéo\".");
        assertThat(page.select("#conflict-rows tr[data-field=section:II.6] td.saved").text()).isEqualTo("Sở Tài chính đăng ký 03 mô hình.");
        assertThat(page.select("#conflict-rows tr[data-field=section:II.6] td.mine").text()).isEqualTo("Đăng ký 02 mô hình \"Dân vận khéo\".");
        assertThat(page.getElementById("text-II.6").val()).as("the typed one stays in the form").isEqualTo("Đăng ký 02 mô hình \"Dân vận khéo\".");
        assertThat(page.getElementById("draft-etag").val()).as("saving again overwrites what was just saved").isEqualTo("\"41-5\"");
        assertThat(page.getElementById("keep-mine").attr("form")).isEqualTo("draft-form");
        assertThat(page.getElementById("take-saved").attr("href")).isEqualTo(STC + "?notice=took_saved");
        assertThat(page(STC + "?notice=took_saved").select("#draft-form").attr("data-draft-state")).isEqualTo("saved");
    }

    @Test
    void aSaveAfterTheReportWasSubmittedIsRefusedAndTheTypedTextStaysToCopy() {
        services.stubFor(put(urlPathEqualTo(API_STC)).willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                .withBody(Fixtures.problem(409, "REPORT_NOT_EDITABLE", null))));
        services.stubFor(get(urlPathEqualTo(API_STC)).willReturn(okJson(AgencyFixtures.SUBMITTED).withHeader("ETag", "\"41-6\"")));
        services.stubFor(get(urlPathEqualTo(API_STC + "/versions/1")).willReturn(okJson(AgencyFixtures.VERSION_1)));

        Document page = Jsoup.parse(filled().formParam("figureValue", "", "", "", "2", "").post(STC + "/draft")
                .then().statusCode(409).extract().asString());

        assertThat(page.getElementById("form-problem").text()).contains("Báo cáo không sửa được nữa");
        assertThat(page.getElementById("text-II.6").val()).isEqualTo("Đăng ký 02 mô hình \"Dân vận khéo\".");
        assertThat(page.select("button#save, button#submit-report")).as("no save offered on a submitted report").isEmpty();
    }

    @Test
    void anotherAgencysReportIsNotAllowedAndTheServiceIsNeverAsked() {
        String html = given().get("/rounds/DVCQ-2021/reports/BDT").then().statusCode(403).extract().asString();

        assertThat(Jsoup.parse(html).select("main h1").text()).isEqualTo("Không được phép");
        assertThat(Jsoup.parse(html).select("#draft-form")).isEmpty();
        Forms.from(STC).formParam("etag", "\"1-1\"").formParam("sectionKey", "I").formParam("sectionText", "x")
                .post("/rounds/DVCQ-2021/reports/BDT/draft").then().statusCode(403);
        given().get("/rounds/DVCQ-2021/reports/BDT/submit").then().statusCode(403);
        services.verify(0, anyRequestedFor(urlPathMatching(".*/reports/BDT.*")));
    }

    @Test
    void aSessionThatEndedOnASaveComesBackToTheReportWhereTheBrowsersCopyIsOfferedBack() {
        given().redirects().follow(false).get(STC + "/draft").then().statusCode(303).header("Location", endsWith(STC));
        given().redirects().follow(false).get(STC + "/import").then().statusCode(303).header("Location", endsWith(STC));
    }

    @Test
    void aLongSectionIsSavedWhole() {
        services.stubFor(put(urlPathEqualTo(API_STC)).willReturn(okJson(AgencyFixtures.DRAFT).withHeader("ETag", "\"41-4\"")));
        String longText = "Sở Tài chính tổ chức tuyên truyền, phổ biến quy chế dân chủ. ".repeat(800);

        Forms.from(STC).formParam("etag", AgencyFixtures.ETAG).formParam("sectionKey", "I", "II.1", "II.6")
                .formParam("sectionText", longText, "", "").formParam("figureCode", "II.6.models").formParam("figureValue", "2")
                .post(STC + "/draft").then().statusCode(303);

        services.verify(putRequestedFor(urlPathEqualTo(API_STC)).withRequestBody(
                equalToJson("{\"sections\": [{\"key\": \"I\", \"text\": \"" + longText.strip() + "\"}]}", true, true)));
    }

    /** The form as a browser posts it: every section and figure in the outline's order, the figures' values still to add. */
    private static RequestSpecification filled() {
        return Forms.from(STC).formParam("etag", AgencyFixtures.ETAG)
                .formParam("number", "215/BC-STC").formParam("date", "2021-11-12").formParam("place", "Quảng Ngãi")
                .formParam("answers.number", "").formParam("answers.date", "")
                .formParam("signer.delegation", "KT. GIÁM ĐỐC").formParam("signer.title", "PHÓ GIÁM ĐỐC").formParam("signer.name", "Trần Văn Bình")
                .formParam("recipients", "Sở Nội vụ;\r\nLưu: VT.")
                .formParam("sectionKey", "I", "II.1", "II.6").formParam("sectionText", "Ban hành kế hoạch.", "", "Đăng ký 02 mô hình \"Dân vận khéo\".")
                .formParam("figureCode", "II.1.support_people", "II.1.support_money", "II.1.poor_share", "II.6.models", "II.6.has_model");
    }
}
