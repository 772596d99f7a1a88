package vn.gov.quangngai.baocao.console.client;

/** The parts of the suite the console calls, named as people see them when one is unavailable. */
public enum ServicePart {

    REPORTS("Dịch vụ báo cáo (report-service)", "danh sách kỳ báo cáo, bảng theo dõi, nội dung và xử lý báo cáo"),
    SUMMARIES("Dịch vụ tổng hợp (aggregation-service)", "số liệu tổng hợp, biểu đồ, tải tệp Word và CSV, bản chốt");

    private final String label;
    private final String serves;

    ServicePart(String label, String serves) {
        this.label = label;
        this.serves = serves;
    }

    public String label() {
        return label;
    }

    /** What stops working while this part is down. */
    public String serves() {
        return serves;
    }
}
