package vn.gov.quangngai.baocao.report.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of "return a report". */
@Schema(name = "ReturnRequest")
public record ReasonRequest(
        @Schema(required = true, maxLength = 2000, example = "Đề nghị bổ sung số liệu tiếp công dân định kỳ và đột xuất.") String reason) {
}
