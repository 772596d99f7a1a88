package vn.gov.quangngai.baocao.console.testing;

/** What the services answer in the console's tests: a round of three agencies from the seed's outline, abridged. */
public final class Fixtures {

    public static final String ROUND = "DVCQ-2021";

    public static final String TEMPLATE = """
            {"sections": [
              {"key": "I", "title": "Công tác lãnh đạo, chỉ đạo triển khai", "indicators": []},
              {"key": "II.1", "title": "Thực hiện \\"mục tiêu kép\\"", "indicators": [
                {"code": "II.1.support_people", "label": "Số người được hỗ trợ", "unit": "người", "type": "INTEGER", "aggregation": "SUM", "required": false},
                {"code": "II.1.support_money", "label": "Kinh phí hỗ trợ", "unit": "đồng", "type": "MONEY", "aggregation": "SUM", "required": false}]},
              {"key": "II.6", "title": "Mô hình \\"Dân vận khéo\\"", "indicators": [
                {"code": "II.6.models", "label": "Số mô hình đăng ký", "unit": "mô hình", "type": "INTEGER", "aggregation": "SUM", "required": false}]}]}""";

    public static final String ROUND_JSON = """
            {"code": "DVCQ-2021", "title": "Báo cáo kết quả công tác dân vận chính quyền năm 2021",
             "request": {"number": "2454/SNV-XDCQ", "date": "2021-10-29", "issuer": "Sở Nội vụ tỉnh Quảng Ngãi"},
             "period": {"kind": "YEAR", "year": 2021}, "deadline": "2021-11-15T23:59:59+07:00", "status": "OPEN",
             "agencies": ["BDT", "STC", "MINHLONG"], "templateCode": "DVCQ-NAM", "template": %s,
             "counts": {"expected": 3, "notStarted": 1, "draft": 0, "submitted": 1, "returned": 1, "accepted": 0, "nil": 0, "late": 1}}"""
            .formatted(TEMPLATE);

    public static final String ROUNDS_OPEN = "{\"items\": [" + ROUND_JSON + "], \"page\": 0, \"size\": 100, \"total\": 1}";
    public static final String ROUNDS_NONE = "{\"items\": [], \"page\": 0, \"size\": 20, \"total\": 0}";

    /** BDT submitted (late), STC returned with a reason that holds markup, MINHLONG nothing yet. */
    public static final String ROWS = """
            {"items": [
              {"agency": "BDT", "agencyName": "Ban Dân tộc", "status": "SUBMITTED", "version": 2,
               "submittedAt": "2021-11-20T09:30:00+07:00", "firstSubmittedAt": "2021-11-16T08:00:00+07:00", "late": true, "nilReport": false},
              {"agency": "STC", "agencyName": "Sở Tài chính", "status": "RETURNED", "version": 1,
               "submittedAt": "2021-11-12T10:00:00+07:00", "firstSubmittedAt": "2021-11-12T10:00:00+07:00", "late": false,
               "returnReason": "Bổ sung <script>alert('x')</script> & \\"số liệu\\"", "nilReport": false},
              {"agency": "MINHLONG", "agencyName": "UBND huyện Minh Long", "status": "NOT_STARTED", "version": 0, "late": false}],
             "page": 0, "size": 500, "total": 3}""";

    public static final String REPORT_BDT = """
            {"round": "DVCQ-2021", "agency": "BDT", "agencyName": "Ban Dân tộc", "status": "SUBMITTED", "version": 2,
             "submittedAt": "2021-11-20T09:30:00+07:00", "firstSubmittedAt": "2021-11-16T08:00:00+07:00", "late": true}""";

    public static final String VERSION_2 = """
            {"round": "DVCQ-2021", "agency": "BDT", "version": 2, "submittedAt": "2021-11-20T09:30:00+07:00",
             "submittedBy": {"subject": "a1", "username": "alice", "name": "Alice Nguyễn Thị"}, "late": true,
             "document": {"number": "125/BC-BDT", "date": "2021-11-12", "place": "Quảng Ngãi",
                          "signer": {"name": "Nguyễn Thế Nhân", "title": "PHÓ TRƯỞNG BAN", "delegation": "KT. TRƯỞNG BAN"}},
             "sections": [{"key": "II.6", "text": "Ban Dân tộc đăng ký 01 mô hình \\"Dân vận khéo\\"."},
                          {"key": "I", "text": "Ban hành Kế hoạch số 12/KH-BDT & hướng dẫn <b>triển khai</b>."}],
             "indicators": [{"code": "II.1.support_people", "value": 196878}, {"code": "II.1.support_money", "value": 9000000000},
                            {"code": "II.6.models", "value": 2}],
             "nilReport": false}""";

    public static final String EVENTS = """
            {"items": [
              {"id": 1, "at": "2021-11-16T08:00:00+07:00", "action": "SUBMITTED", "actor": {"subject": "a1", "username": "alice", "name": "Alice Nguyễn Thị"},
               "fromStatus": "DRAFT", "toStatus": "SUBMITTED", "version": 1},
              {"id": 2, "at": "2021-11-17T14:00:00+07:00", "action": "RETURNED", "actor": {"subject": "b1", "username": "bob", "name": "Bob Lê Văn"},
               "fromStatus": "SUBMITTED", "toStatus": "RETURNED", "version": 1, "reason": "Đề nghị bổ sung số mô hình."},
              {"id": 3, "at": "2021-11-20T09:30:00+07:00", "action": "SUBMITTED", "actor": {"subject": "a1", "username": "alice", "name": "Alice Nguyễn Thị"},
               "fromStatus": "RETURNED", "toStatus": "SUBMITTED", "version": 2}],
             "page": 0, "size": 500, "total": 3}""";

    public static final String DIFF_1_2 = """
            {"round": "DVCQ-2021", "agency": "BDT", "from": {"version": 1, "submittedAt": "2021-11-16T08:00:00+07:00", "draft": false},
             "to": {"version": 2, "submittedAt": "2021-11-20T09:30:00+07:00", "draft": false},
             "sections": [{"key": "II.6", "title": "Mô hình \\"Dân vận khéo\\"", "change": "CHANGED",
                           "words": [{"op": "EQUAL", "text": "Ban Dân tộc đăng ký "}, {"op": "DELETE", "text": "00"},
                                     {"op": "INSERT", "text": "01"}, {"op": "EQUAL", "text": " mô hình \\"Dân vận khéo\\"."}]},
                          {"key": "I", "title": "Công tác lãnh đạo, chỉ đạo triển khai", "change": "UNCHANGED", "words": []}],
             "indicators": [{"code": "II.6.models", "label": "Số mô hình đăng ký", "unit": "mô hình", "from": 1, "to": 2, "change": "CHANGED"},
                            {"code": "II.1.support_people", "label": "Số người được hỗ trợ", "unit": "người", "from": 196878, "to": 196878, "change": "UNCHANGED"}],
             "document": [], "nilReport": {"from": false, "to": false}}""";

    public static final String SUMMARY = """
            {"round": "DVCQ-2021", "title": "Báo cáo kết quả công tác dân vận chính quyền năm 2021", "generatedAt": "2021-11-21T08:00:00+07:00",
             "basis": "submitted",
             "completeness": {"expected": 3, "submitted": 1, "accepted": 0, "returned": 1, "nil": 0,
                              "late": [{"code": "BDT", "name": "Ban Dân tộc"}], "missing": [{"code": "MINHLONG", "name": "UBND huyện Minh Long"}]},
             "indicators": [
               {"code": "II.1.support_people", "label": "Số người được hỗ trợ", "unit": "người", "aggregation": "SUM", "total": 196878, "reportedBy": 1,
                "byAgency": [{"agency": "BDT", "agencyName": "Ban Dân tộc", "value": 196878, "version": 2}]},
               {"code": "II.6.models", "label": "Số mô hình đăng ký", "unit": "mô hình", "aggregation": "SUM", "total": 5, "reportedBy": 2,
                "byAgency": [{"agency": "BDT", "agencyName": "Ban Dân tộc", "value": 2, "version": 2},
                             {"agency": "STC", "agencyName": "Sở Tài chính", "value": 3, "version": 1}]}],
             "sections": [{"key": "II.6", "title": "Mô hình \\"Dân vận khéo\\"",
                           "contributions": [{"agency": "BDT", "agencyName": "Ban Dân tộc", "version": 2, "text": "Ban Dân tộc đăng ký 01 mô hình <img src=x onerror=alert(1)>."}]}],
             "versions": [{"agency": "BDT", "version": 2}]}""";

    public static final String SNAPSHOTS = """
            {"items": [{"id": "3f0c2a4e", "takenAt": "2021-11-21T08:05:00+07:00",
                        "takenBy": {"subject": "b1", "username": "bob", "name": "Bob Lê Văn"}, "basis": "submitted"}],
             "page": 0, "size": 50, "total": 1}""";

    private Fixtures() {
    }

    public static String problem(int status, String code, String errorsJson) {
        return "{\"type\": \"urn:baocao:problem:x\", \"title\": \"t\", \"status\": " + status + ", \"detail\": \"d\", \"code\": \"" + code + "\""
                + (errorsJson == null ? "" : ", \"errors\": " + errorsJson) + "}";
    }
}
