package vn.gov.quangngai.baocao.report.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.quangngai.baocao.support.body.JsonBody;

/** "Reopen a closed round for one agency": why, and until when (checked by {@code ReopenRequestRules}). */
@JsonBody(emptyIsObject = true)
@Schema(name = "ReopenRequest", additionalProperties = Schema.False.class)
public record ReopenRequest(
        @NotBlank @Size(max = 2000, message = "{baocao.text.max}")
        @Schema(example = "Ban Dân tộc gửi bổ sung số liệu theo đề nghị của Sở Nội vụ.") String reason,
        @Size(max = 40, message = "{baocao.text.max}")
        @Schema(description = "submissions allowed until then (a date-time with offset, or a date); none: until SNV closes it again",
                example = "2021-11-30T17:00:00+07:00") String until) {
}
