package vn.gov.quangngai.baocao.report.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of "reopen a closed round for one agency". */
@Schema(name = "ReopenRequest")
public record ReopenRequest(
        @Schema(required = true, maxLength = 2000, example = "Ban Dân tộc gửi bổ sung số liệu theo đề nghị của Sở Nội vụ.") String reason,
        @Schema(description = "submissions allowed until then; none: until SNV closes it again", example = "2021-11-30T17:00:00+07:00") String until) {
}
