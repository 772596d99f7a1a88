package vn.gov.quangngai.baocao.report.shared;

/** Request and answer examples for the OpenAPI document, taken from the 2021 round and the Ban Dân tộc report. */
public final class Examples {

    public static final String ROUND_REQUEST = """
            {"code": "DVCQ-2021",
             "title": "Báo cáo kết quả công tác dân vận chính quyền năm 2021",
             "request": {"number": "2454/SNV-XDCQ", "date": "2021-10-29", "issuer": "Sở Nội vụ tỉnh Quảng Ngãi"},
             "period": {"kind": "YEAR", "year": 2021},
             "deadline": "2021-11-15",
             "agencies": ["BDT", "STC", "MINHLONG"],
             "templateCode": "DVCQ-NAM"}""";

    public static final String ROUND_PROBLEM = """
            {"type": "urn:baocao:problem:validation-failed", "title": "Validation failed", "status": 422,
             "detail": "The request has 2 problems.", "code": "VALIDATION_FAILED",
             "errors": [{"pointer": "/agencies/2", "message": "no agency MINHLON in the registry"},
                        {"pointer": "/deadline", "message": "must be a date-time with offset (2021-11-15T17:00:00+07:00) or a date (2021-11-15)"}]}""";

    public static final String REPORT_REQUEST = """
            {"document": {"number": "125/BC-BDT", "date": "2021-11-12", "place": "Quảng Ngãi",
                          "signer": {"name": "Nguyễn Thế Nhân", "title": "PHÓ TRƯỞNG BAN", "delegation": "KT. TRƯỞNG BAN"},
                          "recipients": ["Sở Nội vụ", "Lãnh đạo Ban", "Lưu: VT, VP"]},
             "sections": [{"key": "II.6", "text": "Ban Dân tộc đăng ký 01 mô hình \\"Dân vận khéo\\" năm 2021."}],
             "indicators": [{"code": "II.1.elder_info_classes", "value": 12},
                            {"code": "II.1.support_money", "value": 9000000000},
                            {"code": "II.3.receptions_periodic", "value": 0},
                            {"code": "II.6.models", "value": 1},
                            {"code": "II.6.has_model", "value": true}],
             "nilReport": false}""";

    public static final String REPORT_PROBLEM = """
            {"type": "urn:baocao:problem:validation-failed", "title": "Validation failed", "status": 422,
             "detail": "The request has 3 problems.", "code": "VALIDATION_FAILED",
             "errors": [{"pointer": "/indicators/0/code", "message": "no figure II.9.unknown in this round's outline"},
                        {"pointer": "/indicators/1/value", "message": "must be a whole number (Số lớp tập huấn)"},
                        {"pointer": "/indicators/2/value", "message": "must not be negative (Số lượt tiếp công dân định kỳ)"}]}""";

    public static final String RETURN_REQUEST = """
            {"reason": "Đề nghị bổ sung số liệu tiếp công dân định kỳ và đột xuất."}""";

    private Examples() {
    }
}
