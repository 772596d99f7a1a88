package vn.gov.quangngai.baocao.console.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.LocalDate;
import vn.gov.quangngai.baocao.console.view.VietnameseFormat;

/** What report-service answers an agency's officer (Sở Tài chính) in the console's tests: its round, its draft, an import. */
public final class AgencyFixtures {

    public static final String ROUND = "DVCQ-2021";
    public static final String ETAG = "\"41-3\"";

    /** An outline with every kind of figure: whole numbers, money, decimals, yes/no, and required ones. */
    public static final String TEMPLATE = """
            {"sections": [
              {"key": "I", "title": "Công tác lãnh đạo, chỉ đạo triển khai", "guidance": "Nêu các kế hoạch, văn bản đã ban hành.", "indicators": []},
              {"key": "II.1", "title": "Thực hiện \\"mục tiêu kép\\"", "indicators": [
                {"code": "II.1.support_people", "label": "Số khẩu được hỗ trợ", "unit": "người", "type": "INTEGER", "aggregation": "SUM", "required": false},
                {"code": "II.1.support_money", "label": "Kinh phí hỗ trợ", "unit": "đồng", "type": "MONEY", "aggregation": "SUM", "required": false},
                {"code": "II.1.poor_share", "label": "Tỷ lệ hộ nghèo", "unit": "%", "type": "DECIMAL", "aggregation": "MAX", "required": false}]},
              {"key": "II.6", "title": "Mô hình \\"Dân vận khéo\\"", "indicators": [
                {"code": "II.6.models", "label": "Số mô hình đăng ký", "unit": "mô hình", "type": "INTEGER", "aggregation": "SUM", "required": true},
                {"code": "II.6.has_model", "label": "Có đăng ký mô hình", "unit": "cơ quan", "type": "BOOLEAN", "aggregation": "COUNT", "required": false}]}]}""";

    public static final String ROUND_JSON = """
            {"code": "DVCQ-2021", "title": "Báo cáo kết quả công tác dân vận chính quyền năm 2021",
             "request": {"number": "2454/SNV-XDCQ", "date": "2021-10-29", "issuer": "Sở Nội vụ tỉnh Quảng Ngãi"},
             "period": {"kind": "YEAR", "year": 2021}, "deadline": "2099-11-15T23:59:59+07:00", "status": "OPEN",
             "agencies": ["BDT", "STC", "MINHLONG"], "templateCode": "DVCQ-NAM", "template": %s}""".formatted(TEMPLATE);

    /** A draft saved once: two sections, three figures, the document block. */
    public static final String DRAFT = """
            {"round": "DVCQ-2021", "agency": "STC", "agencyName": "Sở Tài chính", "status": "DRAFT", "version": 0, "late": false,
             "updatedAt": "2021-11-10T08:15:00+07:00",
             "document": {"number": "215/BC-STC", "date": "2021-11-12", "place": "Quảng Ngãi",
                          "signer": {"name": "Trần Văn Bình", "title": "PHÓ GIÁM ĐỐC", "delegation": "KT. GIÁM ĐỐC"},
                          "recipients": ["Sở Nội vụ;", "Lưu: VT."]},
             "sections": [{"key": "I", "text": "Ban hành Kế hoạch số 45/KH-STC & hướng dẫn <b>triển khai</b>."},
                          {"key": "II.6", "text": "Sở Tài chính đăng ký 02 mô hình."}],
             "indicators": [{"code": "II.1.support_people", "value": 196878}, {"code": "II.1.support_money", "value": 9000000000},
                            {"code": "II.6.models", "value": 2}],
             "nilReport": false}""";

    /** Submitted once, returned by SNV with a reason (holding markup), edited since. */
    public static final String RETURNED = DRAFT.replace("\"status\": \"DRAFT\", \"version\": 0, \"late\": false",
            "\"status\": \"RETURNED\", \"version\": 1, \"late\": false, \"submittedAt\": \"2021-11-12T10:00:00+07:00\", "
                    + "\"firstSubmittedAt\": \"2021-11-12T10:00:00+07:00\", \"returnReason\": \"Bổ sung <nguồn> số liệu & số khẩu.\"");

    public static final String SUBMITTED = DRAFT.replace("\"status\": \"DRAFT\", \"version\": 0, \"late\": false",
            "\"status\": \"SUBMITTED\", \"version\": 1, \"late\": false, \"submittedAt\": \"2021-11-12T10:00:00+07:00\", "
                    + "\"firstSubmittedAt\": \"2021-11-12T10:00:00+07:00\"");

    public static final String NOT_STARTED = """
            {"round": "DVCQ-2021", "agency": "STC", "agencyName": "Sở Tài chính", "status": "NOT_STARTED", "version": 0, "late": false,
             "sections": [], "indicators": []}""";

    public static final String VERSION_1 = """
            {"round": "DVCQ-2021", "agency": "STC", "version": 1, "submittedAt": "2021-11-12T10:00:00+07:00",
             "submittedBy": {"subject": "c1", "username": "carol", "name": "Carol Trần Thị"}, "late": false,
             "document": {"number": "215/BC-STC", "date": "2021-11-12"},
             "sections": [{"key": "II.6", "text": "Sở Tài chính đăng ký 02 mô hình."}],
             "indicators": [{"code": "II.6.models", "value": 2}], "nilReport": false}""";

    /** What the draft of a returned report changed since version 1. */
    public static final String DIFF_TO_DRAFT = """
            {"round": "DVCQ-2021", "agency": "STC", "from": {"version": 1, "submittedAt": "2021-11-12T10:00:00+07:00", "draft": false},
             "to": {"draft": true},
             "sections": [{"key": "II.6", "title": "Mô hình \\"Dân vận khéo\\"", "change": "CHANGED",
                           "words": [{"op": "EQUAL", "text": "Sở Tài chính đăng ký "}, {"op": "DELETE", "text": "01"},
                                     {"op": "INSERT", "text": "02"}, {"op": "EQUAL", "text": " mô hình."}]}],
             "indicators": [{"code": "II.6.models", "label": "Số mô hình đăng ký", "unit": "mô hình", "from": 1, "to": 2, "change": "CHANGED"}],
             "document": [], "nilReport": {"from": false, "to": false}}""";

    /**
     * What a .docx makes of {@link #DRAFT}: the saved draft with the file read into it. The file gives another number of
     * khẩu (196.900), another document number and another text of section I (each a CONFLICT, the saved value kept in the
     * draft), the same money (SAVED), section II.1 and the request answered where nothing was saved (FILE); it says nothing
     * of section II.6 or the models (SAVED). One paragraph not placed.
     */
    public static final String IMPORT_PREVIEW = """
            {"draft": {"document": {"number": "215/BC-STC", "date": "2021-11-12", "place": "Quảng Ngãi",
                                    "signer": {"name": "Trần Văn Bình", "title": "PHÓ GIÁM ĐỐC", "delegation": "KT. GIÁM ĐỐC"},
                                    "recipients": ["Sở Nội vụ;", "Lưu: VT."], "answers": {"number": "2454/SNV-XDCQ", "date": "2021-10-29"}},
                       "sections": [{"key": "I", "text": "Ban hành Kế hoạch số 45/KH-STC & hướng dẫn <b>triển khai</b>."},
                                    {"key": "II.1", "text": "Phân bổ hơn 9 tỷ đồng cho 196.900 khẩu."},
                                    {"key": "II.6", "text": "Sở Tài chính đăng ký 02 mô hình."}],
                       "indicators": [{"code": "II.1.support_people", "value": 196878}, {"code": "II.1.support_money", "value": 9000000000},
                                      {"code": "II.6.models", "value": 2}]},
             "suggestions": [{"code": "II.1.support_people", "value": 196900, "source": "Phân bổ hơn 9 tỷ đồng cho 196.900 khẩu."},
                             {"code": "II.1.support_money", "value": 9000000000, "source": "Phân bổ hơn 9 tỷ đồng cho 196.900 khẩu."}],
             "warnings": [{"line": 31, "text": "Sở Tài chính báo cáo để Sở Nội vụ tổng hợp./.", "reason": "closing sentence of the letter, not part of any section"}],
             "placed": 0.93,
             "fields": [{"field": "/document/number", "origin": "CONFLICT", "saved": "215/BC-STC", "file": "216/BC-STC"},
                        {"field": "/document/date", "origin": "CONFLICT", "saved": "2021-11-12", "file": "2021-11-15"},
                        {"field": "/document/place", "origin": "SAVED", "saved": "Quảng Ngãi", "file": "Quảng Ngãi"},
                        {"field": "/document/answers/number", "origin": "FILE", "file": "2454/SNV-XDCQ"},
                        {"field": "/document/answers/date", "origin": "FILE", "file": "2021-10-29"},
                        {"field": "/document/signer/name", "origin": "SAVED", "saved": "Trần Văn Bình"},
                        {"field": "/document/recipients", "origin": "SAVED", "saved": ["Sở Nội vụ;", "Lưu: VT."]},
                        {"field": "/sections/I/text", "origin": "CONFLICT", "saved": "Ban hành Kế hoạch số 45/KH-STC & hướng dẫn <b>triển khai</b>.",
                         "file": "Sở Tài chính ban hành Kế hoạch số 45/KH-STC."},
                        {"field": "/sections/II.1/text", "origin": "FILE", "file": "Phân bổ hơn 9 tỷ đồng cho 196.900 khẩu."},
                        {"field": "/indicators/II.1.support_people", "origin": "CONFLICT", "saved": 196878, "file": 196900},
                        {"field": "/indicators/II.1.support_money", "origin": "SAVED", "saved": 9000000000, "file": 9000000000},
                        {"field": "/sections/II.6/text", "origin": "SAVED", "saved": "Sở Tài chính đăng ký 02 mô hình."},
                        {"field": "/indicators/II.6.models", "origin": "SAVED", "saved": 2}]}""";

    private AgencyFixtures() {
    }

    /** The rounds list a submitter gets: one open round whose deadline is {@code days} days from today in Vietnam. */
    public static String myRounds(int days, String status, String returnReason) {
        String deadline = LocalDate.now(VietnameseFormat.VIETNAM).plusDays(days) + "T23:59:59+07:00";
        return """
                {"items": [{"code": "DVCQ-2021", "title": "Báo cáo kết quả công tác dân vận chính quyền năm 2021",
                  "request": {"number": "2454/SNV-XDCQ", "date": "2021-10-29", "issuer": "Sở Nội vụ tỉnh Quảng Ngãi"},
                  "period": {"kind": "YEAR", "year": 2021}, "deadline": "%s", "status": "OPEN", "agencies": ["STC"],
                  "report": {"agency": "STC", "agencyName": "Sở Tài chính", "status": "%s", "version": 1, "late": false%s}}],
                 "page": 0, "size": 100, "total": 1}""".formatted(deadline, status,
                returnReason == null ? "" : ", \"returnReason\": \"" + returnReason + "\"");
    }

    /** Resets {@code services} to Sở Tài chính's round and its draft (with its ETag), where every agency page test starts. */
    public static void stubRoundAndDraft(WireMockServer services) {
        String reports = ServicesStub.REPORTS + "/api/v1";
        services.resetAll();
        services.stubFor(get(urlPathEqualTo(reports + "/rounds/" + ROUND)).willReturn(okJson(ROUND_JSON)));
        services.stubFor(get(urlPathEqualTo(reports + "/rounds/" + ROUND + "/reports/STC")).willReturn(okJson(DRAFT).withHeader("ETag", ETAG)));
    }
}
