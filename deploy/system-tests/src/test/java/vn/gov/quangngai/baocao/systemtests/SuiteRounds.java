package vn.gov.quangngai.baocao.systemtests;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.UUID;

/** Opens rounds on the running suite's report-service, each with a fresh code, from the built-in outline. */
final class SuiteRounds {

    private SuiteRounds() {
    }

    static String open(Suite suite, String reviewerToken, String deadline, List<String> agencies) {
        String code = "R-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().baseUri(suite.reportService.baseUrl()).auth().oauth2(reviewerToken).contentType("application/json").body("""
                {"code": "%s", "title": "Báo cáo kết quả công tác dân vận chính quyền năm 2021",
                 "request": {"number": "2454/SNV-XDCQ", "date": "2021-10-29", "issuer": "Sở Nội vụ tỉnh Quảng Ngãi"},
                 "period": {"kind": "YEAR", "year": 2021}, "deadline": "%s", "agencies": [%s], "templateCode": "DVCQ-NAM"}"""
                        .formatted(code, deadline, String.join(",", agencies.stream().map(a -> "\"" + a + "\"").toList())))
                .post("/api/v1/rounds").then().statusCode(201);
        return code;
    }
}
