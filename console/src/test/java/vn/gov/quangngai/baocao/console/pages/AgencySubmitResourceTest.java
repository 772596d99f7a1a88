package vn.gov.quangngai.baocao.console.pages;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static vn.gov.quangngai.baocao.console.testing.Pages.page;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.console.testing.AgencyFixtures;
import vn.gov.quangngai.baocao.console.testing.Fixtures;
import vn.gov.quangngai.baocao.console.testing.Forms;
import vn.gov.quangngai.baocao.console.testing.ServicesStub;

/** An agency's officer (Sở Tài chính): its rounds, importing a document into the form, submitting, a returned report. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ServicesStub.class)
@TestSecurity(user = "carol", roles = "submitter")
@OidcSecurity(claims = {@Claim(key = "name", value = "Carol Trần Thị"), @Claim(key = "preferred_username", value = "carol"),
        @Claim(key = "agency_code", value = "STC"), @Claim(key = "agency_name", value = "Sở Tài chính")})
class AgencySubmitResourceTest {

    static final String REPORTS = ServicesStub.REPORTS + "/api/v1";
    static final String STC = "/rounds/DVCQ-2021/reports/STC";
    static final String API_STC = REPORTS + "/rounds/DVCQ-2021/reports/STC";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @ServicesStub.Server
    WireMockServer services;

    @BeforeEach
    void stubTheRoundAndTheDraft() {
        AgencyFixtures.stubRoundAndDraft(services);
    }

    @Test
    void myRoundsListTheAgencysRoundsWithDeadlineDaysLeftStatusAndReasonLinkingToItsReport() {
        services.stubFor(get(urlPathEqualTo(REPORTS + "/rounds")).withQueryParam("status", equalTo("OPEN"))
                .willReturn(okJson(AgencyFixtures.myRounds(5, "RETURNED", "Bổ sung <nguồn> số liệu."))));
        services.stubFor(get(urlPathEqualTo(REPORTS + "/rounds")).withQueryParam("status", equalTo("CLOSED")).willReturn(okJson(Fixtures.ROUNDS_NONE)));

        Document rounds = page("/");

        assertThat(rounds.select("h1").text()).isEqualTo("Báo cáo của Sở Tài chính");
        assertThat(rounds.select("#open-rounds tr[data-round=DVCQ-2021] a")).extracting(a -> a.attr("href")).containsOnly(STC);
        assertThat(rounds.select("#open-rounds tr[data-round=DVCQ-2021]").text()).contains("Còn 5 ngày", "Bị trả lại", "Phiên bản 1", "23:59");
        assertThat(rounds.select("#open-rounds td.reason").text()).isEqualTo("Bổ sung <nguồn> số liệu.");
        assertThat(rounds.select("a[href=/rounds/DVCQ-2021]")).as("no link to SNV's board").isEmpty();
        assertThat(rounds.select(".who-role").text()).isEqualTo("Cán bộ Sở Tài chính");
    }

    @Test
    void aRoundPastItsDeadlineSaysHowManyDaysLate() {
        services.stubFor(get(urlPathEqualTo(REPORTS + "/rounds")).withQueryParam("status", equalTo("OPEN"))
                .willReturn(okJson(AgencyFixtures.myRounds(-3, "DRAFT", null))));
        services.stubFor(get(urlPathEqualTo(REPORTS + "/rounds")).withQueryParam("status", equalTo("CLOSED")).willReturn(okJson(Fixtures.ROUNDS_NONE)));

        assertThat(page("/").select("#open-rounds .countdown").text()).isEqualTo("Quá hạn 3 ngày");
    }

    @Test
    void anImportedDocumentFillsTheFormMarksEachSuggestionWithItsSentenceListsWarningsAndStoresNothing() {
        byte[] docx = {'P', 'K', 3, 4, 20, 0, 6, 0};
        services.stubFor(post(urlPathEqualTo(API_STC + "/import")).willReturn(okJson(AgencyFixtures.IMPORT_PREVIEW)));

        String html = Forms.multipartFrom(STC).multiPart("etag", AgencyFixtures.ETAG).multiPart("document", "bao-cao-STC.docx", docx, DOCX)
                .post(STC + "/import").then().statusCode(200).extract().asString();

        services.verify(postRequestedFor(urlPathEqualTo(API_STC + "/import")).withQueryParam("dryRun", equalTo("true"))
                .withHeader("Content-Type", containing("wordprocessingml")).withRequestBody(binaryEqualTo(docx)));
        services.verify(0, putRequestedFor(urlPathMatching(".*")));
        Document form = Jsoup.parse(html);
        assertThat(form.getElementById("text-II.1").val()).isEqualTo("Phân bổ hơn 9 tỷ đồng cho 196.900 khẩu.");
        assertThat(form.getElementById("text-II.6").val()).as("what the file says nothing of keeps its saved value").isEqualTo("Sở Tài chính đăng ký 02 mô hình.");
        assertThat(form.getElementById("figure-II.1.support_people").val()).isEqualTo("196.878");
        assertThat(form.getElementById("figure-II.1.support_people-source").text()).contains("Gợi ý từ tệp", "196.900 khẩu");
        assertThat(form.getElementById("figure-II.1.support_people").attr("aria-describedby")).contains("figure-II.1.support_people-source");
        assertThat(form.select("tr.suggested")).extracting(e -> e.attr("data-code")).containsExactly("II.1.support_people", "II.1.support_money");
        assertThat(form.getElementById("doc-answers-number").val()).isEqualTo("2454/SNV-XDCQ");
        assertThat(form.getElementById("import-result").text()).contains("bao-cao-STC.docx", "93%", "Chưa lưu");
        assertThat(form.getElementById("suggested-count").text()).isEqualTo("2");
        assertThat(form.select("#import-warnings li").text()).contains("Đoạn 31", "Sở Nội vụ tổng hợp", "Câu kết của văn bản, không thuộc mục nào.");
        assertThat(form.select("#draft-form").attr("data-draft-state")).as("the browser keeps what was imported").isEqualTo("unsaved");
        assertThat(form.getElementById("draft-etag").val()).isEqualTo(AgencyFixtures.ETAG);
    }

    @Test
    void aTextFileIsSentAsUtf8Text() {
        services.stubFor(post(urlPathEqualTo(API_STC + "/import")).willReturn(okJson(AgencyFixtures.IMPORT_PREVIEW)));
        byte[] text = "I. CÔNG TÁC LÃNH ĐẠO\nSở Tài chính ban hành kế hoạch.".getBytes(StandardCharsets.UTF_8);

        Forms.multipartFrom(STC).multiPart("etag", AgencyFixtures.ETAG).multiPart("document", "bao-cao.txt", text, "text/plain")
                .post(STC + "/import").then().statusCode(200);

        services.verify(postRequestedFor(urlPathEqualTo(API_STC + "/import")).withHeader("Content-Type", containing("text/plain"))
                .withHeader("Content-Type", containing("UTF-8")).withRequestBody(binaryEqualTo(text)));
    }

    @Test
    void aDocumentTheServiceCannotReadIsExplainedAndTheFormKeepsTheSavedDraft() {
        services.stubFor(post(urlPathEqualTo(API_STC + "/import")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json").withBody(Fixtures.problem(422, "UNREADABLE_DOCUMENT", null))));

        Document page = Jsoup.parse(Forms.multipartFrom(STC).multiPart("document", "cu.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0, 0}, "application/msword")
                .post(STC + "/import").then().statusCode(422).extract().asString());

        assertThat(page.getElementById("form-problem").text()).contains("Không đọc được tệp", ".docx");
        assertThat(page.getElementById("text-II.6").val()).isEqualTo("Sở Tài chính đăng ký 02 mô hình.");
        assertThat(page.select("#draft-form").attr("data-draft-state")).isEqualTo("server");
    }

    @Test
    void anImportWithoutAFileAsksForOneWithoutCallingTheService() {
        Document page = Jsoup.parse(Forms.multipartFrom(STC).multiPart("etag", AgencyFixtures.ETAG).post(STC + "/import")
                .then().statusCode(422).extract().asString());

        assertThat(page.getElementById("form-problem").text()).contains("Chưa chọn tệp");
        services.verify(0, postRequestedFor(urlPathEqualTo(API_STC + "/import")));
    }

    @Test
    void theConfirmationNamesWhatWillBeFrozenAsWhichVersionAndTheRequiredIndicatorsStillEmpty() {
        Document confirm = page(STC + "/submit");

        assertThat(confirm.getElementById("frozen-heading").text()).isEqualTo("Nội dung sẽ được chốt thành phiên bản 1");
        assertThat(confirm.getElementById("what-is-frozen").text()).contains("Sở Tài chính", "phiên bản 1", "không sửa được nữa");
        assertThat(confirm.select(".frozen-summary").text()).contains("2 mục có nội dung, 3 chỉ tiêu có số liệu", "Văn bản số 215/BC-STC ngày 12/11/2021");
        assertThat(confirm.select("article.section[data-key=II.6] .text").text()).isEqualTo("Sở Tài chính đăng ký 02 mô hình.");
        assertThat(confirm.select("tr[data-code=II.1.support_money]").text()).contains("9.000.000.000", "đồng");
        assertThat(confirm.select("#missing-figures")).as("every required figure is given").isEmpty();
        assertThat(confirm.select("form[action$=/submit] input[name=etag]").val()).isEqualTo(AgencyFixtures.ETAG);
        assertThat(confirm.select("button#confirm-submit").text()).isEqualTo("Nộp báo cáo");
    }

    @Test
    void theConfirmationWarnsOfRequiredIndicatorsLeftEmpty() {
        services.stubFor(get(urlPathEqualTo(API_STC)).willReturn(okJson(AgencyFixtures.DRAFT.replace("{\"code\": \"II.6.models\", \"value\": 2}", "{\"code\": \"II.6.models\", \"value\": null}"))
                .withHeader("ETag", AgencyFixtures.ETAG)));

        assertThat(page(STC + "/submit").select("#missing-figures li").text()).isEqualTo("Số mô hình đăng ký");
    }

    @Test
    void submittingSendsTheDraftsEtagAndAKeyDerivedFromItSoARetrySubmitsOnce() {
        services.stubFor(post(urlPathEqualTo(API_STC + "/submit")).willReturn(okJson(AgencyFixtures.SUBMITTED).withHeader("ETag", "\"41-4\"")));

        Forms.from(STC + "/submit").formParam("etag", AgencyFixtures.ETAG).post(STC + "/submit")
                .then().statusCode(303).header("Location", endsWith(STC + "?notice=submitted"));
        Forms.from(STC + "/submit").formParam("etag", AgencyFixtures.ETAG).post(STC + "/submit").then().statusCode(303);

        List<LoggedRequest> submits = services.findAll(postRequestedFor(urlPathEqualTo(API_STC + "/submit")));
        assertThat(submits).hasSize(2).allSatisfy(submit -> {
            assertThat(submit.getHeader("If-Match")).isEqualTo(AgencyFixtures.ETAG);
            assertThat(submit.getHeader("Idempotency-Key")).isEqualTo(SubmitResource.idempotencyKey("DVCQ-2021", "STC", AgencyFixtures.ETAG));
        });
        assertThat(SubmitResource.idempotencyKey("DVCQ-2021", "STC", "\"41-9\"")).as("another draft, another key")
                .isNotEqualTo(SubmitResource.idempotencyKey("DVCQ-2021", "STC", AgencyFixtures.ETAG));
    }

    @Test
    void aSubmittedReportSaysItsVersionAndTimeAndIsShownReadOnly() {
        services.stubFor(get(urlPathEqualTo(API_STC)).willReturn(okJson(AgencyFixtures.SUBMITTED).withHeader("ETag", "\"41-4\"")));
        services.stubFor(get(urlPathEqualTo(API_STC + "/versions/1")).willReturn(okJson(AgencyFixtures.VERSION_1)));

        Document page = page(STC + "?notice=submitted");

        assertThat(page.getElementById("notice").text()).isEqualTo("Đã nộp báo cáo: phiên bản 1, lúc 12/11/2021 10:00. Sở Nội vụ đã nhận được báo cáo.");
        assertThat(page.getElementById("report-status").text()).contains("Đã nộp");
        assertThat(page.select("#draft-form, #import")).isEmpty();
        assertThat(page.getElementById("content-heading").text()).isEqualTo("Nội dung đã nộp (phiên bản 1)");
        assertThat(page.getElementById("countdown").text()).isEqualTo("Nộp đúng hạn");
    }

    @Test
    void aDraftChangedSinceTheConfirmationIsNotSubmittedAndTheConfirmationIsShownAgain() {
        services.stubFor(post(urlPathEqualTo(API_STC + "/submit")).willReturn(aResponse().withStatus(412)
                .withHeader("Content-Type", "application/problem+json").withBody(Fixtures.problem(412, "PRECONDITION_FAILED", null))));

        Forms.from(STC + "/submit").formParam("etag", "\"41-1\"").post(STC + "/submit")
                .then().statusCode(303).header("Location", endsWith(STC + "/submit?notice=draft_changed"));

        assertThat(page(STC + "/submit?notice=draft_changed").getElementById("notice").text()).contains("Bản nháp vừa thay đổi");
    }

    @Test
    void aReportAlreadySubmittedElsewhereIsToldNotSubmittedTwice() {
        services.stubFor(post(urlPathEqualTo(API_STC + "/submit")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type": "urn:baocao:problem:invalid-transition", "title": "t", "status": 409, "code": "INVALID_TRANSITION",
                         "reason": "ALREADY_SUBMITTED"}""")));

        Forms.from(STC + "/submit").formParam("etag", AgencyFixtures.ETAG).post(STC + "/submit")
                .then().statusCode(303).header("Location", endsWith(STC + "?notice=already_submitted"));
    }

    @Test
    void requiredIndicatorsMissingAtSubmitAreShownBesideTheirInputs() {
        services.stubFor(post(urlPathEqualTo(API_STC + "/submit")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json").withBody(Fixtures.problem(422, "REQUIRED_FIGURES_MISSING", """
                        [{"pointer": "/indicators", "message": "chỉ tiêu II.6.models (Số mô hình đăng ký) là bắt buộc khi nộp báo cáo"}]"""))));

        Document page = Jsoup.parse(Forms.from(STC + "/submit").formParam("etag", AgencyFixtures.ETAG).post(STC + "/submit")
                .then().statusCode(422).extract().asString());

        assertThat(page.getElementById("figure-II.6.models-error").text())
                .isEqualTo("Chỉ tiêu II.6.models (Số mô hình đăng ký) là bắt buộc khi nộp báo cáo.");
        assertThat(page.getElementById("form-problem").text()).contains("Còn thiếu chỉ tiêu bắt buộc");
    }

    @Test
    void aReturnedReportShowsTheReasonOnTopAndWhatChangedSinceTheVersionReturned() {
        services.stubFor(get(urlPathEqualTo(API_STC)).willReturn(okJson(AgencyFixtures.RETURNED).withHeader("ETag", "\"41-7\"")));
        services.stubFor(get(urlPathEqualTo(API_STC + "/diff")).withQueryParam("to", equalTo("draft")).willReturn(okJson(AgencyFixtures.DIFF_TO_DRAFT)));

        Document page = page(STC);

        assertThat(page.select("main > *").eachAttr("id")).as("the reason comes before the diff and the form")
                .containsSubsequence("return-reason", "changes", "import", "draft-form");
        assertThat(page.select("#return-reason .reason-text").text()).isEqualTo("Bổ sung <nguồn> số liệu & số khẩu.");
        assertThat(page.getElementById("changes-heading").text()).isEqualTo("Những gì đã sửa so với phiên bản 1 đã nộp");
        assertThat(page.select("#changes #figure-diff tr[data-code=II.6.models]").text()).contains("1", "2");
        assertThat(page.select("#changes #figure-diff thead").text()).contains("Phiên bản 1", "Bản nháp");
        assertThat(page.select("#changes .section-diff[data-key=II.6] ins").text()).isEqualTo("02");
        assertThat(page.select("#draft-form")).as("a returned report is edited again").isNotEmpty();
        assertThat(page.select("button#submit-report")).isNotEmpty();
    }
}
