package vn.gov.quangngai.baocao.report.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.quangngai.baocao.support.body.JsonBody;

/** "Return a report": why Sở Nội vụ sends it back. */
@JsonBody(emptyIsObject = true)
@Schema(name = "ReturnRequest", additionalProperties = Schema.False.class)
public record ReturnRequest(
        @NotBlank @Size(max = 2000, message = "{baocao.text.max}")
        @Schema(example = "Đề nghị bổ sung số liệu tiếp công dân định kỳ và đột xuất.") String reason) {
}
