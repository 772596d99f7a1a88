package vn.gov.quangngai.baocao.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.client.aggregation.api.SummaryApi;
import vn.gov.quangngai.baocao.client.aggregation.model.IndicatorTotal;
import vn.gov.quangngai.baocao.client.aggregation.model.Summary;
import vn.gov.quangngai.baocao.client.report.ApiException;
import vn.gov.quangngai.baocao.client.report.ApiResponse;
import vn.gov.quangngai.baocao.client.report.api.ReportsApi;
import vn.gov.quangngai.baocao.client.report.api.RoundsApi;
import vn.gov.quangngai.baocao.client.report.model.DocumentRequest;
import vn.gov.quangngai.baocao.client.report.model.IndicatorValue;
import vn.gov.quangngai.baocao.client.report.model.IndicatorValueRequest;
import vn.gov.quangngai.baocao.client.report.model.PeriodKind;
import vn.gov.quangngai.baocao.client.report.model.PeriodRequest;
import vn.gov.quangngai.baocao.client.report.model.Problem;
import vn.gov.quangngai.baocao.client.report.model.Report;
import vn.gov.quangngai.baocao.client.report.model.ReportRequest;
import vn.gov.quangngai.baocao.client.report.model.RoundRequest;
import vn.gov.quangngai.baocao.client.report.model.RoundRequestLetter;
import vn.gov.quangngai.baocao.client.report.model.SectionTextRequest;
import vn.gov.quangngai.baocao.client.report.model.SignerRequest;

/**
 * The Java clients an integrator generates from the committed OpenAPI documents (module
 * api-clients, OpenAPI Generator, library native) against the whole suite: a round opened as SNV,
 * a draft saved and submitted as the agency with typed models only, the answers read back typed,
 * a refusal read as the contract's Problem, another agency's whole report submitted in one request
 * with {@code Prefer: return=minimal}, and the provincial summary read through the
 * aggregation-service client. Anything the contract promises that a generated client cannot do
 * fails here.
 */
class GeneratedClientIT {

    private static Suite suite;

    @BeforeAll
    static void startSuite() {
        suite = Suite.get();
    }

    private static vn.gov.quangngai.baocao.client.report.ApiClient reportService(String token) {
        vn.gov.quangngai.baocao.client.report.ApiClient client = new vn.gov.quangngai.baocao.client.report.ApiClient();
        client.updateBaseUri(suite.reportService.baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private static vn.gov.quangngai.baocao.client.aggregation.ApiClient aggregationService(String token) {
        vn.gov.quangngai.baocao.client.aggregation.ApiClient client = new vn.gov.quangngai.baocao.client.aggregation.ApiClient();
        client.updateBaseUri(suite.aggregationService.baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void anAgencySubmitsAndSnvSumsUpThroughGeneratedClientsOnly() throws Exception {
        String round = openRoundAsReviewer();

        ReportsApi alice = new ReportsApi(reportService(suite.tokens.forDemoUser("alice")));
        ApiResponse<Report> saved = alice.saveDraftWithHttpInfo("BDT", round, draft(), null, null);
        assertThat(saved.getStatusCode()).isEqualTo(201);
        assertThat(saved.getData().getStatus()).isEqualTo(Report.StatusEnum.DRAFT);
        String etag = saved.getHeaders().get("etag").get(0);
        assertThat(etag).matches("\"\\d+-\\d+\"");

        Report submitted = alice.submitReport("BDT", round, round + "-BDT-" + etag.replace("\"", ""), etag);
        assertThat(submitted.getStatus()).isEqualTo(Report.StatusEnum.SUBMITTED);
        assertThat(submitted.getVersion()).isEqualTo(1);
        assertThat(submitted.getLate()).isFalse();

        Report read = alice.getReport("BDT", round);
        assertThat(read.getStatus()).isEqualTo(Report.StatusEnum.SUBMITTED);
        assertThat(read.getVersion()).isEqualTo(1);
        assertThat(read.getSubmittedAt()).isEqualTo(submitted.getSubmittedAt());
        assertThat(read.getIndicators()).extracting(IndicatorValue::getCode, IndicatorValue::getValue)
                .contains(org.assertj.core.groups.Tuple.tuple("II.3.receptions_periodic", 12), org.assertj.core.groups.Tuple.tuple("II.6.has_model", true));
        assertThat(read.getDocument().getSigner().getDelegation()).isEqualTo("KT. TRƯỞNG BAN");

        ApiException again = catchThrowableOfType(ApiException.class, () -> alice.submitReport("BDT", round, null, null));
        assertThat(again.getCode()).isEqualTo(409);
        Problem problem = reportService("unused").getObjectMapper().readValue(again.getResponseBody(), Problem.class);
        assertThat(problem.getCode()).isEqualTo(Problem.CodeEnum.INVALID_TRANSITION);
        assertThat(problem.getReason()).isEqualTo("ALREADY_SUBMITTED");
        assertThat(problem.getTitle()).isEqualTo("Không chuyển được trạng thái");

        // Sở Tài chính's system: the whole report in one request, answered without a body
        ReportsApi carol = new ReportsApi(reportService(suite.tokens.forDemoUser("carol")));
        ApiResponse<Report> oneRequest = carol.submitReportContentWithHttpInfo("STC", round, stcReport(), UUID.randomUUID().toString(), null, "return=minimal");
        assertThat(oneRequest.getStatusCode()).isEqualTo(201);
        assertThat(oneRequest.getData()).isNull();
        assertThat(oneRequest.getHeaders().get("location")).singleElement().asString().endsWith("/api/v1/rounds/" + round + "/reports/STC/versions/1");
        assertThat(oneRequest.getHeaders().get("preference-applied")).containsExactly("return=minimal");
        assertThat(carol.getReport("STC", round).getStatus()).isEqualTo(Report.StatusEnum.SUBMITTED);

        SummaryApi vera = new SummaryApi(aggregationService(suite.tokens.forDemoUser("vera")));
        Summary summary = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> vera.getSummary(round, "submitted"), s -> s.getCompleteness().getSubmitted() == 2);
        assertThat(summary.getBasis()).isEqualTo(Summary.BasisEnum.SUBMITTED);
        assertThat(summary.getCompleteness().getExpected()).isEqualTo(2);
        assertThat(summary.getCompleteness().getMissing()).isEmpty();
        IndicatorTotal periodic = summary.getIndicators().stream().filter(i -> i.getCode().equals("II.3.receptions_periodic")).findFirst().orElseThrow();
        assertThat(periodic.getTotal()).isEqualTo(12 + 7);
        assertThat(periodic.getReportedBy()).isEqualTo(2);
        assertThat(periodic.getByAgency()).extracting(v -> v.getAgency() + "@" + v.getVersion() + "=" + v.getValue())
                .containsExactly("BDT@1=12", "STC@1=7");
        assertThat(summary.getVersions()).extracting(v -> v.getAgency() + "@" + v.getVersion()).containsExactly("BDT@1", "STC@1");
    }

    /** Sở Tài chính's figures, all the required ones. */
    private static ReportRequest stcReport() {
        return new ReportRequest()
                .addSectionsItem(new SectionTextRequest().key("II.3").text("Năm 2021, lãnh đạo Sở tiếp công dân định kỳ 7 lượt, đột xuất 2 lượt."))
                .addIndicatorsItem(new IndicatorValueRequest().code("II.2.procedures_total").value(112))
                .addIndicatorsItem(new IndicatorValueRequest().code("II.3.receptions_periodic").value(7))
                .addIndicatorsItem(new IndicatorValueRequest().code("II.3.receptions_adhoc").value(2))
                .addIndicatorsItem(new IndicatorValueRequest().code("II.6.models").value(0));
    }

    /** SNV opens the round with the built-in outline, also through the generated client. */
    private static String openRoundAsReviewer() throws ApiException {
        String code = "GEN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        RoundsApi bob = new RoundsApi(reportService(suite.tokens.forDemoUser("bob")));
        bob.openRound(new RoundRequest()
                .code(code)
                .title("Báo cáo kết quả công tác dân vận chính quyền năm 2021")
                .request(new RoundRequestLetter().number("2454/SNV-XDCQ").date(LocalDate.of(2021, 10, 29)).issuer("Sở Nội vụ tỉnh Quảng Ngãi"))
                .period(new PeriodRequest().kind(PeriodKind.YEAR).year(2021))
                .deadline(LocalDate.now().plusMonths(1).toString())
                .agencies(List.of("BDT", "STC"))
                .templateCode("DVCQ-NAM"));
        return code;
    }

    private static ReportRequest draft() {
        return new ReportRequest()
                .document(new DocumentRequest().number("125/BC-BDT").date(LocalDate.of(2021, 11, 12)).place("Quảng Ngãi")
                        .signer(new SignerRequest().name("Nguyễn Thế Nhân").title("PHÓ TRƯỞNG BAN").delegation("KT. TRƯỞNG BAN"))
                        .recipients(List.of("Sở Nội vụ", "Lưu: VT")))
                .addSectionsItem(new SectionTextRequest().key("II.3").text("Năm 2021, lãnh đạo Ban tiếp công dân định kỳ 12 lượt theo lịch."))
                .addIndicatorsItem(new IndicatorValueRequest().code("II.2.procedures_total").value(2))
                .addIndicatorsItem(new IndicatorValueRequest().code("II.3.receptions_periodic").value(12))
                .addIndicatorsItem(new IndicatorValueRequest().code("II.3.receptions_adhoc").value(0))
                .addIndicatorsItem(new IndicatorValueRequest().code("II.6.models").value(1))
                .addIndicatorsItem(new IndicatorValueRequest().code("II.6.has_model").value(true));
    }
}
