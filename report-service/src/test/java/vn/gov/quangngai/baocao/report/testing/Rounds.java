package vn.gov.quangngai.baocao.report.testing;

import static io.restassured.RestAssured.given;

import java.util.Arrays;
import java.util.UUID;

/** Opens rounds for tests, each with a fresh code so that tests sharing a database stay apart. */
public final class Rounds {

    private Rounds() {
    }

    public static String freshCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static String body(String code, String deadline, String... agencies) {
        return """
                {"code": "%s", "title": "Báo cáo kết quả công tác dân vận chính quyền năm 2021",
                 "request": {"number": "2454/SNV-XDCQ", "date": "2021-10-29", "issuer": "Sở Nội vụ tỉnh Quảng Ngãi"},
                 "period": {"kind": "YEAR", "year": 2021}, "deadline": "%s",
                 "agencies": [%s], "templateCode": "DVCQ-NAM"}"""
                .formatted(code, deadline, String.join(", ", Arrays.stream(agencies).map(a -> "\"" + a + "\"").toList()));
    }

    /** Opens a round with the built-in outline; the deadline is far ahead unless given. */
    public static String openWithDeadline(String deadline, String... agencies) {
        String code = freshCode();
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body(body(code, deadline, agencies))
                .when().post("/api/v1/rounds")
                .then().statusCode(201);
        return code;
    }

    public static String open(String... agencies) {
        return openWithDeadline("2099-12-31", agencies);
    }

    /** A draft for the Ban Dân tộc with some of the seed report's figures. */
    public static final String BDT_DRAFT = """
            {"document": {"number": "125/BC-BDT", "date": "2021-11-12", "place": "Quảng Ngãi",
                          "signer": {"name": "Nguyễn Thế Nhân", "title": "PHÓ TRƯỞNG BAN", "delegation": "KT. TRƯỞNG BAN"},
                          "recipients": ["Sở Nội vụ", "Lưu: VT, VP"]},
             "sections": [{"key": "II.6", "text": "Ban Dân tộc đăng ký 01 mô hình \\"Dân vận khéo\\"."}],
             "indicators": [{"code": "II.1.elder_info_classes", "value": 12},
                            {"code": "II.1.support_money", "value": 9000000000},
                            {"code": "II.2.procedures_total", "value": 2},
                            {"code": "II.3.receptions_periodic", "value": 0},
                            {"code": "II.3.receptions_adhoc", "value": 0},
                            {"code": "II.6.models", "value": 1},
                            {"code": "II.6.has_model", "value": true}]}""";
}
