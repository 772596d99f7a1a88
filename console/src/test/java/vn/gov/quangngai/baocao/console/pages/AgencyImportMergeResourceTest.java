package vn.gov.quangngai.baocao.console.pages;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

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
import vn.gov.quangngai.baocao.console.testing.Forms;
import vn.gov.quangngai.baocao.console.testing.ServicesStub;

/** A document read into Sở Tài chính's saved draft: saved values kept, each field the file gives otherwise shown with both values to choose. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ServicesStub.class)
@TestSecurity(user = "carol", roles = "submitter")
@OidcSecurity(claims = {@Claim(key = "name", value = "Carol Trần Thị"), @Claim(key = "preferred_username", value = "carol"),
        @Claim(key = "agency_code", value = "STC"), @Claim(key = "agency_name", value = "Sở Tài chính")})
class AgencyImportMergeResourceTest {

    static final String STC = "/rounds/DVCQ-2021/reports/STC";
    static final String API_STC = ServicesStub.REPORTS + "/api/v1/rounds/DVCQ-2021/reports/STC";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @ServicesStub.Server
    WireMockServer services;

    @BeforeEach
    void stubTheRoundTheDraftAndTheImport() {
        AgencyFixtures.stubRoundAndDraft(services);
        services.stubFor(post(urlPathEqualTo(API_STC + "/import")).willReturn(okJson(AgencyFixtures.IMPORT_PREVIEW)));
    }

    @Test
    void eachFieldTheFileGivesOtherwiseShowsTheSavedValueAndTheFilesWithAChoiceAndTheFormHoldsTheSavedOne() {
        Document page = imported();

        assertThat(page.getElementById("figure-II.1.support_people").val()).as("the saved value stays until the officer chooses").isEqualTo("196.878");
        Element people = choiceFor(page, "figure-II.1.support_people");
        assertThat(people.select(".choice-side.saved").text()).startsWith("Đã lưu: 196.878").contains("Giữ giá trị đã lưu");
        assertThat(people.select(".choice-side.file").text()).startsWith("Trong tệp: 196.900").contains("Lấy giá trị trong tệp");
        assertThat(people.attr("data-file-value")).isEqualTo("196.900");
        assertThat(people.select("button.choose-saved").attr("aria-pressed")).isEqualTo("true");
        assertThat(people.select("button.choose-file").attr("value")).isEqualTo("file:figure:II.1.support_people");
        assertThat(people.closest("form").id()).isEqualTo("draft-form");

        assertThat(page.getElementById("doc-number").val()).isEqualTo("215/BC-STC");
        assertThat(choiceFor(page, "doc-number").select(".choice-side.file").text()).startsWith("Trong tệp: 216/BC-STC");
        assertThat(choiceFor(page, "doc-date").select(".choice-side.saved .choice-value").text()).isEqualTo("12/11/2021");
        assertThat(choiceFor(page, "doc-date").select(".choice-side.file .choice-value").text()).isEqualTo("15/11/2021");
        assertThat(page.getElementById("text-I").val()).isEqualTo("Ban hành Kế hoạch số 45/KH-STC & hướng dẫn <b>triển khai</b>.");
        assertThat(choiceFor(page, "text-I").select(".choice-side.file .choice-value").text()).isEqualTo("Sở Tài chính ban hành Kế hoạch số 45/KH-STC.");

        assertThat(page.select(".import-choice")).extracting(e -> e.attr("data-input"))
                .containsExactly("doc-number", "doc-date", "text-I", "figure-II.1.support_people");
        assertThat(page.getElementById("figure-II.1.support_money").val()).as("the same value: no choice").isEqualTo("9.000.000.000");
        assertThat(page.getElementById("figure-II.6.models").val()).as("the file says nothing of it: kept").isEqualTo("2");
        assertThat(page.getElementById("import-choices-heading").text()).isEqualTo("Tệp ghi khác giá trị đã lưu ở 4 mục");
        assertThat(page.getElementById("take-all-file").attr("value")).isEqualTo("file:*");
        assertThat(page.getElementById("keep-all-saved").attr("value")).isEqualTo("saved:*");
        assertThat(page.select("#draft-form button[type=submit]").first().id()).as("Enter in a field saves, it picks nothing").isEqualTo("default-save");
        assertThat(page.select("input[name=choiceField]").eachAttr("value"))
                .containsExactly("number", "date", "section:I", "figure:II.1.support_people");
        assertThat(page.select("input[name=choiceTaken]").eachAttr("value")).containsOnly("saved");
        assertThat(page.getElementById("import-result").text()).contains("giá trị đã lưu mà tệp không nói đến được giữ nguyên", "4 mục tệp ghi khác");
        assertThat(page.select("form.import-form").attr("data-confirm-dirty")).contains("bản nháp đã lưu", "giữ giá trị đã lưu");
        assertThat(page.getElementById("document-hint").text()).contains("giá trị đã lưu không bị xoá");
    }

    @Test
    void withoutJavaScriptAChoiceComesBackInTheFormAndNothingIsSaved() {
        Document page = Jsoup.parse(posted(imported(), "file:figure:II.1.support_people").post(STC + "/draft")
                .then().statusCode(200).extract().asString());

        services.verify(0, putRequestedFor(urlPathMatching(".*")));
        assertThat(page.getElementById("figure-II.1.support_people").val()).isEqualTo("196.900");
        assertThat(page.getElementById("doc-number").val()).as("only the field picked").isEqualTo("215/BC-STC");
        assertThat(choiceFor(page, "figure-II.1.support_people").select("button.choose-file").attr("aria-pressed")).isEqualTo("true");
        assertThat(page.select("input[name=choiceTaken]").eachAttr("value")).containsExactly("saved", "saved", "saved", "file");

        Document all = Jsoup.parse(posted(page, "file:*").post(STC + "/draft").then().statusCode(200).extract().asString());
        assertThat(all.getElementById("doc-number").val()).isEqualTo("216/BC-STC");
        assertThat(all.getElementById("doc-date").val()).isEqualTo("2021-11-15");
        assertThat(all.getElementById("text-I").val()).isEqualTo("Sở Tài chính ban hành Kế hoạch số 45/KH-STC.");
        Document kept = Jsoup.parse(posted(all, "saved:*").post(STC + "/draft").then().statusCode(200).extract().asString());
        assertThat(kept.getElementById("doc-number").val()).isEqualTo("215/BC-STC");
        assertThat(kept.getElementById("figure-II.1.support_people").val()).isEqualTo("196.878");
        services.verify(0, putRequestedFor(urlPathMatching(".*")));
    }

    @Test
    void savingAfterTheChoicesSendsThePickedValuesAndTheSavedOnesWithTheDraftsEtag() {
        services.stubFor(put(urlPathEqualTo(API_STC)).willReturn(okJson(AgencyFixtures.DRAFT).withHeader("ETag", "\"41-4\"")));
        Document picked = Jsoup.parse(posted(imported(), "file:number").post(STC + "/draft").then().statusCode(200).extract().asString());

        posted(picked, null).post(STC + "/draft").then().statusCode(303);

        services.verify(putRequestedFor(urlPathEqualTo(API_STC)).withHeader("If-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo(AgencyFixtures.ETAG))
                .withRequestBody(equalToJson("""
                        {"document": {"number": "216/BC-STC", "date": "2021-11-12", "answers": {"number": "2454/SNV-XDCQ", "date": "2021-10-29"}},
                         "sections": [{"key": "I", "text": "Ban hành Kế hoạch số 45/KH-STC & hướng dẫn <b>triển khai</b>."},
                                      {"key": "II.1", "text": "Phân bổ hơn 9 tỷ đồng cho 196.900 khẩu."}],
                         "indicators": [{"code": "II.1.support_people", "value": 196878}, {"code": "II.1.support_money", "value": 9000000000},
                                        {"code": "II.6.models", "value": 2}]}""", true, true)));
    }

    private Document imported() {
        byte[] docx = {'P', 'K', 3, 4, 20, 0, 6, 0};
        return Jsoup.parse(Forms.multipartFrom(STC).multiPart("etag", AgencyFixtures.ETAG).multiPart("document", "bao-cao-STC.docx", docx, DOCX)
                .post(STC + "/import").then().statusCode(200).extract().asString());
    }

    private static Element choiceFor(Document page, String input) {
        Element choice = page.selectFirst(".import-choice[data-input=" + input + "]");
        assertThat(choice).as("a choice for " + input).isNotNull();
        return choice;
    }

    /** The draft form of {@code page} posted as a browser without JavaScript posts it, with {@code pick} the button pressed (null: save). */
    private static RequestSpecification posted(Document page, String pick) {
        RequestSpecification form = Forms.from(STC);
        for (Element control : page.select("#draft-form input, #draft-form textarea, #draft-form select")) {
            String name = control.attr("name");
            if (name.isEmpty() || name.equals(Forms.CSRF) || (control.attr("type").equals("checkbox") && !control.hasAttr("checked"))) {
                continue;
            }
            String value = control.tagName().equals("select") ? control.select("option[selected]").val()
                    : control.tagName().equals("textarea") ? control.val() : control.attr("value");
            form.formParam(name, value);
        }
        if (pick != null) {
            form.formParam("pick", pick);
        }
        return form;
    }
}
