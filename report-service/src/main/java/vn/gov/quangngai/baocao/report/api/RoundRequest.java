package vn.gov.quangngai.baocao.report.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.quangngai.baocao.report.domain.Template;

/** OpenAPI shape of "open a round" (the body is read field by field, so that every problem is named at once). */
@Schema(name = "RoundRequest")
public record RoundRequest(
        @Schema(required = true, pattern = "[A-Z0-9-]{2,40}", example = "DVCQ-2021") String code,
        @Schema(required = true, maxLength = 500, example = "Báo cáo kết quả công tác dân vận chính quyền năm 2021") String title,
        @Schema(required = true) RoundView.Request request,
        @Schema(required = true) RoundView.Period period,
        @Schema(required = true, description = "date-time with offset, or a date meaning 23:59:59 that day in Asia/Ho_Chi_Minh", example = "2021-11-15") String deadline,
        @Schema(required = true, description = "agency codes, in the order summaries compile them", example = "[\"BDT\", \"STC\", \"MINHLONG\"]") List<String> agencies,
        @Schema(description = "the outline; or give templateCode instead") Template template,
        @Schema(description = "a built-in outline instead of template", example = "DVCQ-NAM") String templateCode) {
}
